import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { accessState, accessWindow } from '#modules/agenda/services/access_link'
import { fromLocal, localDayBounds, NonexistentLocalTimeError } from '#modules/agenda/services/local_time'

const appointment = (start: string, minutes = 20, status: 'scheduled' | 'cancelled' = 'scheduled') => {
  const startsAt = DateTime.fromISO(start, { zone: 'utc' })
  return { startsAt, endsAt: startsAt.plus({ minutes }), status }
}

test.group('Access window', () => {
  test('opens 60 minutes before the start and closes 60 minutes after the end, both ends included', ({ assert }) => {
    const consult = appointment('2030-03-05T10:00:00Z', 30)
    const { opensAt, closesAt } = accessWindow(consult)
    assert.equal(opensAt.toISO(), '2030-03-05T09:00:00.000Z')
    assert.equal(closesAt.toISO(), '2030-03-05T11:30:00.000Z')
    const at = (iso: string) => accessState(consult, DateTime.fromISO(iso, { zone: 'utc' })).state
    assert.equal(at('2030-03-05T08:59:59Z'), 'too_early')
    assert.equal(at('2030-03-05T09:00:00Z'), 'open')
    assert.equal(at('2030-03-05T11:30:00Z'), 'open')
    assert.equal(at('2030-03-05T11:30:01Z'), 'too_late')
  })

  test('a cancelled appointment says so whatever the time', ({ assert }) => {
    const consult = appointment('2030-03-05T10:00:00Z', 20, 'cancelled')
    for (const iso of ['2030-03-04T10:00:00Z', '2030-03-05T10:05:00Z', '2030-03-06T10:00:00Z']) {
      assert.equal(accessState(consult, DateTime.fromISO(iso, { zone: 'utc' })).state, 'cancelled')
    }
  })
})

test.group('Local time of the organization', () => {
  test('a local date and time become the right instant in winter and in summer', ({ assert }) => {
    assert.equal(fromLocal('2030-01-15', '10:00', 'Europe/Amsterdam').toISO(), '2030-01-15T09:00:00.000Z')
    assert.equal(fromLocal('2030-07-15', '10:00', 'Europe/Amsterdam').toISO(), '2030-07-15T08:00:00.000Z')
    assert.equal(fromLocal('2030-07-15', '10:00', 'America/New_York').toISO(), '2030-07-15T14:00:00.000Z')
  })

  test('the hour skipped when the clocks go forward is refused, not moved', ({ assert }) => {
    /* Europe/Amsterdam skips 02:00-03:00 on the last Sunday of March (2030-03-31) */
    assert.throws(() => fromLocal('2030-03-31', '02:30', 'Europe/Amsterdam'), NonexistentLocalTimeError as any)
    assert.equal(fromLocal('2030-03-31', '03:00', 'Europe/Amsterdam').toISO(), '2030-03-31T01:00:00.000Z')
  })

  test('days around the clock changes last 23 and 25 hours', ({ assert }) => {
    const spring = localDayBounds('2030-03-31', 'Europe/Amsterdam')
    const autumn = localDayBounds('2030-10-27', 'Europe/Amsterdam')
    assert.equal(spring.end.diff(spring.start, 'hours').hours, 23)
    assert.equal(autumn.end.diff(autumn.start, 'hours').hours, 25)
  })
})
