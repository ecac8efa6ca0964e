import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import tenancy from '#core/tenancy/tenancy'
import type Organization from '#models/organization'
import type User from '#models/user'
import Availability from '#modules/agenda/models/availability'
import AvailabilityException from '#modules/agenda/models/availability_exception'
import Appointment from '#modules/agenda/models/appointment'
import AvailabilityService from '#modules/agenda/services/availability_service'
import { createOrganization, createUser } from '#tests/support/world'

/*
 * AvailabilityService against the database, called the way a script or the
 * booking widget calls it: no request, no tenancy scope set by the caller.
 * 2031-06-02 is a Monday; Amsterdam is UTC+2 then.
 */
const MONDAY = '2031-06-02'
const NOW = DateTime.fromISO('2031-01-01T00:00:00Z')

async function weeklyMonday(organization: Organization, user: User, attributes: Partial<Availability> = {}) {
  return tenancy.run(organization, () =>
    Availability.create({
      userId: user.id,
      recurrence: 'weekly',
      purpose: 'booking',
      weekday: 1,
      date: null,
      untilDate: null,
      startTime: '14:00',
      endTime: '16:00',
      slotMinutes: 20,
      gapMinutes: 10,
      ...attributes,
    })
  )
}

async function appointment(
  organization: Organization,
  handler: User,
  startsAt: string,
  minutes: number,
  status: 'scheduled' | 'cancelled' = 'scheduled'
) {
  const start = DateTime.fromISO(startsAt, { zone: 'utc' })
  return tenancy.run(organization, () =>
    Appointment.create({
      uid: randomUUID(),
      kind: 'regular',
      status,
      handlerId: handler.id,
      departmentId: null,
      startsAt: start,
      endsAt: start.plus({ minutes }),
      durationMinutes: minutes,
    })
  )
}

test.group('AvailabilityService', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('slotsFor: free slots of several handlers, without their scheduled appointments and time off', async ({ assert }) => {
    const organization = await createOrganization({ timezone: 'Europe/Amsterdam' })
    const anna = await createUser(organization, 'handler', { fullName: 'Anna' })
    const bram = await createUser(organization, 'handler', { fullName: 'Bram' })
    await weeklyMonday(organization, anna)
    await weeklyMonday(organization, bram, { startTime: '14:10', endTime: '15:00', slotMinutes: 20, gapMinutes: 0 })
    /* walk-in hours are not bookable */
    await weeklyMonday(organization, anna, { purpose: 'walk_in', startTime: '09:00', endTime: '12:00' })
    await appointment(organization, anna, '2031-06-02T12:30:00Z', 20)
    await appointment(organization, anna, '2031-06-02T13:00:00Z', 20, 'cancelled')
    /* an appointment from the evening before into the morning is still busy time at its end */
    await appointment(organization, bram, '2031-06-01T21:00:00Z', 15 * 60 + 20)
    await tenancy.run(organization, () =>
      AvailabilityException.create({ userId: anna.id, date: '2031-06-09', startTime: null, endTime: null, reason: null })
    )

    const service = new AvailabilityService(organization)
    const slots = await service.slotsFor({ userIds: [anna.id, bram.id], from: MONDAY, to: '2031-06-09', now: NOW })
    assert.deepEqual(
      slots.map((slot) => `${slot.date} ${slot.startTime} ${slot.userId === anna.id ? 'Anna' : 'Bram'}`),
      [
        '2031-06-02 14:00 Anna',
        '2031-06-02 14:30 Bram',
        '2031-06-02 15:00 Anna',
        '2031-06-02 15:30 Anna',
        '2031-06-09 14:10 Bram',
        '2031-06-09 14:30 Bram',
      ]
    )
    assert.equal(slots[0].startsAt, '2031-06-02T12:00:00.000Z')
    assert.equal(slots[0].endsAt, '2031-06-02T12:20:00.000Z')
    assert.equal(await service.remainingBookingOptions(anna.id, MONDAY, '2031-06-09', NOW), 3)
    assert.equal(await service.remainingBookingOptions(bram.id, MONDAY, '2031-06-09', NOW), 3)
  })

  test('slotsFor: a range given as instants stands for their local dates; slots before now are left out', async ({ assert }) => {
    const organization = await createOrganization({ timezone: 'Europe/Amsterdam' })
    const anna = await createUser(organization, 'handler')
    await weeklyMonday(organization, anna)
    const service = new AvailabilityService(organization)
    /* 2031-06-01T22:30Z is already Monday in Amsterdam */
    const slots = await service.slotsFor({
      userIds: [anna.id],
      from: DateTime.fromISO('2031-06-01T22:30:00Z'),
      to: DateTime.fromISO('2031-06-01T22:30:00Z'),
      now: DateTime.fromISO('2031-06-02T12:45:00Z'),
    })
    assert.deepEqual(
      slots.map((slot) => slot.startTime),
      ['15:00', '15:30']
    )
  })

  test('another organization\'s handlers, periods and appointments are never involved', async ({ assert }) => {
    const a = await createOrganization({ timezone: 'Europe/Amsterdam' })
    const b = await createOrganization({ timezone: 'Europe/Amsterdam' })
    const annaA = await createUser(a, 'handler')
    const bertB = await createUser(b, 'handler')
    await weeklyMonday(a, annaA)
    await weeklyMonday(b, bertB)
    const serviceA = new AvailabilityService(a)
    assert.deepEqual(await serviceA.slotsFor({ userIds: [bertB.id], from: MONDAY, to: MONDAY, now: NOW }), [])
    assert.lengthOf(await serviceA.slotsFor({ userIds: [annaA.id, bertB.id], from: MONDAY, to: MONDAY, now: NOW }), 4)
    assert.deepEqual(await serviceA.walkInHours([bertB.id], MONDAY, MONDAY), [])
  })

  test('walkInHours: walk-in periods per date, minus time off', async ({ assert }) => {
    const organization = await createOrganization({ timezone: 'Europe/Amsterdam' })
    const anna = await createUser(organization, 'handler')
    await weeklyMonday(organization, anna, { purpose: 'walk_in', startTime: '09:00', endTime: '12:00' })
    await weeklyMonday(organization, anna)
    await tenancy.run(organization, () =>
      AvailabilityException.create({ userId: anna.id, date: MONDAY, startTime: '11:00', endTime: '13:00', reason: 'Meeting' })
    )
    /* booked appointments do not shorten walk-in hours */
    await appointment(organization, anna, '2031-06-02T08:00:00Z', 30)
    const hours = await new AvailabilityService(organization).walkInHours([anna.id], MONDAY, '2031-06-09')
    assert.deepEqual(
      hours.map((h) => [h.date, h.startTime, h.endTime, h.startsAt, h.endsAt]),
      [
        [MONDAY, '09:00', '11:00', '2031-06-02T07:00:00.000Z', '2031-06-02T09:00:00.000Z'],
        ['2031-06-09', '09:00', '12:00', '2031-06-09T07:00:00.000Z', '2031-06-09T10:00:00.000Z'],
      ]
    )
  })

  test('findSlot: the free slot at an instant, or null when taken or never offered', async ({ assert }) => {
    const organization = await createOrganization({ timezone: 'Europe/Amsterdam' })
    const anna = await createUser(organization, 'handler')
    await weeklyMonday(organization, anna)
    await appointment(organization, anna, '2031-06-02T12:30:00Z', 20)
    const service = new AvailabilityService(organization)
    const free = await service.findSlot(anna.id, DateTime.fromISO('2031-06-02T14:00:00+02:00'), NOW)
    assert.deepInclude(free!, { userId: anna.id, date: MONDAY, startTime: '14:00', endTime: '14:20' })
    assert.isNull(await service.findSlot(anna.id, DateTime.fromISO('2031-06-02T12:30:00Z'), NOW), 'booked')
    assert.isNull(await service.findSlot(anna.id, DateTime.fromISO('2031-06-02T12:10:00Z'), NOW), 'not on the grid')
    assert.isNull(
      await service.findSlot(anna.id, DateTime.fromISO('2031-06-02T12:00:00Z'), DateTime.fromISO('2031-06-02T12:05:00Z')),
      'in the past'
    )
  })

  test('a malformed or reversed range is refused', async ({ assert }) => {
    const organization = await createOrganization({ timezone: 'Europe/Amsterdam' })
    const service = new AvailabilityService(organization)
    await assert.rejects(() => service.slotsFor({ userIds: [1], from: '2031-06-09', to: MONDAY }), RangeError)
    await assert.rejects(() => service.slotsFor({ userIds: [1], from: '2031-02-30', to: MONDAY }), RangeError)
    await assert.rejects(() => service.slotsFor({ userIds: [1], from: MONDAY, to: '2033-06-02' }), RangeError)
    assert.deepEqual(await service.slotsFor({ userIds: [], from: MONDAY, to: MONDAY }), [])
  })
})
