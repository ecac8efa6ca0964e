import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'

/**
 * Times are stored in UTC and entered and shown in the organization's time
 * zone. A local time that does not exist (the hour skipped when clocks go
 * forward) is refused rather than silently moved.
 */
export class NonexistentLocalTimeError extends Error {}

/** `date` (YYYY-MM-DD) and `time` (HH:mm) in `zone`, as a UTC instant */
export function fromLocal(date: string, time: string, zone: string): DateTime {
  const local = DateTime.fromISO(`${date}T${time}`, { zone })
  if (!local.isValid) throw new NonexistentLocalTimeError(`${date} ${time}`)
  /* luxon moves a skipped local time forward; the round trip shows it */
  if (local.toFormat('yyyy-MM-dd HH:mm') !== `${date} ${time}`) throw new NonexistentLocalTimeError(`${date} ${time}`)
  return local.toUTC()
}

/** An instant in the organization's zone */
export function toLocal(instant: DateTime, zone: string): DateTime {
  return instant.setZone(zone)
}

/** Today's date (YYYY-MM-DD) in `zone` */
export function localToday(zone: string, now: DateTime = DateTime.utc()): string {
  return now.setZone(zone).toISODate()!
}

/** The UTC instants at which a local date starts and ends (23, 24 or 25 hours apart) */
export function localDayBounds(date: string, zone: string): { start: DateTime; end: DateTime } {
  const start = DateTime.fromISO(date, { zone }).startOf('day')
  return { start: start.toUTC(), end: start.plus({ days: 1 }).toUTC() }
}

/**
 * A DateTime as the database compares it in raw where clauses: UTC in the
 * dialect's own format (SQLite compares text, so the format must match what
 * Lucid stores).
 */
export function dbTime(instant: DateTime, connection?: string): string {
  return instant.toUTC().toFormat(db.connection(connection).dialect.dateTimeFormat)
}
