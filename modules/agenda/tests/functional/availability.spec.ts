import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import type { ApiResponse } from '@japa/api-client'
import type { Assert } from '@japa/assert'
import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import tenancy from '#core/tenancy/tenancy'
import type Organization from '#models/organization'
import type User from '#models/user'
import AuditLog from '#models/audit_log'
import Availability from '#modules/agenda/models/availability'
import AvailabilityException from '#modules/agenda/models/availability_exception'
import Appointment from '#modules/agenda/models/appointment'
import { fromLocal } from '#modules/agenda/services/local_time'
import { createDepartment, createOrganization, createUser } from '#tests/support/world'
import { onOrganization } from '#tests/support/requests'
import { assertRedirect, fieldErrors } from '#tests/support/responses'

/*
 * The availability page: everyone manages their own periods and time off;
 * department admins those of their departments' handlers; org admins
 * everyone's. The page previews the bookable slots of the next two weeks.
 */

async function clinic(settings: Record<string, unknown> = {}) {
  const organization = await createOrganization({ timezone: 'Europe/Amsterdam', settings })
  const cardiology = await createDepartment(organization, 'Cardiology')
  const oncology = await createDepartment(organization, 'Oncology')
  const orgAdmin = await createUser(organization, 'org_admin', { fullName: 'Olga Orgadmin' })
  const deptAdmin = await createUser(organization, 'dept_admin', { fullName: 'Dirk Deptadmin', departments: [cardiology] })
  const otherDeptAdmin = await createUser(organization, 'dept_admin', { fullName: 'Dora Deptadmin', departments: [cardiology] })
  const cardiologist = await createUser(organization, 'handler', { fullName: 'Carla Cardio', departments: [cardiology] })
  const oncologist = await createUser(organization, 'handler', { fullName: 'Otto Onco', departments: [oncology] })
  return { organization, cardiology, oncology, orgAdmin, deptAdmin, otherDeptAdmin, cardiologist, oncologist }
}

/** A local date `days` from today in the organization's zone */
const inDays = (organization: Organization, days: number) =>
  DateTime.utc().setZone(organization.timezone).plus({ days }).toISODate()!

const weekdayOf = (date: string) => DateTime.fromISO(date).weekday

type PeriodAttributes = Partial<
  Pick<
    Availability,
    'recurrence' | 'purpose' | 'date' | 'untilDate' | 'weekday' | 'startTime' | 'endTime' | 'slotMinutes' | 'gapMinutes'
  >
>

async function givePeriod(organization: Organization, user: User, attributes: PeriodAttributes = {}) {
  return tenancy.run(organization, () =>
    Availability.create({
      userId: user.id,
      recurrence: 'once',
      purpose: 'booking',
      date: inDays(organization, 7),
      untilDate: null,
      weekday: null,
      startTime: '14:00',
      endTime: '16:00',
      slotMinutes: 20,
      gapMinutes: 10,
      ...attributes,
    })
  )
}

async function giveTimeOff(organization: Organization, user: User, date: string, times: [string, string] | null = null) {
  return tenancy.run(organization, () =>
    AvailabilityException.create({
      userId: user.id,
      date,
      startTime: times?.[0] ?? null,
      endTime: times?.[1] ?? null,
      reason: 'Holiday',
    })
  )
}

async function book(organization: Organization, handler: User, date: string, time: string, status: 'scheduled' | 'cancelled' = 'scheduled') {
  const startsAt = fromLocal(date, time, organization.timezone)
  return tenancy.run(organization, () =>
    Appointment.create({
      uid: randomUUID(),
      kind: 'regular',
      status,
      handlerId: handler.id,
      departmentId: null,
      startsAt,
      endsAt: startsAt.plus({ minutes: 20 }),
      durationMinutes: 20,
    })
  )
}

async function periodsOf(organization: Organization, user: User) {
  return tenancy.run(organization, async () => await Availability.query().where('user_id', user.id).orderBy('id'))
}

async function timeOffOf(organization: Organization, user: User) {
  return tenancy.run(organization, async () => await AvailabilityException.query().where('user_id', user.id).orderBy('id'))
}

/** A weekly booking period as the form sends it */
function weeklyForm(overrides: Record<string, unknown> = {}) {
  return {
    recurrence: 'weekly',
    purpose: 'booking',
    weekday: 1,
    date: null,
    untilDate: null,
    startTime: '15:00',
    endTime: '16:00',
    slotMinutes: 20,
    gapMinutes: 10,
    ...overrides,
  }
}

function onceForm(organization: Organization, overrides: Record<string, unknown> = {}) {
  return weeklyForm({ recurrence: 'once', weekday: null, date: inDays(organization, 10), ...overrides })
}

/** Refused form submission: back with the "no permission" message, never a success */
function assertRefused(assert: Assert, response: ApiResponse, label: string) {
  assert.oneOf(response.status(), [302, 303], `${label}: refused with a redirect back (${response.status()})`)
  assert.notProperty(response.flashMessages() ?? {}, 'success', `${label}: no success message`)
  assert.property(response.flashMessages() ?? {}, 'error', `${label}: an error message is shown`)
}

const props = (response: ApiResponse) => response.body().props

test.group('Availability | page', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a visitor is sent to the login page and changes nothing', async ({ client, assert }) => {
    const { organization, cardiologist } = await clinic()
    const period = await givePeriod(organization, cardiologist)
    const timeOff = await giveTimeOff(organization, cardiologist, inDays(organization, 3))
    const visitor = onOrganization(client, organization)
    const requests = [
      visitor.get('/availability'),
      visitor.post('/availability', weeklyForm({ userId: cardiologist.id })),
      visitor.put(`/availability/${period.id}`, weeklyForm()),
      visitor.delete(`/availability/${period.id}`),
      visitor.post('/availability/exceptions', { userId: cardiologist.id, date: inDays(organization, 4), wholeDay: true }),
      visitor.delete(`/availability/exceptions/${timeOff.id}`),
    ]
    for (const request of requests) {
      const response = await request
      assert.equal(response.status(), 302)
      assert.equal(response.header('location'), '/login')
    }
    assert.lengthOf(await periodsOf(organization, cardiologist), 1)
    assert.equal((await periodsOf(organization, cardiologist))[0].recurrence, 'once')
    assert.lengthOf(await timeOffOf(organization, cardiologist), 1)
  })

  test('a handler sees their own periods, time off and the bookable slots of the next two weeks', async ({ client, assert }) => {
    const { organization, cardiologist, oncologist } = await clinic()
    const date = inDays(organization, 7)
    await givePeriod(organization, cardiologist, {
      recurrence: 'weekly',
      weekday: weekdayOf(date),
      date,
      startTime: '14:00',
      endTime: '16:00',
    })
    await givePeriod(organization, cardiologist, { date: inDays(organization, 8), purpose: 'walk_in', startTime: '09:00', endTime: '11:00' })
    await givePeriod(organization, oncologist, { date, startTime: '08:00', endTime: '12:00' })
    await giveTimeOff(organization, cardiologist, inDays(organization, 9))
    await giveTimeOff(organization, oncologist, inDays(organization, 9))
    /* a time off that has passed is not listed any more */
    await giveTimeOff(organization, cardiologist, inDays(organization, -3))
    await book(organization, cardiologist, date, '14:30')
    await book(organization, cardiologist, date, '15:00', 'cancelled')

    const response = await onOrganization(client, organization, { as: cardiologist, inertia: true }).get('/availability')
    response.assertStatus(200)
    response.assertInertiaComponent('agenda/availability/index')
    const page = props(response)
    assert.deepEqual(page.owner, { id: cardiologist.id, fullName: 'Carla Cardio', isSelf: true })
    assert.deepEqual(page.owners, [], 'a handler gets no picker')
    assert.lengthOf(page.periods, 2)
    assert.deepEqual(
      page.periods.map((p: any) => [p.recurrence, p.purpose, p.startTime, p.endTime, p.slotCount]),
      [
        ['weekly', 'booking', '14:00', '16:00', 4],
        ['once', 'walk_in', '09:00', '11:00', 4],
      ]
    )
    assert.deepEqual(
      page.exceptions.map((e: any) => e.date),
      [inDays(organization, 9)]
    )

    /* 14:00, 15:00, 15:30: 14:30 is booked; the cancelled appointment frees 15:00 again */
    const previewDays = Object.fromEntries(page.preview.days.map((day: any) => [day.date, day]))
    assert.deepEqual(
      previewDays[date].slots.map((slot: any) => slot.startTime),
      ['14:00', '15:00', '15:30']
    )
    assert.deepEqual(previewDays[inDays(organization, 8)].walkIn, [{ startTime: '09:00', endTime: '11:00' }])
    assert.equal(page.preview.slotCount, 3)
    assert.equal(page.preview.from, inDays(organization, 0))
    assert.equal(page.preview.to, inDays(organization, 13))
    assert.isNull(page.remainingBookingOptions, 'hidden unless the organization shows remaining booking options')
    assert.notInclude(response.text(), 'Otto Onco')
  })

  test('the remaining booking options are shown when the organization switched them on', async ({ client, assert }) => {
    const { organization, cardiologist } = await clinic({ show_remaining_booking_options: true })
    const date = inDays(organization, 5)
    await givePeriod(organization, cardiologist, { date, startTime: '10:00', endTime: '12:00', slotMinutes: 30, gapMinutes: 0 })
    await book(organization, cardiologist, date, '10:30')
    const response = await onOrganization(client, organization, { as: cardiologist, inertia: true }).get('/availability')
    assert.equal(props(response).remainingBookingOptions, 3)
  })

  test("a handler cannot open someone else's availability", async ({ client, assert }) => {
    const { organization, cardiologist, oncologist, deptAdmin } = await clinic()
    await givePeriod(organization, oncologist, { startTime: '07:00', endTime: '08:00' })
    const asHandler = onOrganization(client, organization, { as: cardiologist, inertia: true })
    for (const other of [oncologist, deptAdmin]) {
      const response = await asHandler.get(`/availability?user=${other.id}`)
      assert.equal(response.status(), 403)
      assert.equal(response.body()?.component, 'errors/forbidden')
      assert.notInclude(response.text(), '07:00')
    }
    /* their own id is fine */
    const own = await asHandler.get(`/availability?user=${cardiologist.id}`)
    own.assertStatus(200)
  })

  test("a department admin picks among themselves and their departments' handlers only", async ({ client, assert }) => {
    const { organization, deptAdmin, otherDeptAdmin, cardiologist, oncologist, orgAdmin } = await clinic()
    await givePeriod(organization, cardiologist, { startTime: '07:00', endTime: '08:00' })
    const asDeptAdmin = onOrganization(client, organization, { as: deptAdmin, inertia: true })

    const own = await asDeptAdmin.get('/availability')
    own.assertStatus(200)
    assert.deepEqual(
      props(own).owners.map((person: any) => person.fullName),
      ['Carla Cardio', 'Dirk Deptadmin']
    )

    const handler = await asDeptAdmin.get(`/availability?user=${cardiologist.id}`)
    handler.assertStatus(200)
    assert.deepEqual(props(handler).owner, { id: cardiologist.id, fullName: 'Carla Cardio', isSelf: false })
    assert.deepEqual(
      props(handler).periods.map((p: any) => p.startTime),
      ['07:00']
    )

    for (const other of [oncologist, orgAdmin, otherDeptAdmin]) {
      const response = await asDeptAdmin.get(`/availability?user=${other.id}`)
      assert.equal(response.status(), 403, other.fullName)
    }
  })

  test("an org admin picks anyone and sees their availability", async ({ client, assert }) => {
    const { organization, orgAdmin, oncologist } = await clinic()
    await givePeriod(organization, oncologist, { startTime: '07:00', endTime: '08:00' })
    const asAdmin = onOrganization(client, organization, { as: orgAdmin, inertia: true })
    const own = await asAdmin.get('/availability')
    assert.deepEqual(
      props(own).owners.map((person: any) => person.fullName),
      ['Carla Cardio', 'Dirk Deptadmin', 'Dora Deptadmin', 'Olga Orgadmin', 'Otto Onco']
    )
    const response = await asAdmin.get(`/availability?user=${oncologist.id}`)
    response.assertStatus(200)
    assert.equal(props(response).owner.fullName, 'Otto Onco')
    assert.lengthOf(props(response).periods, 1)
  })

  test('an unknown person or a malformed id is not found', async ({ client, assert }) => {
    const { organization, orgAdmin } = await clinic()
    const asAdmin = onOrganization(client, organization, { as: orgAdmin, inertia: true })
    assert.equal((await asAdmin.get('/availability?user=999999')).status(), 404)
    const malformed = await asAdmin.get('/availability?user=abc')
    assert.notEqual(malformed.status(), 200)
    assert.notEqual(malformed.status(), 500)
  })
})

test.group('Availability | changing periods', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a handler adds, edits and deletes their own periods', async ({ client, assert }) => {
    const { organization, cardiologist } = await clinic()
    const asHandler = onOrganization(client, organization, { as: cardiologist, inertia: true, from: '/availability' })

    const weekly = await asHandler.post(
      '/availability',
      weeklyForm({ weekday: 3, date: inDays(organization, 1), untilDate: inDays(organization, 60) })
    )
    assertRedirect(assert, weekly)
    assert.match(weekly.header('location')!, /\/availability$/, 'back to the page')
    weekly.assertFlashMessage('success', 'The period has been added.')

    const once = await asHandler.post('/availability', onceForm(organization, { purpose: 'walk_in', startTime: '09:00', endTime: '10:00' }))
    assertRedirect(assert, once)

    let [first, second] = await periodsOf(organization, cardiologist)
    assert.deepInclude(first.serialize(), {
      recurrence: 'weekly',
      purpose: 'booking',
      weekday: 3,
      date: inDays(organization, 1),
      untilDate: inDays(organization, 60),
      startTime: '15:00',
      endTime: '16:00',
      slotMinutes: 20,
      gapMinutes: 10,
    })
    assert.deepInclude(second.serialize(), {
      recurrence: 'once',
      purpose: 'walk_in',
      weekday: null,
      untilDate: null,
      date: inDays(organization, 10),
    })

    const update = await asHandler.put(
      `/availability/${first.id}`,
      weeklyForm({ weekday: 5, startTime: '08:00', endTime: '09:30', slotMinutes: 45, gapMinutes: 0 })
    )
    assertRedirect(assert, update)
    update.assertFlashMessage('success', 'The period has been saved.')
    ;[first] = await periodsOf(organization, cardiologist)
    assert.deepInclude(first.serialize(), {
      weekday: 5,
      date: null,
      untilDate: null,
      startTime: '08:00',
      endTime: '09:30',
      slotMinutes: 45,
      gapMinutes: 0,
    })

    const destroy = await asHandler.delete(`/availability/${second.id}`)
    assertRedirect(assert, destroy)
    destroy.assertFlashMessage('success', 'The period has been deleted.')
    assert.deepEqual(
      (await periodsOf(organization, cardiologist)).map((p) => p.id),
      [first.id]
    )

    const audit = await tenancy.run(organization, async () => await AuditLog.query().where('subject_id', String(cardiologist.id)))
    assert.sameMembers(
      audit.map((entry) => entry.action),
      ['availability.created', 'availability.created', 'availability.updated', 'availability.deleted']
    )
  })

  test("a handler cannot add, change or delete someone else's periods", async ({ client, assert }) => {
    const { organization, cardiologist, oncologist } = await clinic()
    const theirs = await givePeriod(organization, oncologist, { startTime: '07:00', endTime: '08:00' })
    const asHandler = onOrganization(client, organization, { as: cardiologist, inertia: true, from: '/availability' })

    assertRefused(assert, await asHandler.post('/availability', weeklyForm({ userId: oncologist.id })), 'POST')
    assertRefused(assert, await asHandler.put(`/availability/${theirs.id}`, weeklyForm()), 'PUT')
    assertRefused(assert, await asHandler.delete(`/availability/${theirs.id}`), 'DELETE')

    const json = onOrganization(client, organization, { as: cardiologist })
    const create = await json.post('/availability', weeklyForm({ userId: oncologist.id })).header('accept', 'application/json')
    create.assertStatus(403)
    const destroy = await json.delete(`/availability/${theirs.id}`).header('accept', 'application/json')
    destroy.assertStatus(403)

    const periods = await periodsOf(organization, oncologist)
    assert.lengthOf(periods, 1)
    assert.equal(periods[0].startTime, '07:00')
    assert.equal(periods[0].recurrence, 'once')
    assert.lengthOf(await periodsOf(organization, cardiologist), 0)
  })

  test("a department admin manages their departments' handlers, nobody else", async ({ client, assert }) => {
    const { organization, deptAdmin, otherDeptAdmin, cardiologist, oncologist } = await clinic()
    const oncologistPeriod = await givePeriod(organization, oncologist, { startTime: '07:00', endTime: '08:00' })
    const colleaguePeriod = await givePeriod(organization, otherDeptAdmin, { startTime: '07:00', endTime: '08:00' })
    const asDeptAdmin = onOrganization(client, organization, { as: deptAdmin, inertia: true, from: '/availability' })

    const create = await asDeptAdmin.post('/availability', weeklyForm({ userId: cardiologist.id }))
    assertRedirect(assert, create)
    create.assertFlashMessage('success', 'The period has been added.')
    const [created] = await periodsOf(organization, cardiologist)
    assert.equal(created.weekday, 1)

    assertRedirect(assert, await asDeptAdmin.put(`/availability/${created.id}`, weeklyForm({ weekday: 2 })))
    assert.equal((await periodsOf(organization, cardiologist))[0].weekday, 2)

    /* their own availability too */
    assertRedirect(assert, await asDeptAdmin.post('/availability', weeklyForm()))
    assert.lengthOf(await periodsOf(organization, deptAdmin), 1)

    assertRefused(assert, await asDeptAdmin.post('/availability', weeklyForm({ userId: oncologist.id })), 'other department')
    assertRefused(assert, await asDeptAdmin.put(`/availability/${oncologistPeriod.id}`, weeklyForm()), 'other department PUT')
    assertRefused(assert, await asDeptAdmin.delete(`/availability/${oncologistPeriod.id}`), 'other department DELETE')
    assertRefused(assert, await asDeptAdmin.delete(`/availability/${colleaguePeriod.id}`), 'another department admin')
    assert.lengthOf(await periodsOf(organization, oncologist), 1)
    assert.equal((await periodsOf(organization, oncologist))[0].recurrence, 'once')
    assert.lengthOf(await periodsOf(organization, otherDeptAdmin), 1)

    assertRedirect(assert, await asDeptAdmin.delete(`/availability/${created.id}`))
    assert.lengthOf(await periodsOf(organization, cardiologist), 0)
  })

  test("an org admin manages everyone's periods", async ({ client, assert }) => {
    const { organization, orgAdmin, oncologist, deptAdmin } = await clinic()
    const asAdmin = onOrganization(client, organization, { as: orgAdmin, inertia: true, from: '/availability' })
    for (const person of [oncologist, deptAdmin]) {
      assertRedirect(assert, await asAdmin.post('/availability', onceForm(organization, { userId: person.id })))
      const [period] = await periodsOf(organization, person)
      assert.equal(period.recurrence, 'once')
      assertRedirect(assert, await asAdmin.put(`/availability/${period.id}`, onceForm(organization, { startTime: '10:00', endTime: '11:00' })))
      assert.equal((await periodsOf(organization, person))[0].startTime, '10:00')
      assertRedirect(assert, await asAdmin.delete(`/availability/${period.id}`))
      assert.lengthOf(await periodsOf(organization, person), 0)
    }
  })

  test('an unknown period is not found', async ({ client, assert }) => {
    const { organization, orgAdmin } = await clinic()
    const asAdmin = onOrganization(client, organization, { as: orgAdmin, inertia: true, from: '/availability' })
    assert.equal((await asAdmin.put('/availability/999999', weeklyForm())).status(), 404)
    assert.equal((await asAdmin.delete('/availability/999999')).status(), 404)
    assert.equal((await asAdmin.post('/availability', weeklyForm({ userId: 999999 }))).status(), 404)
  })
})

test.group('Availability | time off', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a handler adds a day off and a few hours off, and deletes them', async ({ client, assert }) => {
    const { organization, cardiologist } = await clinic()
    const asHandler = onOrganization(client, organization, { as: cardiologist, inertia: true, from: '/availability' })
    const day = await asHandler.post('/availability/exceptions', {
      date: inDays(organization, 3),
      wholeDay: true,
      startTime: '10:00',
      endTime: '11:00',
      reason: '  Holiday ',
    })
    assertRedirect(assert, day)
    assert.match(day.header('location')!, /\/availability$/, 'back to the page')
    day.assertFlashMessage('success', 'The time off has been added.')
    const hours = await asHandler.post('/availability/exceptions', {
      date: inDays(organization, 4),
      wholeDay: false,
      startTime: '10:00',
      endTime: '11:30',
      reason: null,
    })
    assertRedirect(assert, hours)

    const [wholeDay, partOfDay] = await timeOffOf(organization, cardiologist)
    assert.deepInclude(wholeDay.serialize(), { date: inDays(organization, 3), startTime: null, endTime: null, reason: 'Holiday' })
    assert.deepInclude(partOfDay.serialize(), { date: inDays(organization, 4), startTime: '10:00', endTime: '11:30', reason: null })

    const destroy = await asHandler.delete(`/availability/exceptions/${wholeDay.id}`)
    assertRedirect(assert, destroy)
    destroy.assertFlashMessage('success', 'The time off has been deleted.')
    assert.deepEqual(
      (await timeOffOf(organization, cardiologist)).map((e) => e.id),
      [partOfDay.id]
    )
  })

  test('time off is managed by the same people as periods', async ({ client, assert }) => {
    const { organization, cardiologist, oncologist, deptAdmin, orgAdmin } = await clinic()
    const oncologistOff = await giveTimeOff(organization, oncologist, inDays(organization, 2))
    const cardiologistOff = await giveTimeOff(organization, cardiologist, inDays(organization, 2))
    const body = (user: User) => ({ userId: user.id, date: inDays(organization, 5), wholeDay: true })

    const asHandler = onOrganization(client, organization, { as: cardiologist, inertia: true, from: '/availability' })
    assertRefused(assert, await asHandler.post('/availability/exceptions', body(oncologist)), 'handler POST')
    assertRefused(assert, await asHandler.delete(`/availability/exceptions/${oncologistOff.id}`), 'handler DELETE')

    const asDeptAdmin = onOrganization(client, organization, { as: deptAdmin, inertia: true, from: '/availability' })
    assertRefused(assert, await asDeptAdmin.post('/availability/exceptions', body(oncologist)), 'dept admin POST')
    assertRefused(assert, await asDeptAdmin.delete(`/availability/exceptions/${oncologistOff.id}`), 'dept admin DELETE')
    assertRedirect(assert, await asDeptAdmin.post('/availability/exceptions', body(cardiologist)))
    assertRedirect(assert, await asDeptAdmin.delete(`/availability/exceptions/${cardiologistOff.id}`))

    assert.deepEqual(
      (await timeOffOf(organization, oncologist)).map((e) => e.id),
      [oncologistOff.id]
    )
    assert.deepEqual(
      (await timeOffOf(organization, cardiologist)).map((e) => e.date),
      [inDays(organization, 5)]
    )

    const asAdmin = onOrganization(client, organization, { as: orgAdmin, inertia: true, from: '/availability' })
    assertRedirect(assert, await asAdmin.post('/availability/exceptions', body(oncologist)))
    assertRedirect(assert, await asAdmin.delete(`/availability/exceptions/${oncologistOff.id}`))
    assert.deepEqual(
      (await timeOffOf(organization, oncologist)).map((e) => e.date),
      [inDays(organization, 5)]
    )

    const json = await onOrganization(client, organization, { as: cardiologist })
      .delete(`/availability/exceptions/${(await timeOffOf(organization, oncologist))[0].id}`)
      .header('accept', 'application/json')
    json.assertStatus(403)
    assert.lengthOf(await timeOffOf(organization, oncologist), 1)
  })

  test('time off takes the slots away from the preview', async ({ client, assert }) => {
    const { organization, cardiologist } = await clinic()
    const date = inDays(organization, 6)
    await givePeriod(organization, cardiologist, { date, startTime: '09:00', endTime: '12:00', slotMinutes: 60, gapMinutes: 0 })
    const asHandler = onOrganization(client, organization, { as: cardiologist, inertia: true, from: '/availability' })
    await asHandler.post('/availability/exceptions', { date, wholeDay: false, startTime: '10:00', endTime: '11:00' })
    const page = props(await asHandler.get('/availability'))
    assert.deepEqual(
      page.preview.days.find((day: any) => day.date === date).slots.map((slot: any) => slot.startTime),
      ['09:00', '11:00']
    )
  })
})

test.group('Availability | bad input', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('each invalid period is refused with a translated message next to its field; nothing is saved', async ({
    client,
    assert,
  }) => {
    const { organization, cardiologist } = await clinic()
    const asHandler = onOrganization(client, organization, { as: cardiologist, inertia: true, from: '/availability' })
    const monday = (() => {
      let date = DateTime.fromISO(inDays(organization, 14))
      while (date.weekday !== 1) date = date.plus({ days: 1 })
      return date.toISODate()!
    })()
    const cases: Array<[string, Record<string, unknown>, string, string]> = [
      ['end before start', weeklyForm({ startTime: '16:00', endTime: '15:00' }), 'endTime', 'The end time must be after the start time.'],
      ['end equals start', weeklyForm({ startTime: '15:00', endTime: '15:00' }), 'endTime', 'The end time must be after the start time.'],
      ['slot too short', weeklyForm({ slotMinutes: 4 }), 'slotMinutes', 'A slot lasts at least 5 minutes.'],
      ['slot too long', weeklyForm({ startTime: '08:00', endTime: '17:00', slotMinutes: 241 }), 'slotMinutes', 'A slot lasts at most 240 minutes.'],
      ['negative gap', weeklyForm({ gapMinutes: -1 }), 'gapMinutes', 'The gap cannot be negative.'],
      ['gap too long', weeklyForm({ gapMinutes: 121 }), 'gapMinutes', 'The gap is at most 120 minutes.'],
      ['weekday 0', weeklyForm({ weekday: 0 }), 'weekday', 'Choose a weekday from Monday to Sunday.'],
      ['weekday 8', weeklyForm({ weekday: 8 }), 'weekday', 'Choose a weekday from Monday to Sunday.'],
      ['weekly without weekday', weeklyForm({ weekday: null }), 'weekday', 'Choose a weekday.'],
      ['impossible date', onceForm(organization, { date: '2031-02-30' }), 'date', 'Enter a valid date.'],
      ['not a date', onceForm(organization, { date: 'tomorrow' }), 'date', 'Enter a valid date.'],
      ['once without date', onceForm(organization, { date: null }), 'date', 'Choose the date.'],
      ['date in the past', onceForm(organization, { date: inDays(organization, -1) }), 'date', 'This date has passed. Choose today or a later date.'],
      ['until before from', weeklyForm({ date: inDays(organization, 20), untilDate: inDays(organization, 10) }), 'untilDate', 'The last date must be after the first date.'],
      [
        'weekday never in range',
        weeklyForm({ weekday: 1, date: DateTime.fromISO(monday).plus({ days: 1 }).toISODate(), untilDate: DateTime.fromISO(monday).plus({ days: 6 }).toISODate() }),
        'untilDate',
        'This weekday does not occur between the first and the last date.',
      ],
      ['no slot fits', weeklyForm({ startTime: '14:00', endTime: '14:15', slotMinutes: 20 }), 'slotMinutes', 'No slot of this length fits between the start and end time (the period lasts 15 minutes).'],
      ['bad time', weeklyForm({ startTime: '25:00' }), 'startTime', 'Enter a time like 09:30.'],
      ['unknown purpose', weeklyForm({ purpose: 'party' }), 'purpose', 'Choose one of the options.'],
      ['unknown recurrence', weeklyForm({ recurrence: 'daily' }), 'recurrence', 'Choose one of the options.'],
    ]
    for (const [label, body, field, message] of cases) {
      const response = await asHandler.post('/availability', body)
      assertRedirect(assert, response)
      assert.notProperty(response.flashMessages() ?? {}, 'success', label)
      assert.deepEqual(fieldErrors(response)[field], [message], label)
    }
    assert.lengthOf(await periodsOf(organization, cardiologist), 0)
  })

  test('a walk-in period needs no slot to fit', async ({ client, assert }) => {
    const { organization, cardiologist } = await clinic()
    const asHandler = onOrganization(client, organization, { as: cardiologist, inertia: true, from: '/availability' })
    const response = await asHandler.post(
      '/availability',
      weeklyForm({ purpose: 'walk_in', startTime: '14:00', endTime: '14:15', slotMinutes: 20 })
    )
    response.assertFlashMessage('success', 'The period has been added.')
    assert.lengthOf(await periodsOf(organization, cardiologist), 1)
  })

  test('a period that overlaps another one of the same person is refused; other people are not in the way', async ({
    client,
    assert,
  }) => {
    const { organization, cardiologist, oncologist } = await clinic()
    const firstMonday = (() => {
      let date = DateTime.fromISO(inDays(organization, 1))
      while (date.weekday !== 1) date = date.plus({ days: 1 })
      return date.toISODate()!
    })()
    await givePeriod(organization, cardiologist, { recurrence: 'weekly', weekday: 1, date: null, startTime: '15:00', endTime: '16:00' })
    await givePeriod(organization, oncologist, { recurrence: 'weekly', weekday: 2, date: null, startTime: '15:00', endTime: '16:00' })
    const asHandler = onOrganization(client, organization, { as: cardiologist, inertia: true, from: '/availability' })

    const weeklyClash = await asHandler.post('/availability', weeklyForm({ weekday: 1, startTime: '15:30', endTime: '17:00', purpose: 'walk_in' }))
    assertRedirect(assert, weeklyClash)
    assert.deepEqual(fieldErrors(weeklyClash).startTime, [
      'This period overlaps “Every Monday 15:00–16:00”. Choose other times or change that period first.',
    ])
    const onceClash = await asHandler.post('/availability', onceForm(organization, { date: firstMonday, startTime: '14:00', endTime: '15:20' }))
    assert.property(fieldErrors(onceClash), 'startTime')
    assert.lengthOf(await periodsOf(organization, cardiologist), 1)

    /* touching is fine, another weekday is fine, another person's Tuesday is no obstacle */
    for (const body of [
      weeklyForm({ weekday: 1, startTime: '16:00', endTime: '17:00' }),
      weeklyForm({ weekday: 2, startTime: '15:00', endTime: '16:00' }),
      onceForm(organization, { date: firstMonday, startTime: '13:00', endTime: '15:00' }),
    ]) {
      const response = await asHandler.post('/availability', body)
      response.assertFlashMessage('success', 'The period has been added.')
    }
    assert.lengthOf(await periodsOf(organization, cardiologist), 4)

    /* a period may be saved over itself */
    const [own] = await periodsOf(organization, cardiologist)
    const update = await asHandler.put(`/availability/${own.id}`, weeklyForm({ weekday: 1, startTime: '15:00', endTime: '15:40' }))
    update.assertFlashMessage('success', 'The period has been saved.')
  })

  test('an invalid change leaves the period as it was', async ({ client, assert }) => {
    const { organization, cardiologist } = await clinic()
    const period = await givePeriod(organization, cardiologist)
    const asHandler = onOrganization(client, organization, { as: cardiologist, inertia: true, from: '/availability' })
    const response = await asHandler.put(`/availability/${period.id}`, onceForm(organization, { startTime: '12:00', endTime: '11:00' }))
    assert.property(fieldErrors(response), 'endTime')
    const [unchanged] = await periodsOf(organization, cardiologist)
    assert.equal(unchanged.startTime, '14:00')
    assert.equal(unchanged.endTime, '16:00')
  })

  test('invalid time off is refused field by field; nothing is saved', async ({ client, assert }) => {
    const { organization, cardiologist } = await clinic()
    const asHandler = onOrganization(client, organization, { as: cardiologist, inertia: true, from: '/availability' })
    const date = inDays(organization, 3)
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ date, wholeDay: false, startTime: null, endTime: null }, 'startTime', 'Enter the start time.'],
      [{ date, wholeDay: false, startTime: '10:00', endTime: null }, 'endTime', 'Enter the end time.'],
      [{ date, wholeDay: false, startTime: '11:00', endTime: '10:00' }, 'endTime', 'The end time must be after the start time.'],
      [{ date: inDays(organization, -1), wholeDay: true }, 'date', 'This date has passed. Choose today or a later date.'],
      [{ date: '2031-13-01', wholeDay: true }, 'date', 'Enter a valid date.'],
      [{ date, wholeDay: true, reason: 'x'.repeat(201) }, 'reason', 'The reason can be at most 200 characters.'],
    ]
    for (const [body, field, message] of cases) {
      const response = await asHandler.post('/availability/exceptions', body)
      assertRedirect(assert, response)
      assert.deepEqual(fieldErrors(response)[field], [message], JSON.stringify(body))
    }
    assert.lengthOf(await timeOffOf(organization, cardiologist), 0)
  })

  test('errors speak the language of the user', async ({ client, assert }) => {
    const organization = await createOrganization({ timezone: 'Europe/Amsterdam' })
    const handler = await createUser(organization, 'handler', { locale: 'nl' })
    const asHandler = onOrganization(client, organization, { as: handler, inertia: true, from: '/availability' })
    const response = await asHandler.post('/availability', weeklyForm({ startTime: '16:00', endTime: '15:00', gapMinutes: 500 }))
    assert.deepEqual(fieldErrors(response).endTime, ['De eindtijd moet na de begintijd liggen.'])
    assert.deepEqual(fieldErrors(response).gapMinutes, ['De pauze is hoogstens 120 minuten.'])
  })
})

test.group('Availability | tenancy', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test("another organization's session is worthless here and changes nothing", async ({ client, assert }) => {
    const a = await clinic()
    const b = await clinic()
    const periodB = await givePeriod(b.organization, b.cardiologist, { startTime: '07:00', endTime: '08:00' })
    const offB = await giveTimeOff(b.organization, b.cardiologist, inDays(b.organization, 2))
    const asAdminAOnB = onOrganization(client, b.organization, { as: a.orgAdmin, inertia: true, from: '/availability' })
    const requests = [
      asAdminAOnB.get('/availability'),
      asAdminAOnB.get(`/availability?user=${b.cardiologist.id}`),
      asAdminAOnB.post('/availability', weeklyForm({ userId: b.cardiologist.id })),
      asAdminAOnB.put(`/availability/${periodB.id}`, weeklyForm()),
      asAdminAOnB.delete(`/availability/${periodB.id}`),
      asAdminAOnB.post('/availability/exceptions', { userId: b.cardiologist.id, date: inDays(b.organization, 4), wholeDay: true }),
      asAdminAOnB.delete(`/availability/exceptions/${offB.id}`),
    ]
    for (const request of requests) {
      const response = await request
      assert.oneOf(response.status(), [302, 303])
      assert.match(response.header('location')!, /^\/login(\?|$)/)
    }
    const periods = await periodsOf(b.organization, b.cardiologist)
    assert.deepEqual(
      periods.map((p) => [p.id, p.recurrence, p.startTime]),
      [[periodB.id, 'once', '07:00']]
    )
    assert.deepEqual(
      (await timeOffOf(b.organization, b.cardiologist)).map((e) => e.id),
      [offB.id]
    )
  })

  test("an org admin cannot reach another organization's people, periods or time off by id", async ({ client, assert }) => {
    const a = await clinic()
    const b = await clinic()
    const periodB = await givePeriod(b.organization, b.cardiologist, { startTime: '07:00', endTime: '08:00' })
    const offB = await giveTimeOff(b.organization, b.cardiologist, inDays(b.organization, 2))
    const asAdminA = onOrganization(client, a.organization, { as: a.orgAdmin, inertia: true, from: '/availability' })

    const page = await asAdminA.get(`/availability?user=${b.cardiologist.id}`)
    assert.equal(page.status(), 404)
    assert.notInclude(page.text(), '07:00')
    assert.notInclude(page.text(), 'Carla Cardio')
    assert.equal((await asAdminA.post('/availability', weeklyForm({ userId: b.cardiologist.id }))).status(), 404)
    assert.equal((await asAdminA.put(`/availability/${periodB.id}`, weeklyForm())).status(), 404)
    assert.equal((await asAdminA.delete(`/availability/${periodB.id}`)).status(), 404)
    assert.equal(
      (await asAdminA.post('/availability/exceptions', { userId: b.cardiologist.id, date: inDays(a.organization, 4), wholeDay: true })).status(),
      404
    )
    assert.equal((await asAdminA.delete(`/availability/exceptions/${offB.id}`)).status(), 404)

    /* A's own picker lists only A's people */
    const own = await asAdminA.get('/availability')
    const ids = props(own).owners.map((person: any) => person.id)
    assert.notInclude(ids, b.cardiologist.id)
    assert.include(ids, a.cardiologist.id)

    const periods = await periodsOf(b.organization, b.cardiologist)
    assert.deepEqual(
      periods.map((p) => [p.id, p.recurrence, p.startTime]),
      [[periodB.id, 'once', '07:00']]
    )
    assert.lengthOf(await timeOffOf(b.organization, b.cardiologist), 1)
    assert.lengthOf(await periodsOf(a.organization, a.orgAdmin), 0)
    assert.lengthOf(await timeOffOf(a.organization, a.orgAdmin), 0)
  })
})
