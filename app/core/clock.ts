import { DateTime } from 'luxon'

/**
 * "Now" for rules that depend on the time of day (whether an access link is
 * open yet). Always the real time, except in tests, which move it to see a
 * link open and close without waiting: the test runner and the HTTP server
 * share one process.
 */
class Clock {
  #offsetMs = 0

  now(): DateTime {
    return this.#offsetMs === 0 ? DateTime.utc() : DateTime.utc().plus({ milliseconds: this.#offsetMs })
  }

  /** Tests only: pretend it is `instant` (time keeps running from there) */
  travelTo(instant: DateTime) {
    this.#offsetMs = instant.toMillis() - Date.now()
  }

  reset() {
    this.#offsetMs = 0
  }
}

const clock = new Clock()
export default clock
