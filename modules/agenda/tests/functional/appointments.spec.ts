import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import type { Message } from '@adonisjs/mail'
import type { Assert } from '@japa/assert'
import type { ApiResponse } from '@japa/api-client'
import tenancy from '#core/tenancy/tenancy'
import AuditLog from '#models/audit_log'
import type Organization from '#models/organization'
import Appointment from '#modules/agenda/models/appointment'
import AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import Client from '#modules/agenda/models/client'
import ExternalParticipant from '#modules/agenda/models/external_participant'
import Group from '#models/group'
import { createDepartment, createOrganization, createUser } from '#tests/support/world'
import { onOrganization } from '#tests/support/requests'
import { assertRedirect, fieldErrors } from '#tests/support/responses'
import { createClient, plannedAppointment } from '#modules/agenda/tests/support/agenda_world'
import { runQueuedJobs } from '#tests/support/queue'

/** Next year's date of a given month/day, so tests never plan in the past */
const nextYear = DateTime.utc().year + 1
const day = (month: number, date: number) => DateTime.fromObject({ year: nextYear, month, day: date }).toISODate()!

async function clinic(settings: Record<string, unknown> = {}) {
  const organization = await createOrganization({ settings })
  const cardiology = await createDepartment(organization, 'Cardiology')
  const oncology = await createDepartment(organization, 'Oncology')
  const deptAdmin = await createUser(organization, 'dept_admin', { fullName: 'Dana Deptadmin', departments: [cardiology] })
  const cardiologist = await createUser(organization, 'handler', { fullName: 'Carla Cardio', departments: [cardiology] })
  const oncologist = await createUser(organization, 'handler', { fullName: 'Otto Onco', departments: [oncology] })
  const orgAdmin = await createUser(organization, 'org_admin', { fullName: 'Olga Orgadmin' })
  return { organization, cardiology, oncology, deptAdmin, cardiologist, oncologist, orgAdmin }
}

function appointmentsOf(organization: Organization) {
  return tenancy.run(organization, async () => await Appointment.query().preload('participants').orderBy('id'))
}

/** A refused form submission goes back to the form it came from */
function assertBackTo(assert: Assert, response: ApiResponse, path: string) {
  assert.oneOf(response.status(), [302, 303])
  assert.isTrue(String(response.header('location')).endsWith(path), `back to ${path}, got ${response.header('location')}`)
}

/** Whether a message is addressed to `address` */
const to = (address: string) => (message: Message) => JSON.stringify(message.nodeMailerMessage.to ?? '').includes(address)

/** The iCalendar part of a sent message */
function icalOf(message: Message): string {
  const event = message.nodeMailerMessage.icalEvent as { content?: string } | undefined
  return String(event?.content ?? '')
}

test.group('Appointments | planning', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('a department admin plans an appointment: stored in UTC, one link per invitee, confirmation with invitation', async ({ client, assert }) => {
    const { messages } = mail.fake()
    const { organization, deptAdmin, cardiologist, cardiology } = await clinic()
    const patient = await createClient(organization, { email: 'jan@example.test', locale: 'nl' })
    const asAdmin = onOrganization(client, organization, { as: deptAdmin, inertia: true, from: '/appointments/new' })

    const response = await asAdmin.post('/appointments', {
      handlerId: cardiologist.id,
      date: day(6, 15),
      time: '10:30',
      durationMinutes: 20,
      personalMessage: 'Please have your medication list at hand.',
      clientIds: [patient.id],
    })
    const [appointment] = await appointmentsOf(organization)
    assertRedirect(assert, response, `/appointments/${appointment.id}`)
    /* Amsterdam is UTC+2 in June */
    assert.equal(appointment.startsAt.toUTC().toISO(), `${day(6, 15)}T08:30:00.000Z`)
    assert.equal(appointment.endsAt.toUTC().toFormat('HH:mm'), '08:50')
    assert.equal(appointment.departmentId, cardiology.id)
    assert.equal(appointment.personalMessage, 'Please have your medication list at hand.')
    assert.lengthOf(appointment.participants, 1)
    assert.match(appointment.participants[0].tokenHash!, /^[0-9a-f]{64}$/)

    await runQueuedJobs()
    const sent = messages.sent(to('jan@example.test'))
    assert.lengthOf(sent, 1)
    const email = sent[0].nodeMailerMessage
    assert.include(String(email.html), 'medication list')
    assert.include(String(email.text), `/visit/`)
    const ical = icalOf(sent[0])
    assert.include(ical, 'METHOD:REQUEST')
    assert.include(ical, `UID:${appointment.uid}`)
    assert.include(ical, 'SEQUENCE:0')
    assert.include(ical, 'DTSTART;TZID=Europe/Amsterdam:')
    const participant = await tenancy.run(organization, () => AppointmentParticipant.findOrFail(appointment.participants[0].id))
    assert.equal(participant.emailStatus, 'sent')

    const audit = await tenancy.run(organization, async () => await AuditLog.query().where('action', 'appointment.created').firstOrFail())
    assert.notInclude(JSON.stringify(audit.changes), 'jan@example.test', 'no patient data in the audit log')
  })

  test('a double submit with the same form key creates one appointment', async ({ client, assert }) => {
    mail.fake()
    const { organization, cardiologist } = await clinic()
    const patient = await createClient(organization)
    const asHandler = onOrganization(client, organization, { as: cardiologist, inertia: true, from: '/appointments/new' })
    const body = { date: day(5, 3), time: '09:00', durationMinutes: 20, clientIds: [patient.id], submissionKey: 'form-7f3a2c9e' }
    const [first, second] = await Promise.all([asHandler.post('/appointments', body), asHandler.post('/appointments', body)])
    assertRedirect(assert, first)
    assertRedirect(assert, second)
    const appointments = await appointmentsOf(organization)
    assert.lengthOf(appointments, 1)
    assert.equal(first.header('location'), second.header('location'))
  })

  test('a handler cannot hold two overlapping appointments unless the organization allows it', async ({ client, assert }) => {
    mail.fake()
    const { organization, cardiologist } = await clinic()
    const patient = await createClient(organization)
    const asHandler = onOrganization(client, organization, { as: cardiologist, inertia: true, from: '/appointments/new' })
    await asHandler.post('/appointments', { date: day(5, 3), time: '09:00', durationMinutes: 30, clientIds: [patient.id] })

    const clash = await asHandler.post('/appointments', { date: day(5, 3), time: '09:20', durationMinutes: 20, clientIds: [patient.id] })
    assertBackTo(assert, clash, '/appointments/new')
    assert.equal(fieldErrors(clash).time[0], `Carla Cardio already has an appointment on ${day(5, 3)} from 09:00 to 09:30. Choose another time.`)
    assert.lengthOf(await appointmentsOf(organization), 1)

    /* back to back is fine */
    const after = await asHandler.post('/appointments', { date: day(5, 3), time: '09:30', durationMinutes: 20, clientIds: [patient.id] })
    assert.notInclude(String(after.header('location')), '/appointments/new')
    assert.lengthOf(await appointmentsOf(organization), 2)

    organization.settings = { allow_overlapping_appointments: true }
    await organization.save()
    const allowed = await asHandler.post('/appointments', { date: day(5, 3), time: '09:10', durationMinutes: 20, clientIds: [patient.id] })
    assert.notInclude(String(allowed.header('location')), '/appointments/new')
    assert.lengthOf(await appointmentsOf(organization), 3)
  })

  test('bad input is refused with translated messages and saves nothing', async ({ client, assert }) => {
    mail.fake()
    const { organization, cardiologist, oncologist } = await clinic()
    const patient = await createClient(organization)
    const asHandler = onOrganization(client, organization, { as: cardiologist, inertia: true, from: '/appointments/new' })

    const missing = await asHandler.post('/appointments', { date: 'tomorrow', time: '25:00', durationMinutes: 2 })
    assert.includeMembers(Object.keys(fieldErrors(missing)), ['date', 'time', 'durationMinutes'])

    const noClient = await asHandler.post('/appointments', { date: day(5, 3), time: '09:00', durationMinutes: 20 })
    assert.equal(fieldErrors(noClient).clientIds[0], 'Choose at least one client, or enter a new one.')

    const otherHandler = await asHandler.post('/appointments', {
      handlerId: oncologist.id, date: day(5, 3), time: '09:00', durationMinutes: 20, clientIds: [patient.id],
    })
    assert.equal(fieldErrors(otherHandler).handlerId[0], 'You cannot plan appointments for this handler.')

    const badNewClient = await asHandler.post('/appointments', {
      date: day(5, 3), time: '09:00', durationMinutes: 20,
      newClient: { initials: 'A.', lastName: 'Bakker', dateOfBirth: day(1, 1), email: 'a.bakker@example.test' },
    })
    assert.equal(fieldErrors(badNewClient)['newClient.dateOfBirth'][0], 'Enter a real date of birth in the past.')

    assert.lengthOf(await appointmentsOf(organization), 0)
    assert.lengthOf(await tenancy.run(organization, async () => await Client.query().where('last_name', 'Bakker')), 0, 'the new client was not half-saved')
  })

  test('times follow the clock changes of the organization\'s zone', async ({ client, assert }) => {
    mail.fake()
    const { organization, cardiologist } = await clinic()
    const patient = await createClient(organization)
    const asHandler = onOrganization(client, organization, { as: cardiologist, inertia: true, from: '/appointments/new' })
    /* the last Sundays of March and October of next year */
    const lastSunday = (month: number) => {
      let date = DateTime.fromObject({ year: nextYear, month, day: 1 }, { zone: 'Europe/Amsterdam' }).endOf('month').startOf('day')
      while (date.weekday !== 7) date = date.minus({ days: 1 })
      return date.toISODate()!
    }
    const spring = lastSunday(3)
    const autumn = lastSunday(10)

    const skipped = await asHandler.post('/appointments', { date: spring, time: '02:30', durationMinutes: 20, clientIds: [patient.id] })
    assert.equal(fieldErrors(skipped).time[0], '02:30 does not exist on that day because the clocks change. Choose another time.')

    await asHandler.post('/appointments', { date: spring, time: '01:30', durationMinutes: 20, clientIds: [patient.id] })
    await asHandler.post('/appointments', { date: spring, time: '10:00', durationMinutes: 20, clientIds: [patient.id] })
    await asHandler.post('/appointments', { date: autumn, time: '10:00', durationMinutes: 20, clientIds: [patient.id] })
    const stored = (await appointmentsOf(organization)).map((appointment) => appointment.startsAt.toUTC().toFormat('yyyy-MM-dd HH:mm'))
    assert.deepEqual(stored, [`${spring} 00:30`, `${spring} 08:00`, `${autumn} 09:00`])

    /* the list shows them at the local times they were planned */
    const list = await onOrganization(client, organization, { as: cardiologist, inertia: true }).get(`/appointments?from=${spring}&to=${autumn}`)
    const shown = (list.inertiaProps as any).appointments.map((a: any) => `${a.date} ${a.time}`)
    assert.deepEqual(shown, [`${spring} 01:30`, `${spring} 10:00`, `${autumn} 10:00`])
  })

  test('a new client can be entered with the appointment and is assigned to the handler', async ({ client, assert }) => {
    mail.fake()
    const { organization, cardiologist, cardiology } = await clinic()
    const asHandler = onOrganization(client, organization, { as: cardiologist, inertia: true, from: '/appointments/new' })
    const response = await asHandler.post('/appointments', {
      date: day(5, 3), time: '09:00', durationMinutes: 20,
      newClient: { initials: 'A.B.', lastName: 'Bakker', dateOfBirth: '1975-02-01', email: 'A.Bakker@Example.test', locale: 'de' },
    })
    assertRedirect(assert, response)
    const created = await tenancy.run(organization, async () => await Client.query().where('last_name', 'Bakker').preload('handlers').firstOrFail())
    assert.equal(created.email, 'a.bakker@example.test')
    assert.equal(created.departmentId, cardiology.id)
    assert.deepEqual(created.handlers.map((handler) => handler.id), [cardiologist.id])
  })
})

test.group('Appointments | the appointment page', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('shows the personal message and the group each invitee came through; lists never carry the message', async ({ client, assert }) => {
    mail.fake()
    const { organization, cardiologist } = await clinic()
    const patient = await createClient(organization)
    const family = await tenancy.run(organization, () => Group.create({ name: 'Family', description: null }))
    const daughter = await tenancy.run(organization, () =>
      ExternalParticipant.create({ initials: 'A.', lastName: 'Dochter', dateOfBirth: '1999-01-01', email: 'daughter@example.test', clientNumber: null, phone: null, locale: null })
    )
    await tenancy.run(organization, () => daughter.related('groups').attach([family.id]))
    const as = onOrganization(client, organization, { as: cardiologist, inertia: true, from: '/appointments/new' })
    await as.post('/appointments', {
      date: day(5, 3), time: '09:00', durationMinutes: 20, clientIds: [patient.id], groupIds: [family.id], personalMessage: 'Bring your glucose diary.',
    })
    const [appointment] = await appointmentsOf(organization)
    const page = (await as.get(`/appointments/${appointment.id}`)).inertiaProps as any
    assert.equal(page.personalMessage, 'Bring your glucose diary.')
    const viaGroup = page.appointment.participants.find((p: any) => p.role === 'external')
    assert.equal(viaGroup.name, 'A. Dochter')
    assert.equal(viaGroup.groupName, 'Family')
    const list = (await as.get('/appointments')).inertiaProps as any
    assert.notInclude(JSON.stringify(list), 'glucose diary')
  })
})

test.group('Appointments | changes and cancellation', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('rescheduling keeps the link, raises the SEQUENCE and sends a change; cancelling sends METHOD:CANCEL', async ({ client, assert }) => {
    const { messages } = mail.fake()
    const { organization, cardiologist } = await clinic()
    const patient = await createClient(organization, { email: 'piet@example.test' })
    const asHandler = onOrganization(client, organization, { as: cardiologist, inertia: true, from: '/appointments/new' })
    await asHandler.post('/appointments', { date: day(5, 3), time: '09:00', durationMinutes: 20, clientIds: [patient.id] })
    const [appointment] = await appointmentsOf(organization)
    const tokenHash = appointment.participants[0].tokenHash

    const moved = await asHandler
      .with({ from: `/appointments/${appointment.id}/edit` })
      .put(`/appointments/${appointment.id}`, { date: day(5, 4), time: '14:00', durationMinutes: 30, clientIds: [patient.id] })
    assertRedirect(assert, moved, `/appointments/${appointment.id}`)
    const [rescheduled] = await appointmentsOf(organization)
    assert.equal(rescheduled.sequence, 1)
    assert.equal(rescheduled.participants[0].tokenHash, tokenHash, 'the same link still works')
    assert.equal(rescheduled.startsAt.toUTC().toISO(), `${day(5, 4)}T12:00:00.000Z`)

    const toPiet = () => messages.sent(to('piet@example.test'))
    await runQueuedJobs()
    assert.lengthOf(toPiet(), 2)
    const change = icalOf(toPiet()[1])
    assert.include(change, 'SEQUENCE:1')
    assert.include(change, `UID:${appointment.uid}`)
    assert.include(change, 'METHOD:REQUEST')

    const cancelled = await asHandler.post(`/appointments/${appointment.id}/cancel`)
    assertRedirect(assert, cancelled, `/appointments/${appointment.id}`)
    const [gone] = await appointmentsOf(organization)
    assert.equal(gone.status, 'cancelled')
    await runQueuedJobs()
    assert.lengthOf(toPiet(), 3)
    const cancellation = icalOf(toPiet()[2])
    assert.include(cancellation, 'METHOD:CANCEL')
    assert.include(cancellation, 'SEQUENCE:2')
    assert.include(cancellation, 'STATUS:CANCELLED')

    const again = await asHandler.with({ from: `/appointments/${appointment.id}/edit` }).put(`/appointments/${appointment.id}`, {
      date: day(5, 5), time: '14:00', durationMinutes: 30, clientIds: [patient.id],
    })
    assert.equal(again.flashMessage('error'), 'This appointment has been cancelled and can no longer be changed.')
  })

  test('a removed invitee is told, a new one is invited, those who stay hear of nothing when only the message changes', async ({ client, assert }) => {
    const { messages } = mail.fake()
    const { organization, cardiologist } = await clinic()
    const first = await createClient(organization, { email: 'first@example.test' })
    const second = await createClient(organization, { email: 'second@example.test' })
    const third = await createClient(organization, { email: 'third@example.test' })
    const asHandler = onOrganization(client, organization, { as: cardiologist, inertia: true, from: '/appointments/new' })
    await asHandler.post('/appointments', { date: day(5, 3), time: '09:00', durationMinutes: 20, clientIds: [first.id, second.id] })
    const [appointment] = await appointmentsOf(organization)
    await runQueuedJobs()
    messages.clear()

    await asHandler.put(`/appointments/${appointment.id}`, {
      date: day(5, 3), time: '09:00', durationMinutes: 20, clientIds: [first.id, third.id], personalMessage: 'New note',
    })
    await runQueuedJobs()
    const sentTo = (address: string) => messages.sent(to(address))
    assert.lengthOf(sentTo('first@example.test'), 0)
    assert.include(icalOf(sentTo('second@example.test')[0]), 'METHOD:CANCEL')
    assert.include(icalOf(sentTo('third@example.test')[0]), 'METHOD:REQUEST')
    const [changed] = await appointmentsOf(organization)
    assert.sameMembers(changed.participants.map((p) => p.clientId), [first.id, third.id])
  })

  test('"do not send e-mails" sends nothing and marks the invitees skipped', async ({ client, assert }) => {
    const { messages } = mail.fake()
    const { organization, cardiologist } = await clinic({ do_not_send_emails: true })
    const patient = await createClient(organization)
    await onOrganization(client, organization, { as: cardiologist, inertia: true, from: '/appointments/new' }).post('/appointments', {
      date: day(5, 3), time: '09:00', durationMinutes: 20, clientIds: [patient.id],
    })
    await runQueuedJobs()
    assert.lengthOf(messages.sent(), 0)
    const [appointment] = await appointmentsOf(organization)
    assert.equal(appointment.participants[0].emailStatus, 'skipped')
  })

  test('a quick consultation starts now: its link opens at once', async ({ client, assert }) => {
    const { messages } = mail.fake()
    const { organization, cardiologist } = await clinic()
    const patient = await createClient(organization)
    const response = await onOrganization(client, organization, { as: cardiologist, inertia: true, from: '/appointments/quick' }).post(
      '/appointments/quick',
      { durationMinutes: 15, clientIds: [patient.id] }
    )
    const [appointment] = await appointmentsOf(organization)
    assertRedirect(assert, response, `/appointments/${appointment.id}`)
    assert.equal(appointment.kind, 'quick')
    assert.isBelow(Math.abs(appointment.startsAt.diffNow('minutes').minutes), 2)
    assert.isNull(appointment.reminderDueAt)
    await runQueuedJobs()
    const link = String(messages.sent()[0].nodeMailerMessage.text).match(/https?:\/\/\S+\/visit\/[A-Za-z0-9_-]+/)![0]
    const visit = await client.get(new URL(link).pathname).header('host', new URL(link).host).withInertia().redirects(0)
    assert.equal((visit.inertiaProps as any).state, 'open')
  })
})

test.group('Appointments | who sees what', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('with strictly segregated departments, staff see and change only their departments\' appointments', async ({ client, assert }) => {
    mail.fake()
    const { organization, deptAdmin, cardiologist, oncologist, oncology, cardiology } = await clinic({ strict_department_segregation: true })
    const cardiac = await plannedAppointment(organization, { startsAt: DateTime.utc().plus({ days: 3 }), handler: cardiologist, departmentId: cardiology.id })
    const onco = await plannedAppointment(organization, { startsAt: DateTime.utc().plus({ days: 3 }), handler: oncologist, departmentId: oncology.id })

    for (const user of [deptAdmin, cardiologist]) {
      const as = onOrganization(client, organization, { as: user, inertia: true })
      const list = await as.get('/appointments')
      assert.deepEqual((list.inertiaProps as any).appointments.map((a: any) => a.id), [cardiac.appointment.id], user.fullName)
      assert.equal((await as.get(`/appointments/${onco.appointment.id}`)).status(), 404)
      assert.equal((await as.get(`/appointments/${onco.appointment.id}/edit`)).status(), 404)
      assert.equal((await as.post(`/appointments/${onco.appointment.id}/cancel`)).status(), 404)
      assert.equal((await as.get(`/appointments/${cardiac.appointment.id}`)).status(), 200)
    }
    const [, stillThere] = await appointmentsOf(organization)
    assert.equal(stillThere.status, 'scheduled')

    /* a whole department as the holder of an appointment */
    const patient = await createClient(organization, { departmentId: cardiology.id })
    const asAdmin = onOrganization(client, organization, { as: deptAdmin, inertia: true, from: '/appointments/new' })
    await asAdmin.post('/appointments', { departmentId: cardiology.id, date: day(5, 3), time: '09:00', durationMinutes: 20, clientIds: [patient.id] })
    const departmentAppointment = (await appointmentsOf(organization)).find((a) => a.handlerId === null)!
    assert.equal(departmentAppointment.departmentId, cardiology.id)
    const foreign = await asAdmin.post('/appointments', { departmentId: oncology.id, date: day(5, 3), time: '10:00', durationMinutes: 20, clientIds: [patient.id] })
    assert.equal(fieldErrors(foreign).departmentId[0], 'Choose one of your departments.')
  })

  test('a handler cannot change a colleague\'s appointment; an org admin can', async ({ client, assert }) => {
    mail.fake()
    const { organization, cardiologist, oncologist, orgAdmin } = await clinic()
    const theirs = await plannedAppointment(organization, { startsAt: DateTime.utc().plus({ days: 3 }), handler: oncologist })
    const asHandler = onOrganization(client, organization, { as: cardiologist, inertia: true })
    assert.equal((await asHandler.get(`/appointments/${theirs.appointment.id}`)).status(), 200, 'visible without segregation')
    const refused = await asHandler.with({ from: `/appointments/${theirs.appointment.id}` }).post(`/appointments/${theirs.appointment.id}/cancel`)
    assertBackTo(assert, refused, `/appointments/${theirs.appointment.id}`)
    assert.property(refused.flashMessages() ?? {}, 'error')
    assert.equal((await appointmentsOf(organization))[0].status, 'scheduled')
    const asAdmin = onOrganization(client, organization, { as: orgAdmin, inertia: true })
    assertRedirect(assert, await asAdmin.post(`/appointments/${theirs.appointment.id}/cancel`))
  })

  test('another organization\'s appointments and sessions get nothing', async ({ client, assert }) => {
    mail.fake()
    const { organization, cardiologist } = await clinic()
    const other = await clinic()
    const theirs = await plannedAppointment(other.organization, { startsAt: DateTime.utc().plus({ days: 3 }), handler: other.cardiologist })
    const patientThere = await createClient(other.organization)
    const as = onOrganization(client, organization, { as: cardiologist, inertia: true, from: '/appointments/new' })

    for (const path of [`/appointments/${theirs.appointment.id}`, `/appointments/${theirs.appointment.id}/edit`]) {
      assert.equal((await as.get(path)).status(), 404, path)
    }
    assert.equal((await as.post(`/appointments/${theirs.appointment.id}/cancel`)).status(), 404)
    assert.equal((await as.put(`/appointments/${theirs.appointment.id}`, { date: day(5, 3), time: '09:00', durationMinutes: 20, clientIds: [patientThere.id] })).status(), 404)
    const foreignClient = await as.post('/appointments', { date: day(5, 3), time: '09:00', durationMinutes: 20, clientIds: [patientThere.id] })
    assert.equal(fieldErrors(foreignClient).clientIds[0], 'One of the chosen clients no longer exists or is not visible to you.')
    const foreignHandler = await as.post('/appointments', { handlerId: other.cardiologist.id, date: day(5, 3), time: '09:00', durationMinutes: 20, clientIds: [] })
    assert.property(fieldErrors(foreignHandler), 'handlerId')

    /* this organization's session on the other organization's subdomain is not logged in there */
    const crossSession = await onOrganization(client, other.organization, { as: cardiologist }).get('/appointments')
    assert.oneOf(crossSession.status(), [302, 303, 401, 403, 404])
    assert.notEqual(crossSession.status(), 200)
    const [untouched] = await appointmentsOf(other.organization)
    assert.equal(untouched.status, 'scheduled')
  })

  test('every agenda page answers for each role', async ({ client, assert }) => {
    const { organization, deptAdmin, cardiologist, orgAdmin } = await clinic()
    for (const user of [orgAdmin, deptAdmin, cardiologist]) {
      const as = onOrganization(client, organization, { as: user, inertia: true })
      for (const path of ['/agenda/today', '/appointments', '/appointments/new', '/appointments/quick']) {
        assert.equal((await as.get(path)).status(), 200, `${user.role} ${path}`)
      }
    }
    const visitor = await onOrganization(client, organization).get('/appointments')
    assertRedirect(assert, visitor)
  })
})
