import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import { SMTPTransport } from '@adonisjs/mail/transports/smtp'
import tenancy from '#core/tenancy/tenancy'
import AuditLog from '#models/audit_log'
import Appointment from '#modules/agenda/models/appointment'
import AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import Client from '#modules/agenda/models/client'
import ReminderDispatcher from '#modules/agenda/services/reminder_dispatcher'
import AppointmentAnonymizer from '#modules/agenda/services/appointment_anonymizer'
import { createDepartment, createOrganization, createUser } from '#tests/support/world'
import { onOrganization } from '#tests/support/requests'
import { createClient, plannedAppointment } from '#modules/agenda/tests/support/agenda_world'
import { startSmtpServer } from '#modules/agenda/tests/support/smtp_server'
import { runQueuedJobs } from '#tests/support/queue'

const nextYear = DateTime.utc().year + 1

test.group('Appointments | the access link', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('opens from 60 minutes before the start to 60 minutes after the end', async ({ client, assert }) => {
    const organization = await createOrganization({ contactPhone: '+31 20 123 4567' })
    const handler = await createUser(organization, 'handler', { fullName: 'Dr. Vos' })
    const now = DateTime.utc()
    const cases = [
      { startsAt: now.plus({ minutes: 75 }), state: 'too_early', status: 200 },
      { startsAt: now.plus({ minutes: 55 }), state: 'open', status: 200 },
      { startsAt: now.minus({ minutes: 70 }), state: 'open', status: 200 },
      { startsAt: now.minus({ minutes: 90 }), state: 'too_late', status: 410 },
    ]
    for (const expected of cases) {
      const { token } = await plannedAppointment(organization, { startsAt: expected.startsAt, durationMinutes: 20, handler })
      const response = await onOrganization(client, organization, { inertia: true }).get(`/visit/${token}`)
      assert.equal(response.status(), expected.status, expected.state)
      assert.equal((response.inertiaProps as any).state, expected.state)
    }
  })

  test('too early says when the waiting room opens, in the organization\'s time and the invitee\'s language', async ({ client, assert }) => {
    const organization = await createOrganization({ timezone: 'Europe/Warsaw' })
    const patient = await createClient(organization, { locale: 'pl' })
    const startsAt = DateTime.fromISO(`${nextYear}-01-15T10:00`, { zone: 'Europe/Warsaw' })
    const { token } = await plannedAppointment(organization, { startsAt, client: patient })
    const response = await onOrganization(client, organization, { inertia: true }).get(`/visit/${token}`)
    const props = response.inertiaProps as any
    assert.equal(props.state, 'too_early')
    assert.equal(props.appointment.opensTime, '09:00')
    assert.equal(props.appointment.time, '10:00')
    assert.equal(props.locale, 'pl')
  })

  test('a cancelled appointment\'s link says so, with how to reach the practice', async ({ client, assert }) => {
    const organization = await createOrganization({ contactPhone: '+31 20 123 4567', contactEmail: 'desk@clinic.test' })
    const { token } = await plannedAppointment(organization, { startsAt: DateTime.utc().plus({ minutes: 10 }), status: 'cancelled' })
    const response = await onOrganization(client, organization, { inertia: true }).get(`/visit/${token}`)
    assert.equal(response.status(), 410)
    assert.equal((response.inertiaProps as any).state, 'cancelled')
    assert.equal((response.inertiaProps as any).contact.phone, '+31 20 123 4567')
  })

  test('an unknown token, or one of another organization, finds nothing', async ({ client, assert }) => {
    const organization = await createOrganization()
    const other = await createOrganization()
    const { token } = await plannedAppointment(other, { startsAt: DateTime.utc().plus({ minutes: 10 }) })
    for (const path of [`/visit/${token}`, '/visit/not-a-real-token-at-all-xxxxxxxx', '/visit/short']) {
      const response = await onOrganization(client, organization, { inertia: true }).get(path)
      assert.equal(response.status(), 404, path)
      assert.equal((response.inertiaProps as any).state, 'invalid')
    }
    const own = await onOrganization(client, other, { inertia: true }).get(`/visit/${token}`)
    assert.equal((own.inertiaProps as any).state, 'open')
  })
})

test.group('Appointments | reminders', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('the reminder goes out at 07:00 on the day, once, however often the job runs', async ({ client, assert }) => {
    const { messages } = mail.fake()
    const organization = await createOrganization()
    const handler = await createUser(organization, 'handler')
    const patient = await createClient(organization, { email: 'remind@example.test' })
    const date = `${nextYear}-02-10`
    await onOrganization(client, organization, { as: handler, inertia: true, from: '/appointments/new' }).post('/appointments', {
      date, time: '15:00', durationMinutes: 20, clientIds: [patient.id],
    })
    const appointment = await tenancy.run(organization, () => Appointment.firstOrFail())
    /* Amsterdam is UTC+1 in February: 07:00 local is 06:00 UTC */
    assert.equal(appointment.reminderDueAt!.toUTC().toISO(), `${date}T06:00:00.000Z`)
    await runQueuedJobs()
    messages.clear()

    const dispatcher = new ReminderDispatcher()
    const before = await dispatcher.run(DateTime.fromISO(`${date}T05:59:00Z`))
    assert.equal(before.emails, 0, 'not before it is due')

    const at = DateTime.fromISO(`${date}T06:02:00Z`)
    /* a second worker (or a restarted one) running the same round finds the claim taken */
    const first = await dispatcher.run(at)
    const second = await new ReminderDispatcher().run(at)
    assert.equal(first.appointments, 1)
    assert.equal(second.appointments, 0)
    assert.equal((await dispatcher.run(at.plus({ minutes: 5 }))).appointments, 0, 'a later run finds nothing left')
    await runQueuedJobs()
    const reminders = messages.sent((message) => JSON.stringify(message.nodeMailerMessage.to ?? '').includes('remind@example.test'))
    assert.lengthOf(reminders, 1)
    assert.include(String(reminders[0].nodeMailerMessage.text), '/visit/')
  })

  test('no reminder for a cancelled appointment, nor for one planned on the day itself', async ({ client, assert }) => {
    const { messages } = mail.fake()
    const organization = await createOrganization()
    const handler = await createUser(organization, 'handler')
    const patient = await createClient(organization)
    const as = onOrganization(client, organization, { as: handler, inertia: true, from: '/appointments/new' })
    const later = DateTime.utc().setZone('Europe/Amsterdam').plus({ days: 2 }).set({ hour: 11, minute: 0 })
    await as.post('/appointments', { date: later.toISODate(), time: '11:00', durationMinutes: 20, clientIds: [patient.id] })
    const appointment = await tenancy.run(organization, () => Appointment.firstOrFail())
    await as.post(`/appointments/${appointment.id}/cancel`)
    await runQueuedJobs()
    messages.clear()
    const result = await new ReminderDispatcher().run(later.toUTC().minus({ hours: 1 }))
    assert.equal(result.emails, 0)
    await runQueuedJobs()
    assert.lengthOf(messages.sent(), 0)

    const soon = DateTime.utc().setZone('Europe/Amsterdam').plus({ minutes: 150 })
    if (soon.toISODate() === DateTime.utc().setZone('Europe/Amsterdam').toISODate()) {
      await as.post('/appointments', { date: soon.toISODate(), time: soon.toFormat('HH:mm'), durationMinutes: 20, clientIds: [patient.id] })
      const sameDay = await tenancy.run(organization, async () => await Appointment.query().where('status', 'scheduled').firstOrFail())
      assert.isNull(sameDay.reminderDueAt)
    }
  })
})

test.group('Appointments | undeliverable e-mail', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a refused address marks the invitee failed and tells the department admin, else the org admin, why', async ({ client, assert }) => {
    const smtp = await startSmtpServer(['nobody@bounce.test'])
    const previousDefault = mail.config.default
    ;(mail.config.mailers as any).bounceTest = () => new SMTPTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true })
    mail.config.default = 'bounceTest' as any
    try {
      const organization = await createOrganization()
      const cardiology = await createDepartment(organization, 'Cardiology')
      const deptAdmin = await createUser(organization, 'dept_admin', { email: 'dept-admin@clinic.test', departments: [cardiology] })
      await createUser(organization, 'org_admin', { email: 'org-admin@clinic.test' })
      const handler = await createUser(organization, 'handler', { departments: [cardiology] })
      const patient = await createClient(organization, { email: 'nobody@bounce.test' })
      await onOrganization(client, organization, { as: handler, inertia: true, from: '/appointments/new' }).post('/appointments', {
        date: `${nextYear}-03-03`, time: '10:00', durationMinutes: 20, clientIds: [patient.id],
      })
      await runQueuedJobs()
      const participant = await tenancy.run(organization, () => AppointmentParticipant.firstOrFail())
      assert.equal(participant.emailStatus, 'failed')
      assert.include(participant.emailError!, '550 5.1.1')

      const notices = smtp.received.filter((message) => message.to.includes('dept-admin@clinic.test'))
      assert.lengthOf(notices, 1)
      assert.include(notices[0].data, 'nobody@bounce.test')
      assert.include(notices[0].data, 'User unknown')
      assert.isFalse(smtp.received.some((message) => message.to.includes('org-admin@clinic.test')), 'the department admin is enough')
      assert.equal(deptAdmin.role, 'dept_admin')

      /* an appointment of a handler without a department: the org admin is told */
      const loner = await createUser(organization, 'handler')
      await onOrganization(client, organization, { as: loner, inertia: true, from: '/appointments/new' }).post('/appointments', {
        date: `${nextYear}-03-04`, time: '10:00', durationMinutes: 20, clientIds: [patient.id],
      })
      await runQueuedJobs()
      const toOrgAdmin = smtp.received.filter((message) => message.to.includes('org-admin@clinic.test'))
      assert.lengthOf(toOrgAdmin, 1)
      assert.include(toOrgAdmin[0].data, 'nobody@bounce.test')
    } finally {
      mail.config.default = previousDefault
      await mail.close('bounceTest' as any)
      delete (mail.config.mailers as any).bounceTest
      await smtp.close()
    }
  })
})

test.group('Appointments | anonymization', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('strips every trace of the invitees from old appointments, keeps date, time, duration and handler; idempotent', async ({ assert }) => {
    const organization = await createOrganization({ settings: { anonymize_appointments: true, anonymize_after_days: 30 } })
    const untouchedOrganization = await createOrganization()
    const handler = await createUser(organization, 'handler')
    const now = DateTime.utc()
    const old = await plannedAppointment(organization, { startsAt: now.minus({ days: 45 }), durationMinutes: 25, handler })
    await tenancy.run(organization, async () => await Appointment.query().where('id', old.appointment.id).update({ personal_message: null }))
    const recent = await plannedAppointment(organization, { startsAt: now.minus({ days: 10 }), handler })
    const elsewhere = await plannedAppointment(untouchedOrganization, { startsAt: now.minus({ days: 400 }) })

    const result = await new AppointmentAnonymizer().run(now)
    assert.deepEqual(result, { organizations: 1, appointments: 1 })

    const anonymized = await tenancy.run(organization, async () => await Appointment.query().where('id', old.appointment.id).preload('participants').firstOrFail())
    assert.isNotNull(anonymized.anonymizedAt)
    assert.lengthOf(anonymized.participants, 0)
    assert.isNull(anonymized.personalMessage)
    assert.equal(anonymized.durationMinutes, 25)
    assert.equal(anonymized.handlerId, handler.id)
    assert.equal(anonymized.startsAt.toUTC().startOf('second').toISO(), old.appointment.startsAt.toUTC().startOf('second').toISO())

    const kept = await tenancy.run(organization, async () => await Appointment.query().where('id', recent.appointment.id).preload('participants').firstOrFail())
    assert.lengthOf(kept.participants, 1)
    const foreign = await tenancy.run(untouchedOrganization, async () => await AppointmentParticipant.query().where('appointment_id', elsewhere.appointment.id))
    assert.lengthOf(foreign, 1, 'organizations that did not switch it on keep everything')

    /* the old link no longer leads anywhere */
    const stillClient = await tenancy.run(organization, () => Client.find(old.client.id))
    assert.isNotNull(stillClient, 'the client record itself stays in the client list')

    assert.deepEqual(await new AppointmentAnonymizer().run(now), { organizations: 0, appointments: 0 })
    const log = await tenancy.run(organization, async () => await AuditLog.query().where('action', 'appointment.anonymized'))
    assert.lengthOf(log, 1)
  })
})
