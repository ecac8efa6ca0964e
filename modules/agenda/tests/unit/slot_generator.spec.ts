import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import {
  SlotGenerator,
  slotsPerPeriod,
  type AvailabilityRule,
  type BusyInterval,
  type ExceptionRule,
  type Slot,
} from '#modules/agenda/services/slot_generator'

const ZONE = 'Europe/Amsterdam'
let nextId = 1

/** A period with the defaults of the form: a booking period of 20 minutes without gap */
function period(attributes: Partial<AvailabilityRule>): AvailabilityRule {
  return {
    id: nextId++,
    userId: 1,
    recurrence: 'once',
    purpose: 'booking',
    date: null,
    untilDate: null,
    weekday: null,
    startTime: '14:00',
    endTime: '16:00',
    slotMinutes: 20,
    gapMinutes: 0,
    ...attributes,
  }
}

const weekly = (weekday: number, attributes: Partial<AvailabilityRule> = {}) =>
  period({ recurrence: 'weekly', weekday, ...attributes })
const once = (date: string, attributes: Partial<AvailabilityRule> = {}) => period({ recurrence: 'once', date, ...attributes })

const utc = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' })
const starts = (slots: Slot[]) => slots.map((slot) => `${slot.date} ${slot.startTime}`)

/* 2025-06-02 is a Monday; Amsterdam is UTC+2 in summer, UTC+1 in winter */
const MONDAY = '2025-06-02'

test.group('SlotGenerator | turning a period into slots', () => {
  test('20 minutes + 10 minutes gap turn two hours into 4 slots', ({ assert }) => {
    const slots = SlotGenerator.slots({
      availabilities: [once(MONDAY, { slotMinutes: 20, gapMinutes: 10 })],
      from: MONDAY,
      to: MONDAY,
      zone: ZONE,
    })
    assert.deepEqual(
      slots.map((slot) => [slot.startTime, slot.endTime]),
      [
        ['14:00', '14:20'],
        ['14:30', '14:50'],
        ['15:00', '15:20'],
        ['15:30', '15:50'],
      ]
    )
    assert.deepEqual(
      slots.map((slot) => slot.startsAt),
      ['2025-06-02T12:00:00.000Z', '2025-06-02T12:30:00.000Z', '2025-06-02T13:00:00.000Z', '2025-06-02T13:30:00.000Z']
    )
    assert.equal(slots[0].endsAt, '2025-06-02T12:20:00.000Z')
    assert.isTrue(slots.every((slot) => slot.date === MONDAY && slot.userId === 1))
    assert.equal(slotsPerPeriod('14:00', '16:00', 20, 10), 4)
  })

  test('a slot must end within the period; the gap after the last slot need not', ({ assert }) => {
    const slots = SlotGenerator.slots({
      availabilities: [once(MONDAY, { startTime: '14:00', endTime: '15:10', slotMinutes: 20, gapMinutes: 10 })],
      from: MONDAY,
      to: MONDAY,
      zone: ZONE,
    })
    assert.deepEqual(starts(slots), [`${MONDAY} 14:00`, `${MONDAY} 14:30`])
    assert.equal(slotsPerPeriod('14:00', '15:10', 20, 10), 2)
    /* 15:00–15:20 would overrun 15:10; with 14:00–15:20 it fits exactly */
    assert.equal(slotsPerPeriod('14:00', '15:20', 20, 10), 3)
  })

  test('a period too short for one slot offers nothing', ({ assert }) => {
    const slots = SlotGenerator.slots({
      availabilities: [once(MONDAY, { startTime: '14:00', endTime: '14:15', slotMinutes: 20 })],
      from: MONDAY,
      to: MONDAY,
      zone: ZONE,
    })
    assert.deepEqual(slots, [])
    assert.equal(slotsPerPeriod('14:00', '14:15', 20, 0), 0)
  })

  test('a one-off period applies on its date only; a weekly one on its weekday within its first and last date', ({
    assert,
  }) => {
    const slots = SlotGenerator.slots({
      availabilities: [
        once('2025-06-04', { startTime: '09:00', endTime: '09:20' }),
        weekly(1, { startTime: '10:00', endTime: '10:20', date: '2025-06-09', untilDate: '2025-06-23' }),
        weekly(5, { startTime: '11:00', endTime: '11:20' }),
      ],
      from: '2025-06-01',
      to: '2025-06-30',
      zone: ZONE,
    })
    assert.deepEqual(starts(slots), [
      '2025-06-04 09:00',
      '2025-06-06 11:00',
      '2025-06-09 10:00',
      '2025-06-13 11:00',
      '2025-06-16 10:00',
      '2025-06-20 11:00',
      '2025-06-23 10:00',
      '2025-06-27 11:00',
    ])
  })

  test('walk-in hours offer no bookable slots', ({ assert }) => {
    const slots = SlotGenerator.slots({
      availabilities: [once(MONDAY, { purpose: 'walk_in' })],
      from: MONDAY,
      to: MONDAY,
      zone: ZONE,
    })
    assert.deepEqual(slots, [])
  })

  test('two overlapping periods of one handler never offer overlapping slots', ({ assert }) => {
    const slots = SlotGenerator.slots({
      availabilities: [
        once(MONDAY, { startTime: '14:00', endTime: '15:00', slotMinutes: 30 }),
        weekly(1, { startTime: '14:15', endTime: '16:00', slotMinutes: 30, gapMinutes: 15 }),
      ],
      from: MONDAY,
      to: MONDAY,
      zone: ZONE,
    })
    /* 14:00 and 14:30 (once); the weekly 14:15 overlaps those, its 15:00 does not; 15:45 would end 16:15 */
    assert.deepEqual(starts(slots), [`${MONDAY} 14:00`, `${MONDAY} 14:30`, `${MONDAY} 15:00`])
  })

  test('slots of several handlers come sorted by time', ({ assert }) => {
    const slots = SlotGenerator.slots({
      availabilities: [
        once(MONDAY, { userId: 2, startTime: '09:30', endTime: '10:10', slotMinutes: 20 }),
        once(MONDAY, { userId: 1, startTime: '09:00', endTime: '09:40', slotMinutes: 20 }),
      ],
      from: MONDAY,
      to: MONDAY,
      zone: ZONE,
    })
    assert.deepEqual(
      slots.map((slot) => `${slot.userId}@${slot.startTime}`),
      ['1@09:00', '1@09:20', '2@09:30', '2@09:50']
    )
  })
})

test.group('SlotGenerator | what takes slots away', () => {
  test('a day off removes that day only; a period off removes the slots it overlaps', ({ assert }) => {
    const exceptions: ExceptionRule[] = [
      { userId: 1, date: '2025-06-09', startTime: null, endTime: null },
      { userId: 1, date: '2025-06-16', startTime: '14:10', endTime: '14:40' },
      /* someone else's day off changes nothing for handler 1 */
      { userId: 2, date: '2025-06-02', startTime: null, endTime: null },
    ]
    const slots = SlotGenerator.slots({
      availabilities: [weekly(1, { slotMinutes: 20, gapMinutes: 10 })],
      exceptions,
      from: '2025-06-02',
      to: '2025-06-16',
      zone: ZONE,
    })
    assert.deepEqual(starts(slots), [
      '2025-06-02 14:00',
      '2025-06-02 14:30',
      '2025-06-02 15:00',
      '2025-06-02 15:30',
      '2025-06-16 15:00',
      '2025-06-16 15:30',
    ])
  })

  test('a period off that only touches a slot leaves it', ({ assert }) => {
    const slots = SlotGenerator.slots({
      availabilities: [once(MONDAY, { slotMinutes: 20, gapMinutes: 10 })],
      exceptions: [{ userId: 1, date: MONDAY, startTime: '14:20', endTime: '14:30' }],
      from: MONDAY,
      to: MONDAY,
      zone: ZONE,
    })
    assert.lengthOf(slots, 4)
  })

  test('a booked appointment removes the slots it overlaps, whatever order they come in', ({ assert }) => {
    const booked: BusyInterval[] = [
      /* 15:10–15:40 local: overlaps 15:00 and 15:30 */
      { userId: 1, startsAt: utc('2025-06-02T13:10:00Z'), endsAt: utc('2025-06-02T13:40:00Z') },
      /* 14:30–14:50 local, as a JS Date */
      { userId: 1, startsAt: new Date('2025-06-02T12:30:00Z'), endsAt: new Date('2025-06-02T12:50:00Z') },
      /* in the gap after 14:00–14:20: takes nothing */
      { userId: 1, startsAt: Date.parse('2025-06-02T12:20:00Z'), endsAt: Date.parse('2025-06-02T12:30:00Z') },
      /* another handler's appointment */
      { userId: 2, startsAt: utc('2025-06-02T12:00:00Z'), endsAt: utc('2025-06-02T14:00:00Z') },
    ]
    const slots = SlotGenerator.slots({
      availabilities: [once(MONDAY, { slotMinutes: 20, gapMinutes: 10 })],
      booked,
      from: MONDAY,
      to: MONDAY,
      zone: ZONE,
    })
    assert.deepEqual(starts(slots), [`${MONDAY} 14:00`])
  })

  test('a long appointment spanning days removes every slot under it', ({ assert }) => {
    const slots = SlotGenerator.slots({
      availabilities: [weekly(1), weekly(2), weekly(3)],
      booked: [
        { userId: 1, startsAt: utc('2025-06-02T13:00:00Z'), endsAt: utc('2025-06-03T13:00:00Z') },
        { userId: 1, startsAt: utc('2025-06-02T12:00:00Z'), endsAt: utc('2025-06-02T12:20:00Z') },
      ],
      from: '2025-06-02',
      to: '2025-06-04',
      zone: ZONE,
    })
    assert.deepEqual(starts(slots), [
      '2025-06-02 14:20',
      '2025-06-02 14:40',
      '2025-06-03 15:00',
      '2025-06-03 15:20',
      '2025-06-03 15:40',
      '2025-06-04 14:00',
      '2025-06-04 14:20',
      '2025-06-04 14:40',
      '2025-06-04 15:00',
      '2025-06-04 15:20',
      '2025-06-04 15:40',
    ])
  })

  test('slots that start before now are not offered', ({ assert }) => {
    const slots = SlotGenerator.slots({
      availabilities: [once(MONDAY, { slotMinutes: 20, gapMinutes: 10 })],
      from: MONDAY,
      to: MONDAY,
      zone: ZONE,
      /* 14:45 local: 14:30 has started, 15:00 has not */
      now: utc('2025-06-02T12:45:00Z'),
    })
    assert.deepEqual(starts(slots), [`${MONDAY} 15:00`, `${MONDAY} 15:30`])
  })
})

test.group('SlotGenerator | daylight saving time', () => {
  test('a weekly period keeps its wall-clock time when clocks go forward (last Sunday of March)', ({ assert }) => {
    const slots = SlotGenerator.slots({
      availabilities: [weekly(7, { startTime: '10:00', endTime: '11:00', slotMinutes: 60 })],
      from: '2025-03-23',
      to: '2025-04-06',
      zone: ZONE,
    })
    assert.deepEqual(
      slots.map((slot) => [slot.date, slot.startTime, slot.endTime, slot.startsAt]),
      [
        ['2025-03-23', '10:00', '11:00', '2025-03-23T09:00:00.000Z'],
        ['2025-03-30', '10:00', '11:00', '2025-03-30T08:00:00.000Z'],
        ['2025-04-06', '10:00', '11:00', '2025-04-06T08:00:00.000Z'],
      ]
    )
  })

  test('a weekly period keeps its wall-clock time when clocks go back (last Sunday of October)', ({ assert }) => {
    const slots = SlotGenerator.slots({
      availabilities: [weekly(7, { startTime: '10:00', endTime: '11:00', slotMinutes: 60 })],
      from: '2025-10-19',
      to: '2025-11-02',
      zone: ZONE,
    })
    assert.deepEqual(
      slots.map((slot) => [slot.date, slot.startTime, slot.endTime, slot.startsAt]),
      [
        ['2025-10-19', '10:00', '11:00', '2025-10-19T08:00:00.000Z'],
        ['2025-10-26', '10:00', '11:00', '2025-10-26T09:00:00.000Z'],
        ['2025-11-02', '10:00', '11:00', '2025-11-02T09:00:00.000Z'],
      ]
    )
  })

  test('in the night the clocks go forward, the skipped hour offers no slot', ({ assert }) => {
    const slots = SlotGenerator.slots({
      availabilities: [once('2025-03-30', { startTime: '01:00', endTime: '04:00', slotMinutes: 60 })],
      from: '2025-03-30',
      to: '2025-03-30',
      zone: ZONE,
    })
    /* 02:00 does not exist; 01:00 CET lasts until 03:00 CEST */
    assert.deepEqual(
      slots.map((slot) => [slot.startTime, slot.endTime, slot.startsAt]),
      [
        ['01:00', '03:00', '2025-03-30T00:00:00.000Z'],
        ['03:00', '04:00', '2025-03-30T01:00:00.000Z'],
      ]
    )
  })

  test('a period off and a booking on the day of the change are placed in local time', ({ assert }) => {
    const slots = SlotGenerator.slots({
      availabilities: [once('2025-10-26', { startTime: '09:00', endTime: '11:00', slotMinutes: 30 })],
      exceptions: [{ userId: 1, date: '2025-10-26', startTime: '09:00', endTime: '09:30' }],
      /* 10:00–10:30 CET */
      booked: [{ userId: 1, startsAt: utc('2025-10-26T09:00:00Z'), endsAt: utc('2025-10-26T09:30:00Z') }],
      from: '2025-10-26',
      to: '2025-10-26',
      zone: ZONE,
    })
    assert.deepEqual(
      slots.map((slot) => [slot.startTime, slot.startsAt]),
      [
        ['09:30', '2025-10-26T08:30:00.000Z'],
        ['10:30', '2025-10-26T09:30:00.000Z'],
      ]
    )
  })
})

test.group('SlotGenerator | opening hours (walk-in)', () => {
  test('walk-in hours are listed per date, minus the time off, in UTC and local time', ({ assert }) => {
    const openings = SlotGenerator.openings({
      availabilities: [
        weekly(1, { purpose: 'walk_in', startTime: '09:00', endTime: '12:00' }),
        weekly(1, { purpose: 'booking', startTime: '14:00', endTime: '16:00' }),
      ],
      exceptions: [
        { userId: 1, date: '2025-06-02', startTime: '10:00', endTime: '10:30' },
        { userId: 1, date: '2025-06-09', startTime: null, endTime: null },
      ],
      from: '2025-06-02',
      to: '2025-06-16',
      zone: ZONE,
    })
    assert.deepEqual(
      openings.map((opening) => [opening.date, opening.startTime, opening.endTime, opening.startsAt]),
      [
        ['2025-06-02', '09:00', '10:00', '2025-06-02T07:00:00.000Z'],
        ['2025-06-02', '10:30', '12:00', '2025-06-02T08:30:00.000Z'],
        ['2025-06-16', '09:00', '12:00', '2025-06-16T07:00:00.000Z'],
      ]
    )
    assert.isTrue(openings.every((opening) => opening.purpose === 'walk_in'))
  })

  test('walk-in hours that have ended are left out', ({ assert }) => {
    const openings = SlotGenerator.openings({
      availabilities: [once(MONDAY, { purpose: 'walk_in', startTime: '09:00', endTime: '12:00' })],
      from: MONDAY,
      to: MONDAY,
      zone: ZONE,
      now: utc('2025-06-02T10:00:00Z'),
    })
    assert.lengthOf(openings, 0)
  })
})

test.group('SlotGenerator | speed', () => {
  test('50 handlers over 8 weeks take well under a second', ({ assert }) => {
    const availabilities: AvailabilityRule[] = []
    const booked: BusyInterval[] = []
    const exceptions: ExceptionRule[] = []
    for (let userId = 1; userId <= 50; userId++) {
      for (let weekday = 1; weekday <= 5; weekday++) {
        availabilities.push(weekly(weekday, { userId, startTime: '08:00', endTime: '12:00', slotMinutes: 20, gapMinutes: 10 }))
        availabilities.push(weekly(weekday, { userId, startTime: '13:00', endTime: '17:00', slotMinutes: 20, gapMinutes: 10 }))
      }
      exceptions.push({ userId, date: '2025-03-12', startTime: null, endTime: null })
      /* every other slot is booked (08:00, 09:00, ... 16:00 local), handed over in random order */
      for (let day = 0; day < 56; day++) {
        const date = DateTime.fromISO('2025-03-03', { zone: ZONE }).plus({ days: day })
        for (const hour of [8, 9, 10, 11, 13, 14, 15, 16]) {
          const start = date.set({ hour })
          booked.push({ userId, startsAt: start, endsAt: start.plus({ minutes: 20 }) })
        }
      }
    }
    booked.sort(() => Math.random() - 0.5)
    const started = performance.now()
    const slots = SlotGenerator.slots({
      availabilities,
      exceptions,
      booked,
      from: '2025-03-03',
      to: '2025-04-27',
      zone: ZONE,
    })
    const elapsed = performance.now() - started
    /* 8 weeks x 5 days - 1 day off, 16 slots a day of which 8 booked, 50 handlers (the DST week included) */
    assert.equal(slots.length, 50 * 39 * 8)
    assert.isTrue(slots.every((slot) => slot.startTime.endsWith(':30')))
    assert.isBelow(elapsed, 1000, `took ${elapsed.toFixed(0)} ms`)
  })
})
