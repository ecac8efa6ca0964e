import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import clock from '#core/clock'
import tenancy from '#core/tenancy/tenancy'
import Group from '#models/group'
import AuditLog from '#models/audit_log'
import type Organization from '#models/organization'
import type User from '#models/user'
import type { ApiClient } from '@japa/api-client'
import ExternalParticipant from '#modules/agenda/models/external_participant'
import AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import Consultation from '#modules/consultation/models/consultation'
import ConsultationParticipant from '#modules/consultation/models/consultation_participant'
import RoomService from '#modules/consultation/services/room_service'
import WalkInAvailability from '#modules/consultation/models/walk_in_availability'
import { WALK_IN_MAX_HOURS } from '#modules/consultation/services/walk_in_service'
import { createDepartment, createOrganization, createUser } from '#tests/support/world'
import { onOrganization } from '#tests/support/requests'
import { runQueuedJobs } from '#tests/support/queue'
import { createClient, plannedAppointment } from '#modules/agenda/tests/support/agenda_world'

const DISCLAIMER = 'Video consultations are not recorded.\nYou take part from a private place.'

async function clinic(settings: Record<string, unknown> = {}) {
  const organization = await createOrganization({ settings })
  const cardiology = await createDepartment(organization, 'Cardiology')
  const cardiologist = await createUser(organization, 'handler', { fullName: 'Carla Cardio', departments: [cardiology] })
  const colleague = await createUser(organization, 'handler', { fullName: 'Otto Other', departments: [cardiology] })
  const admin = await createUser(organization, 'org_admin', { fullName: 'Anna Admin' })
  return { organization, cardiology, cardiologist, colleague, admin }
}

async function runningAppointment(organization: Organization, handler: Awaited<ReturnType<typeof createUser>>, departmentId: number) {
  return plannedAppointment(organization, { startsAt: DateTime.utc().minus({ minutes: 5 }), durationMinutes: 30, handler, departmentId })
}

async function externalParticipant(organization: Organization, attributes: Partial<ExternalParticipant> = {}) {
  return tenancy.run(organization, () =>
    ExternalParticipant.create({
      initials: 'H.',
      lastName: 'Homecare',
      dateOfBirth: '1970-01-01',
      email: `home-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@example.test`,
      clientNumber: null,
      phone: null,
      locale: null,
      ...attributes,
    })
  )
}

/** JSON requests of an employee (or nobody), as the room's fetch() sends them */
function asStaff(client: ApiClient, organization: Organization, user?: User) {
  const requests = onOrganization(client, organization, user ? { as: user } : {})
  return {
    get: (path: string) => requests.get(path).accept('json'),
    post: (path: string, body?: Record<string, unknown>) => requests.post(path, body).accept('json'),
  }
}

const recordsOf = (organization: Organization, appointmentParticipantId: number) =>
  tenancy.run(organization, async () => await ConsultationParticipant.query().where('appointment_participant_id', appointmentParticipantId))

test.group('Waiting room | disclaimer', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('with a disclaimer the patient must accept it before checking in; the acceptance is recorded once and not asked again', async ({ client, assert }) => {
    const { organization, cardiologist, cardiology } = await clinic({ disclaimer: true, disclaimer_text: DISCLAIMER })
    const { participant, token } = await runningAppointment(organization, cardiologist, cardiology.id)
    const visitor = onOrganization(client, organization)

    const page = await onOrganization(client, organization, { inertia: true }).get(`/visit/${token}`)
    page.assertStatus(200)
    assert.deepEqual((page.inertiaProps as any).waitingRoom.disclaimer, { text: DISCLAIMER, accepted: false })

    const refused = await visitor.post(`/visit/${token}/check-in`)
    refused.assertStatus(409)
    assert.equal(refused.body().error, 'disclaimer_required')
    const list = await onOrganization(client, organization, { as: cardiologist }).get('/waiting-room/list')
    assert.lengthOf(list.body().waiting, 0, 'nobody waits before accepting')

    const accepted = await visitor.post(`/visit/${token}/disclaimer`)
    accepted.assertStatus(200)
    const [record] = await recordsOf(organization, participant.id)
    assert.isNotNull(record.disclaimerAcceptedAt)
    assert.isBelow(Math.abs(record.disclaimerAcceptedAt!.toMillis() - DateTime.fromISO(accepted.body().acceptedAt).toMillis()), 1000)
    const first = record.disclaimerAcceptedAt!.toMillis()

    /* accepting again (a double click, a retry) keeps the first moment */
    ;(await visitor.post(`/visit/${token}/disclaimer`)).assertStatus(200)
    const [again] = await recordsOf(organization, participant.id)
    assert.equal(again.disclaimerAcceptedAt!.toMillis(), first)

    /* a reload does not ask again, and the patient may now wait */
    const reloaded = await onOrganization(client, organization, { inertia: true }).get(`/visit/${token}`)
    assert.deepEqual((reloaded.inertiaProps as any).waitingRoom.disclaimer, { text: DISCLAIMER, accepted: true })
    const checkIn = await visitor.post(`/visit/${token}/check-in`)
    checkIn.assertStatus(200)
    assert.isFalse(checkIn.body().admitted)
    const waiting = await onOrganization(client, organization, { as: cardiologist }).get('/waiting-room/list')
    assert.lengthOf(waiting.body().waiting, 1)
  })

  test('without a disclaimer nothing is asked and there is nothing to accept', async ({ client, assert }) => {
    for (const settings of [{}, { disclaimer: false, disclaimer_text: DISCLAIMER }, { disclaimer: true, disclaimer_text: '   ' }]) {
      const { organization, cardiologist, cardiology } = await clinic(settings)
      const { participant, token } = await runningAppointment(organization, cardiologist, cardiology.id)
      const page = await onOrganization(client, organization, { inertia: true }).get(`/visit/${token}`)
      assert.isNull((page.inertiaProps as any).waitingRoom.disclaimer, JSON.stringify(settings))
      const accept = await onOrganization(client, organization).post(`/visit/${token}/disclaimer`)
      accept.assertStatus(404)
      assert.equal(accept.body().error, 'no_disclaimer')
      ;(await onOrganization(client, organization).post(`/visit/${token}/check-in`)).assertStatus(200)
      const [record] = await recordsOf(organization, participant.id)
      assert.isNull(record.disclaimerAcceptedAt)
    }
  })

  test('a closed link, an unknown token or another organization\'s token accepts nothing', async ({ client, assert }) => {
    const { organization, cardiologist, cardiology } = await clinic({ disclaimer: true, disclaimer_text: DISCLAIMER })
    const other = await createOrganization({ settings: { disclaimer: true, disclaimer_text: DISCLAIMER } })
    const tomorrow = await plannedAppointment(organization, { startsAt: DateTime.utc().plus({ days: 1 }), handler: cardiologist, departmentId: cardiology.id })
    const running = await runningAppointment(organization, cardiologist, cardiology.id)

    const early = await onOrganization(client, organization).post(`/visit/${tomorrow.token}/disclaimer`)
    early.assertStatus(410)
    ;(await onOrganization(client, organization).post('/visit/not-a-real-token-at-all-xxxxxxxx/disclaimer')).assertStatus(404)
    ;(await onOrganization(client, other).post(`/visit/${running.token}/disclaimer`)).assertStatus(404)
    assert.lengthOf(await recordsOf(organization, tomorrow.participant.id), 0)
    assert.lengthOf(await recordsOf(organization, running.participant.id), 0)
  })
})

test.group('Waiting room | what the organization switched on', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('explainer, own frame and chat follow the advanced settings', async ({ client, assert }) => {
    const cases: [Record<string, unknown>, Record<string, unknown>][] = [
      [{}, { explainer: false, iframeUrl: null, chat: true }],
      [
        { explainer_animation: true, waiting_room_iframe: true, waiting_room_iframe_url: 'https://info.example.org/wait', chat_in_waiting_room: false },
        { explainer: true, iframeUrl: 'https://info.example.org/wait', chat: false },
      ],
      /* an address without its switch, or not a web address, frames nothing */
      [{ waiting_room_iframe: false, waiting_room_iframe_url: 'https://info.example.org/wait' }, { iframeUrl: null }],
      [{ waiting_room_iframe: true, waiting_room_iframe_url: 'javascript:alert(1)' }, { iframeUrl: null }],
    ]
    for (const [settings, expected] of cases) {
      const { organization, cardiologist, cardiology } = await clinic(settings)
      const { participant, token } = await runningAppointment(organization, cardiologist, cardiology.id)
      const page = await onOrganization(client, organization, { inertia: true }).get(`/visit/${token}`)
      const waitingRoom = (page.inertiaProps as any).waitingRoom
      assert.containsSubset(waitingRoom, { ...expected, organizationName: organization.name, uid: `p${participant.id}` }, JSON.stringify(settings))
    }
  })

  test('pages outside the access window carry no waiting-room extras', async ({ client, assert }) => {
    const { organization, cardiologist, cardiology } = await clinic({ explainer_animation: true, disclaimer: true, disclaimer_text: DISCLAIMER })
    const { token } = await plannedAppointment(organization, { startsAt: DateTime.utc().plus({ days: 1 }), handler: cardiologist, departmentId: cardiology.id })
    const page = await onOrganization(client, organization, { inertia: true }).get(`/visit/${token}`)
    assert.equal((page.inertiaProps as any).state, 'too_early')
    assert.isNull((page.inertiaProps as any).waitingRoom)
  })
})

test.group('Consultation room | adding a participant', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('the practitioner adds an external participant: a working link at once, and the confirmation e-mail', async ({ client, assert }) => {
    const { messages } = mail.fake()
    const { organization, cardiologist, cardiology } = await clinic()
    const { appointment } = await runningAppointment(organization, cardiologist, cardiology.id)
    const helper = await externalParticipant(organization, { email: 'helper@example.test' })

    const response = await asStaff(client, organization, cardiologist).post(
      `/appointments/${appointment.id}/room/participants`,
      { externalParticipantId: helper.id }
    )
    response.assertStatus(201)
    const [added] = response.body().participants
    assert.containsSubset(added, { name: 'H. Homecare', role: 'external', added: true })
    const token = String(added.link).match(/\/visit\/([A-Za-z0-9_-]+)$/)![1]

    /* the link works now: the waiting room opens */
    const page = await onOrganization(client, organization, { inertia: true }).get(`/visit/${token}`)
    assert.equal((page.inertiaProps as any).state, 'open')

    await runQueuedJobs()
    const sent = messages.sent((message) => JSON.stringify(message.nodeMailerMessage.to).includes('helper@example.test'))
    assert.lengthOf(sent, 1)
    assert.include(String(sent[0].nodeMailerMessage.text), added.link)

    const audit = await tenancy.run(organization, async () => await AuditLog.query().where('action', 'appointment.updated').firstOrFail())
    assert.deepEqual(audit.changes, { added: 1, removed: 0 })
    assert.notInclude(JSON.stringify(audit), 'helper@example.test', 'no personal data in the audit log')

    /* adding the same person again gives the same link and no second e-mail */
    const again = await asStaff(client, organization, cardiologist).post(
      `/appointments/${appointment.id}/room/participants`,
      { externalParticipantId: helper.id }
    )
    again.assertStatus(201)
    assert.containsSubset(again.body().participants[0], { link: added.link, added: false })
    await runQueuedJobs()
    assert.lengthOf(messages.sent((message) => JSON.stringify(message.nodeMailerMessage.to).includes('helper@example.test')), 1)
  })

  test('a new person by name and e-mail becomes an external participant, once', async ({ client, assert }) => {
    mail.fake()
    const { organization, cardiologist, cardiology } = await clinic()
    const { appointment } = await runningAppointment(organization, cardiologist, cardiology.id)
    const asHandler = asStaff(client, organization, cardiologist)
    const person = { initials: 'I.', lastName: 'Interpreter', email: 'Interpreter@Example.test' }

    const first = await asHandler.post(`/appointments/${appointment.id}/room/participants`, { newPerson: person })
    first.assertStatus(201)
    assert.containsSubset(first.body().participants[0], { name: 'I. Interpreter', role: 'external', added: true })
    const second = await asHandler.post(`/appointments/${appointment.id}/room/participants`, { newPerson: person })
    assert.containsSubset(second.body().participants[0], { link: first.body().participants[0].link, added: false })
    const people = await tenancy.run(organization, async () => await ExternalParticipant.query().where('email', 'interpreter@example.test'))
    assert.lengthOf(people, 1)
    assert.equal(people[0].dateOfBirth, '', 'the date of birth is unknown')
  })

  test('an existing client and a whole group can be added', async ({ client, assert }) => {
    mail.fake()
    const { organization, admin, cardiologist, cardiology } = await clinic()
    const { appointment } = await runningAppointment(organization, cardiologist, cardiology.id)
    const partner = await createClient(organization, { initials: 'P.', lastName: 'Partner' })
    const family = await tenancy.run(organization, () => Group.create({ name: 'Family' }))
    const mother = await externalParticipant(organization, { initials: 'M.', lastName: 'Mother' })
    const brother = await externalParticipant(organization, { initials: 'B.', lastName: 'Brother' })
    await tenancy.run(organization, async () => {
      await mother.related('groups').attach([family.id])
      await brother.related('groups').attach([family.id])
    })
    const asAdmin = asStaff(client, organization, admin)

    const groups = await asAdmin.get(`/appointments/${appointment.id}/room/groups`)
    assert.deepEqual(groups.body().groups, [{ id: family.id, name: 'Family' }])

    const withClient = await asAdmin.post(`/appointments/${appointment.id}/room/participants`, { clientId: partner.id })
    assert.containsSubset(withClient.body().participants, [{ name: 'P. Partner', role: 'client', added: true }])
    const withGroup = await asAdmin.post(`/appointments/${appointment.id}/room/participants`, { groupId: family.id })
    withGroup.assertStatus(201)
    assert.sameMembers(
      withGroup.body().participants.map((p: any) => p.name),
      ['M. Mother', 'B. Brother']
    )
    const invited = await tenancy.run(organization, async () => await AppointmentParticipant.query().where('appointment_id', appointment.id))
    assert.lengthOf(invited, 4)
    assert.sameMembers(
      invited.filter((p) => p.role === 'external').map((p) => p.groupId),
      [family.id, family.id]
    )
  })

  test('who may add: the holder and admins; a colleague 403, another organization 404, nobody logged in is sent to log in', async ({ client, assert }) => {
    mail.fake()
    const { organization, admin, cardiologist, colleague, cardiology } = await clinic()
    const { appointment } = await runningAppointment(organization, cardiologist, cardiology.id)
    const other = await clinic()
    const helper = await externalParticipant(organization)
    const body = { externalParticipantId: helper.id }
    const path = `/appointments/${appointment.id}/room/participants`

    ;(await asStaff(client, organization, colleague).post(path, body)).assertStatus(403)
    ;(await asStaff(client, organization, colleague).get(`/appointments/${appointment.id}/room/groups`)).assertStatus(403)
    ;(await asStaff(client, other.organization, other.admin).post(path, body)).assertStatus(404)
    ;(await asStaff(client, other.organization, other.admin).get(`/appointments/${appointment.id}/room/groups`)).assertStatus(404)
    const anonymous = await onOrganization(client, organization).post(path, body)
    assert.oneOf(anonymous.status(), [302, 401])
    /* an external participant of another organization is not found */
    const foreign = await externalParticipant(other.organization)
    const refused = await asStaff(client, organization, admin).post(path, { externalParticipantId: foreign.id })
    refused.assertStatus(422)
    const invited = await tenancy.run(organization, async () => await AppointmentParticipant.query().where('appointment_id', appointment.id))
    assert.lengthOf(invited, 1, 'only the client, nobody added')

    ;(await asStaff(client, organization, admin).post(path, body)).assertStatus(201)
  })

  test('refused: nothing or two choices, and an appointment whose link is not open', async ({ client, assert }) => {
    mail.fake()
    const { organization, cardiologist, cardiology } = await clinic()
    const { appointment } = await runningAppointment(organization, cardiologist, cardiology.id)
    const tomorrow = await plannedAppointment(organization, { startsAt: DateTime.utc().plus({ days: 1 }), handler: cardiologist, departmentId: cardiology.id })
    const helper = await externalParticipant(organization)
    const asHandler = asStaff(client, organization, cardiologist)

    const none = await asHandler.post(`/appointments/${appointment.id}/room/participants`, {})
    none.assertStatus(422)
    assert.equal(none.body().errors[0].message, 'Choose one person or one group.')
    ;(await asHandler.post(`/appointments/${appointment.id}/room/participants`, { externalParticipantId: helper.id, groupId: 1 })).assertStatus(422)
    const bad = await asHandler.post(`/appointments/${appointment.id}/room/participants`, { newPerson: { initials: 'X', lastName: 'Y', email: 'not-an-email' } })
    bad.assertStatus(422)
    const early = await asHandler.post(`/appointments/${tomorrow.appointment.id}/room/participants`, { externalParticipantId: helper.id })
    early.assertStatus(422)
    assert.equal(early.body().errors[0].message, "People can be added only while the appointment's link is open.")
  })
})

test.group('Consultation room | external participants enter only with the client', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.teardown(() => {
    mail.restore()
  })

  test('an external participant is not let in while the client is not in the room, and is once the client joined', async ({ client, assert }) => {
    mail.fake()
    const { organization, cardiologist, cardiology } = await clinic()
    const { appointment, participant: clientInvitee, token: clientToken } = await runningAppointment(organization, cardiologist, cardiology.id)
    const helper = await externalParticipant(organization)
    const asHandler = asStaff(client, organization, cardiologist)
    const added = await asHandler.post(`/appointments/${appointment.id}/room/participants`, { externalParticipantId: helper.id })
    const helperToken = String(added.body().participants[0].link).match(/\/visit\/([A-Za-z0-9_-]+)$/)![1]

    /* both wait */
    ;(await onOrganization(client, organization).post(`/visit/${helperToken}/check-in`)).assertStatus(200)
    ;(await onOrganization(client, organization).post(`/visit/${clientToken}/check-in`)).assertStatus(200)
    const list = (await asHandler.get('/waiting-room/list')).body().waiting as any[]
    const helperEntry = list.find((entry) => entry.role === 'external')
    const clientEntry = list.find((entry) => entry.role === 'client')

    const refused = await asHandler.post(`/waiting-room/${helperEntry.id}/admit`)
    refused.assertStatus(409)
    assert.equal(refused.body().error, 'client_not_present')
    assert.isFalse((await onOrganization(client, organization).post(`/visit/${helperToken}/check-in`)).body().admitted)

    /* the client is brought in: admitted, but not yet in the media session */
    ;(await asHandler.post(`/waiting-room/${clientEntry.id}/admit`)).assertStatus(204)
    ;(await asHandler.post(`/waiting-room/${helperEntry.id}/admit`)).assertStatus(409)

    /* the client joins the media session (the relay's join hook) */
    const consultation = await tenancy.run(organization, async () => await Consultation.query().where('appointment_id', appointment.id).firstOrFail())
    const clientClaims = { sid: consultation.mediaSession, uid: `p${clientInvitee.id}`, name: 'client', role: 'client' as const, org: organization.id, exp: 0 }
    const connection = await new RoomService().joined(clientClaims)
    assert.isString(connection)
    ;(await asHandler.post(`/waiting-room/${helperEntry.id}/admit`)).assertStatus(204)
    ;(await onOrganization(client, organization).post(`/visit/${helperToken}/room/ticket`)).assertStatus(200)

    /* the client leaves (the relay's leave hook): a ticket for the external participant is refused again */
    await new RoomService().left(clientClaims, connection as string)
    const ticket = await onOrganization(client, organization).post(`/visit/${helperToken}/room/ticket`)
    ticket.assertStatus(409)
    assert.equal(ticket.body().error, 'client_not_present')
  })
})

test.group('Walk-in availability', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.teardown(() => clock.reset())

  test('each employee switches their own; colleagues see it; it goes off by itself', async ({ client, assert }) => {
    const { organization, cardiologist, colleague } = await clinic()
    const other = await clinic()
    const asHandler = asStaff(client, organization, cardiologist)

    const off = await asHandler.get('/walk-in')
    off.assertStatus(200)
    assert.deepEqual(off.body(), { available: false, until: null, availableStaff: [] })

    const on = await asHandler.post('/walk-in', { available: true })
    on.assertStatus(200)
    assert.isTrue(on.body().available)
    const until = DateTime.fromISO(on.body().until)
    const now = DateTime.utc()
    const midnight = now.setZone(organization.timezone).endOf('day')
    const expected = DateTime.min(now.plus({ hours: WALK_IN_MAX_HOURS }), midnight)
    assert.isBelow(Math.abs(until.toMillis() - expected.toMillis()), 5000, 'four hours, never past midnight')

    /* a colleague sees it, without being available themselves */
    const seen = (await asStaff(client, organization, colleague).get('/walk-in')).body()
    assert.isFalse(seen.available)
    assert.deepEqual(seen.availableStaff.map((entry: any) => entry.name), ['Carla Cardio'])

    /* another organization sees nobody */
    const elsewhere = (await asStaff(client, other.organization, other.cardiologist).get('/walk-in')).body()
    assert.deepEqual(elsewhere.availableStaff, [])

    /* past the end it is off, without anyone switching */
    clock.travelTo(until.plus({ minutes: 1 }))
    const later = (await asHandler.get('/walk-in')).body()
    assert.isFalse(later.available)
    assert.deepEqual(later.availableStaff, [])
    clock.reset()

    /* switching off removes it */
    await asHandler.post('/walk-in', { available: true })
    const switchedOff = await asHandler.post('/walk-in', { available: false })
    assert.deepEqual(switchedOff.body(), { available: false, until: null, availableStaff: [] })
  })

  test('a session of another organization switches nothing here; bad input is refused', async ({ client, assert }) => {
    const { organization, cardiologist } = await clinic()
    const other = await clinic()
    const foreign = await asStaff(client, organization, other.cardiologist).post('/walk-in', { available: true })
    assert.oneOf(foreign.status(), [302, 401])
    const rows = await tenancy.run(other.organization, async () => await WalkInAvailability.query())
    assert.lengthOf(rows, 0)
    ;(await onOrganization(client, organization).get('/walk-in')).assertStatus(302)
    ;(await asStaff(client, organization, cardiologist).post('/walk-in', { available: 'maybe' })).assertStatus(422)
  })
})
