import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import { DateTime } from 'luxon'
import tenancy from '#core/tenancy/tenancy'
import type Organization from '#models/organization'
import Client from '#modules/agenda/models/client'
import Appointment from '#modules/agenda/models/appointment'
import AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import { AccessLinks } from '#modules/agenda/services/access_link'
import { createDepartment, createUser } from '#tests/support/world'
import { apiOf, assertProblem, organizationWithKey, problemFields, schemaMismatches } from './api_support.js'
import { runQueuedJobs } from '#tests/support/queue'

const inOrganization = <T>(organization: Organization, work: () => Promise<T>) => tenancy.run(organization, work)

const appointmentsOf = (organization: Organization) =>
  inOrganization(organization, async () =>
    await Appointment.query().preload('participants', (p) => p.orderBy('id')).orderBy('id')
  )

async function createClient(organization: Organization, attributes: Partial<Client> = {}) {
  return inOrganization(organization, () =>
    Client.create({
      initials: 'J.',
      lastName: 'Jansen',
      dateOfBirth: '1980-04-12',
      email: `client-${Math.random().toString(36).slice(2)}@example.test`,
      ...attributes,
    })
  )
}

/** An organization with an API key, a handler and a client */
async function planningSetup(settings: Record<string, unknown> = {}) {
  const { organization, key } = await organizationWithKey({ settings, timezone: 'Europe/Amsterdam' })
  const department = await createDepartment(organization)
  const handler = await createUser(organization, 'handler', { fullName: 'Dr. Hendriks', departments: [department] })
  const client = await createClient(organization, { email: 'patient@example.test' })
  return { organization, key, department, handler, client }
}

/** The addresses the faked mailer sent to, in order */
function recipients(messages: ReturnType<typeof mail.fake>['messages']) {
  return messages.sent().map((message) => {
    const to = (message.toJSON() as any).message.to
    return (Array.isArray(to) ? to : [to]).map((entry: any) => (typeof entry === 'string' ? entry : entry.address)).join()
  })
}

const html = (messages: ReturnType<typeof mail.fake>['messages']) =>
  messages.sent().map((message) => String((message.toJSON() as any).message.html ?? ''))

test.group('API | appointments: planning', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('POST plans the appointment at the local time of the instant; every invitee gets a link and an e-mail', async ({ client, assert }) => {
    const { messages } = mail.fake()
    const { organization, key, handler, client: patient, department } = await planningSetup()
    const response = await apiOf(client, organization, { key }).post('/appointments', {
      startsAt: '2030-05-01T07:30:00Z',
      durationMinutes: 20,
      handlerId: handler.id,
      clientIds: [patient.id],
      newClient: { initials: 'm.', lastName: 'Mulder', dateOfBirth: '1975-02-03', email: 'mulder@example.test' },
      personalMessage: 'Bring your medication list.',
    })
    response.assertStatus(201)
    const body = response.body()
    const [saved] = await appointmentsOf(organization)
    assert.equal(response.header('location'), `/api/v1/appointments/${saved.id}`)
    assert.containsSubset(body, {
      id: saved.id,
      status: 'scheduled',
      kind: 'regular',
      startsAt: '2030-05-01T07:30:00Z',
      endsAt: '2030-05-01T07:50:00Z',
      timeZone: 'Europe/Amsterdam',
      local: { date: '2030-05-01', startTime: '09:30', endTime: '09:50' },
      durationMinutes: 20,
      handler: { id: handler.id, fullName: 'Dr. Hendriks' },
      department: { id: department.id },
      personalMessage: 'Bring your medication list.',
      access: 'too_early',
      anonymized: false,
    })
    assert.equal(saved.startsAt.toUTC().toISO(), '2030-05-01T07:30:00.000Z')

    /* each participant's own link, the one the e-mail carries */
    assert.lengthOf(body.participants, 2)
    const participants = await inOrganization(organization, async () =>
      await AppointmentParticipant.query().where('appointment_id', saved.id).orderBy('id')
    )
    for (const [index, participant] of participants.entries()) {
      const url = AccessLinks.url(organization.slug, AccessLinks.tokenOf(participant)!)
      assert.equal(body.participants[index].accessUrl, url)
    }
    assert.deepEqual(body.participants.map((p: any) => p.email), ['patient@example.test', 'mulder@example.test'])
    assert.isNumber(body.participants[1].clientId, 'the new client was created')
    await runQueuedJobs()
    assert.deepEqual(recipients(messages).sort(), ['mulder@example.test', 'patient@example.test'])
    for (const [index, participant] of body.participants.entries()) {
      const sentTo = recipients(messages).indexOf(participant.email)
      assert.include(html(messages)[sentTo], participant.accessUrl, `e-mail ${index} carries that participant's link`)
    }

    const document = (await apiOf(client, organization).get('/openapi.json')).body()
    assert.deepEqual(schemaMismatches(document, { $ref: '#/components/schemas/Appointment' }, body), [])
  })

  test('an organization that sends no e-mails gets the links in the response and no mail goes out', async ({ client, assert }) => {
    const { messages } = mail.fake()
    const { organization, key, handler, client: patient } = await planningSetup({ do_not_send_emails: true })
    const response = await apiOf(client, organization, { key }).post('/appointments', {
      startsAt: '2030-05-01T09:30:00+02:00',
      durationMinutes: 30,
      handlerId: handler.id,
      clientIds: [patient.id],
    })
    response.assertStatus(201)
    const [participant] = response.body().participants
    assert.match(participant.accessUrl, new RegExp(`^http://${organization.slug}\\.localhost:\\d+/visit/[A-Za-z0-9_-]{20,}$`))
    assert.equal(participant.emailStatus, 'skipped')
    messages.assertNoneSent()
    messages.assertNoneQueued()

    /* the link works: it is the participant's */
    const found = await inOrganization(organization, () => AccessLinks.find(participant.accessUrl.split('/visit/')[1]))
    assert.equal(found?.appointment.id, response.body().id)
  })

  test('a start without offset, with seconds, or in the repeated hour is refused; nothing is planned', async ({ client, assert }) => {
    const { organization, key, handler, client: patient } = await planningSetup()
    const api = apiOf(client, organization, { key })
    const plan = (startsAt: string) =>
      api.post('/appointments', { startsAt, durationMinutes: 20, handlerId: handler.id, clientIds: [patient.id] })

    for (const [startsAt, fragment] of [
      ['2030-05-01T09:30', 'offset'],
      ['01-05-2030 09:30', 'offset'],
      ['2030-05-01T09:30:15+02:00', 'whole minute'],
      /* 02:30 happens twice in Amsterdam on 27 October 2030: the first one (+02:00) cannot be told apart */
      ['2030-10-27T02:30:00+02:00', 'twice'],
    ]) {
      const problem = assertProblem(assert, await plan(startsAt), 422)
      assert.include(problemFields(problem).startsAt ?? '', fragment, startsAt)
      assert.equal(problem.errors![0].pointer, '/startsAt')
    }
    assert.lengthOf(await appointmentsOf(organization), 0)

    /* the second 02:30 (+01:00) is planned exactly there */
    const second = await plan('2030-10-27T02:30:00+01:00')
    second.assertStatus(201)
    assert.equal(second.body().startsAt, '2030-10-27T01:30:00Z')
  })

  test('invalid input: 422 problem with field errors, translated; nothing planned', async ({ client, assert }) => {
    const { organization, key, handler } = await planningSetup()
    const api = apiOf(client, organization, { key })
    const problem = assertProblem(
      assert,
      await api.post('/appointments', {
        handlerId: handler.id,
        durationMinutes: 2,
        clientIds: [0, 3, 3],
        newClient: { initials: 'X', lastName: 'Y', dateOfBirth: '2000-01-01', email: 'nope' },
      }),
      422
    )
    const fields = problemFields(problem)
    assert.includeMembers(Object.keys(fields), ['startsAt', 'durationMinutes', 'newClient.email'])
    assert.equal(problem.errors!.find((e) => e.field === 'newClient.email')!.pointer, '/newClient/email')

    const polish = assertProblem(assert, await api.with({ language: 'pl' }).post('/appointments', { durationMinutes: 20 }), 422)
    assert.include(polish.detail, 'nieprawidłow')
    assert.lengthOf(await appointmentsOf(organization), 0)
  })

  test('business rules come back as 422 problems with the rule as code', async ({ client, assert }) => {
    const { organization, key, handler, client: patient } = await planningSetup()
    const other = await planningSetup()
    const api = apiOf(client, organization, { key })
    const base = { startsAt: '2030-05-01T09:00:00+02:00', durationMinutes: 30, handlerId: handler.id, clientIds: [patient.id] }

    const foreignClient = assertProblem(assert, await api.post('/appointments', { ...base, clientIds: [other.client.id] }), 422)
    assert.equal(foreignClient.code, 'appointments.errors.client_not_found')
    const foreignHandler = assertProblem(assert, await api.post('/appointments', { ...base, handlerId: other.handler.id }), 422)
    assert.equal(foreignHandler.code, 'appointments.errors.handler_not_found')
    assert.deepEqual(foreignHandler.errors!.map((e) => e.field), ['handlerId'])
    const noHandler = assertProblem(assert, await api.post('/appointments', { ...base, handlerId: undefined }), 422)
    assert.equal(noHandler.code, 'appointments.errors.handler_required')
    assertProblem(assert, await api.post('/appointments', { ...base, clientIds: [] }), 422)
    assert.lengthOf(await appointmentsOf(organization), 0)
    assert.lengthOf(await appointmentsOf(other.organization), 0)

    /* the handler's time is taken: the overlap is a problem on startsAt, in the organization's local time */
    ;(await api.post('/appointments', base)).assertStatus(201)
    const overlap = assertProblem(
      assert,
      await api.post('/appointments', { ...base, startsAt: '2030-05-01T07:15:00Z' }),
      422
    )
    assert.equal(overlap.code, 'appointments.errors.overlap')
    assert.match(overlap.type, /#\/components\/responses\/BusinessRuleViolated$/)
    assert.include(overlap.detail, '09:00')
    assert.deepEqual(overlap.errors!.map((e) => e.field), ['startsAt'])
    assert.lengthOf(await appointmentsOf(organization), 1)
  })

  test('Idempotency-Key: the same key twice plans one appointment and sends one set of e-mails', async ({ client, assert }) => {
    const { messages } = mail.fake()
    const { organization, key, handler, client: patient } = await planningSetup()
    const other = await planningSetup()
    const body = { startsAt: '2030-05-01T09:00:00+02:00', durationMinutes: 30, handlerId: handler.id, clientIds: [patient.id] }
    const api = apiOf(client, organization, { key, idempotencyKey: 'order-2030-0001' })

    const first = await api.post('/appointments', body)
    first.assertStatus(201)
    const again = await api.post('/appointments', body)
    again.assertStatus(200)
    assert.equal(again.header('idempotent-replayed'), 'true')
    assert.equal(again.body().id, first.body().id)
    assert.equal(again.body().participants[0].accessUrl, first.body().participants[0].accessUrl)
    assert.lengthOf(await appointmentsOf(organization), 1)
    await runQueuedJobs()
    assert.lengthOf(messages.sent(), 1)

    /* another key is another request (here refused: the handler is busy then) */
    const otherKey = await api.with({ idempotencyKey: 'order-2030-0002' }).post('/appointments', body)
    assertProblem(assert, otherKey, 422)

    /* the same key in another organization is that organization's own */
    const elsewhere = await apiOf(client, other.organization, { key: other.key, idempotencyKey: 'order-2030-0001' }).post(
      '/appointments',
      { ...body, handlerId: other.handler.id, clientIds: [other.client.id] }
    )
    elsewhere.assertStatus(201)
    assert.notEqual(elsewhere.body().id, first.body().id)

    const invalid = assertProblem(assert, await api.with({ idempotencyKey: 'short' }).post('/appointments', body), 422)
    assert.deepEqual(invalid.errors!.map((e) => e.field), ['Idempotency-Key'])
    assert.notProperty(invalid.errors![0], 'pointer')
    assert.lengthOf(await appointmentsOf(organization), 1)
  })
})

test.group('API | appointments: reading', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    mail.fake()
    return () => mail.restore()
  })

  test('lists by local days, status, handler and client, page by page; never another organization’s', async ({ client, assert }) => {
    const { organization, key, handler, client: patient } = await planningSetup()
    const colleague = await createUser(organization, 'handler')
    const somebody = await createClient(organization)
    const other = await planningSetup()
    const api = apiOf(client, organization, { key })
    const plan = async (startsAt: string, handlerId: number, clientId: number) => {
      const response = await api.post('/appointments', { startsAt, durationMinutes: 20, handlerId, clientIds: [clientId] })
      response.assertStatus(201)
      return response.body().id as number
    }
    /* 23:30 UTC on 1 May is 01:30 on 2 May in Amsterdam */
    const may1 = await plan('2030-05-01T08:00:00Z', handler.id, patient.id)
    const may2Early = await plan('2030-05-01T23:30:00Z', handler.id, somebody.id)
    const may2 = await plan('2030-05-02T08:00:00Z', colleague.id, patient.id)
    const may3 = await plan('2030-05-03T08:00:00Z', handler.id, patient.id)
    await apiOf(client, other.organization, { key: other.key })
      .post('/appointments', { startsAt: '2030-05-02T08:00:00Z', durationMinutes: 20, handlerId: other.handler.id, clientIds: [other.client.id] })
    ;(await api.post(`/appointments/${may3}/cancel`)).assertStatus(200)

    const ids = async (qs: Record<string, unknown>) => {
      const response = await api.get('/appointments', qs)
      response.assertStatus(200)
      return response.body().data.map((a: any) => a.id)
    }
    assert.deepEqual(await ids({}), [may1, may2Early, may2, may3])
    assert.deepEqual(await ids({ from: '2030-05-02', to: '2030-05-02' }), [may2Early, may2])
    assert.deepEqual(await ids({ status: 'cancelled' }), [may3])
    assert.deepEqual(await ids({ status: 'scheduled', handlerId: handler.id }), [may1, may2Early])
    assert.deepEqual(await ids({ clientId: patient.id }), [may1, may2, may3])
    assert.deepEqual(await ids({ clientId: other.client.id }), [])

    const page = await api.get('/appointments', { perPage: 3, page: 2 })
    assert.deepEqual(page.body().meta, { page: 2, perPage: 3, total: 4, lastPage: 2 })
    const document = (await apiOf(client, organization).get('/openapi.json')).body()
    assert.deepEqual(schemaMismatches(document, { $ref: '#/components/schemas/AppointmentPage' }, page.body()), [])

    const invalid = assertProblem(assert, await api.get('/appointments', { from: '2030-02-30', status: 'gone' }), 422)
    assert.includeMembers(Object.keys(problemFields(invalid)), ['from', 'status'])
  })

  test('GET one appointment; another organization’s id is 404', async ({ client, assert }) => {
    const { organization, key, handler, client: patient } = await planningSetup()
    const other = await planningSetup()
    const created = await apiOf(client, other.organization, { key: other.key }).post('/appointments', {
      startsAt: '2030-05-01T08:00:00Z',
      durationMinutes: 20,
      handlerId: other.handler.id,
      clientIds: [other.client.id],
    })
    const mine = await apiOf(client, organization, { key }).post('/appointments', {
      startsAt: '2030-05-01T08:00:00Z',
      durationMinutes: 20,
      handlerId: handler.id,
      clientIds: [patient.id],
    })
    const api = apiOf(client, organization, { key })
    const shown = await api.get(`/appointments/${mine.body().id}`)
    shown.assertStatus(200)
    assert.deepEqual(shown.body(), mine.body())
    assertProblem(assert, await api.get(`/appointments/${created.body().id}`), 404)
  })
})

test.group('API | appointments: changing and cancelling', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('PATCH reschedules: the invitee keeps the link and is told; untouched members stay', async ({ client, assert }) => {
    const { organization, key, handler, client: patient } = await planningSetup()
    const api = apiOf(client, organization, { key })
    const { messages } = mail.fake()
    const created = await api.post('/appointments', {
      startsAt: '2030-05-01T09:00:00+02:00',
      durationMinutes: 30,
      handlerId: handler.id,
      clientIds: [patient.id],
      personalMessage: 'Kept',
    })
    created.assertStatus(201)
    const id = created.body().id

    const moved = await api.patch(`/appointments/${id}`, { startsAt: '2030-05-02T14:00:00+02:00' })
    moved.assertStatus(200)
    assert.containsSubset(moved.body(), {
      startsAt: '2030-05-02T12:00:00Z',
      endsAt: '2030-05-02T12:30:00Z',
      local: { date: '2030-05-02', startTime: '14:00', endTime: '14:30' },
      durationMinutes: 30,
      handler: { id: handler.id },
      personalMessage: 'Kept',
    })
    assert.equal(moved.body().participants[0].accessUrl, created.body().participants[0].accessUrl, 'the same link')
    await runQueuedJobs()
    assert.deepEqual(recipients(messages), ['patient@example.test', 'patient@example.test'], 'invitation, then the change')

    const [saved] = await appointmentsOf(organization)
    assert.equal(saved.startsAt.toUTC().toISO(), '2030-05-02T12:00:00.000Z')
    assert.equal(saved.sequence, 1)

    /* a shorter appointment, message removed */
    const shorter = await api.patch(`/appointments/${id}`, { durationMinutes: 15, personalMessage: null })
    shorter.assertStatus(200)
    assert.equal(shorter.body().endsAt, '2030-05-02T12:15:00Z')
    assert.isNull(shorter.body().personalMessage)

    const invalid = assertProblem(assert, await api.patch(`/appointments/${id}`, { startsAt: null, durationMinutes: 1000 }), 422)
    assert.includeMembers(Object.keys(problemFields(invalid)), ['startsAt', 'durationMinutes'])
  })

  test('PATCH replaces the invited clients: the new one is invited, the removed one told', async ({ client, assert }) => {
    const { organization, key, handler, client: patient } = await planningSetup()
    const newcomer = await createClient(organization, { email: 'newcomer@example.test', lastName: 'Nieuw' })
    const api = apiOf(client, organization, { key })
    const created = await api.post('/appointments', {
      startsAt: '2030-05-01T09:00:00+02:00',
      durationMinutes: 30,
      handlerId: handler.id,
      clientIds: [patient.id],
    })
    await runQueuedJobs()
    const { messages } = mail.fake()
    const changed = await api.patch(`/appointments/${created.body().id}`, { clientIds: [newcomer.id] })
    changed.assertStatus(200)
    assert.deepEqual(changed.body().participants.map((p: any) => p.clientId), [newcomer.id])
    assert.isString(changed.body().participants[0].accessUrl)
    await runQueuedJobs()
    assert.sameMembers(recipients(messages), ['patient@example.test', 'newcomer@example.test'])
    assert.equal(changed.body().startsAt, created.body().startsAt)
  })

  test('another organization’s appointment cannot be changed or cancelled; nothing changes', async ({ client, assert }) => {
    const { organization, key } = await planningSetup()
    const other = await planningSetup()
    mail.fake()
    const theirs = await apiOf(client, other.organization, { key: other.key }).post('/appointments', {
      startsAt: '2030-05-01T08:00:00Z',
      durationMinutes: 20,
      handlerId: other.handler.id,
      clientIds: [other.client.id],
    })
    const id = theirs.body().id
    const api = apiOf(client, organization, { key })
    assertProblem(assert, await api.patch(`/appointments/${id}`, { startsAt: '2030-06-01T08:00:00Z' }), 404)
    assertProblem(assert, await api.post(`/appointments/${id}/cancel`), 404)
    const [unchanged] = await appointmentsOf(other.organization)
    assert.equal(unchanged.status, 'scheduled')
    assert.equal(unchanged.startsAt.toUTC().toISO(), '2030-05-01T08:00:00.000Z')
  })

  test('cancel: every invitee is told once; a cancelled appointment cannot be changed', async ({ client, assert }) => {
    const { organization, key, handler, client: patient } = await planningSetup()
    const api = apiOf(client, organization, { key })
    mail.fake()
    const created = await api.post('/appointments', {
      startsAt: '2030-05-01T09:00:00+02:00',
      durationMinutes: 30,
      handlerId: handler.id,
      clientIds: [patient.id],
    })
    const id = created.body().id

    await runQueuedJobs()

    const { messages } = mail.fake()
    const cancelled = await api.post(`/appointments/${id}/cancel`)
    cancelled.assertStatus(200)
    assert.containsSubset(cancelled.body(), { id, status: 'cancelled', access: 'cancelled' })
    assert.match(cancelled.body().cancelledAt, /Z$/)
    await runQueuedJobs()
    assert.deepEqual(recipients(messages), ['patient@example.test'])

    const again = await api.post(`/appointments/${id}/cancel`)
    again.assertStatus(200)
    await runQueuedJobs()
    assert.lengthOf(messages.sent(), 1, 'cancelling twice tells nobody twice')

    const change = assertProblem(assert, await api.patch(`/appointments/${id}`, { durationMinutes: 45 }), 422)
    assert.equal(change.code, 'appointments.errors.cancelled')
    const [saved] = await appointmentsOf(organization)
    assert.equal(saved.durationMinutes, 30)
  })

  test('a client with an appointment still ahead cannot be deleted (422); after the cancellation it can', async ({ client, assert }) => {
    const { organization, key, handler, client: patient } = await planningSetup()
    const api = apiOf(client, organization, { key })
    mail.fake()
    const startsAt = DateTime.utc().plus({ days: 3 }).startOf('hour').toISO({ suppressMilliseconds: true })!
    const created = await api.post('/appointments', { startsAt, durationMinutes: 30, handlerId: handler.id, clientIds: [patient.id] })
    created.assertStatus(201)

    const refused = assertProblem(assert, await api.delete(`/clients/${patient.id}`), 422)
    assert.equal(refused.code, 'clients.errors.has_future_appointments')
    ;(await api.get(`/clients/${patient.id}`)).assertStatus(200)

    ;(await api.post(`/appointments/${created.body().id}/cancel`)).assertStatus(200)
    ;(await api.delete(`/clients/${patient.id}`)).assertStatus(204)
  })
})
