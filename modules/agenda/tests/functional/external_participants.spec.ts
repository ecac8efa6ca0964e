import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import type { ApiResponse } from '@japa/api-client'
import type { Assert } from '@japa/assert'
import tenancy from '#core/tenancy/tenancy'
import AuditLog from '#models/audit_log'
import Group from '#models/group'
import type Organization from '#models/organization'
import ExternalParticipant from '#modules/agenda/models/external_participant'
import Appointment from '#modules/agenda/models/appointment'
import AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import { createDepartment, createOrganization, createUser } from '#tests/support/world'
import { onOrganization } from '#tests/support/requests'
import { assertRedirect, fieldErrors } from '#tests/support/responses'

let sequence = 0

async function addParticipant(
  organization: Organization,
  attributes: Partial<Pick<ExternalParticipant, 'initials' | 'lastName' | 'dateOfBirth' | 'email' | 'clientNumber'>> = {},
  groups: Group[] = []
) {
  const n = ++sequence
  return tenancy.run(organization, async () => {
    const participant = await ExternalParticipant.create({
      initials: 'E.',
      lastName: `Extern${n}`,
      dateOfBirth: '1970-01-01',
      email: `extern${n}@example.test`,
      clientNumber: null,
      phone: null,
      locale: null,
      ...attributes,
    })
    if (groups.length) await participant.related('groups').sync(groups.map((g) => g.id))
    return participant
  })
}

/** An appointment inviting the external participant, starting `startsAt` */
async function invite(organization: Organization, participant: ExternalParticipant, startsAt: DateTime) {
  return tenancy.run(organization, async () => {
    const appointment = await Appointment.create({
      uid: randomUUID(),
      kind: 'regular',
      status: 'scheduled',
      handlerId: null,
      departmentId: null,
      startsAt: startsAt.toUTC(),
      endsAt: startsAt.toUTC().plus({ minutes: 30 }),
      durationMinutes: 30,
      personalMessage: null,
      sequence: 0,
    })
    return AppointmentParticipant.create({
      appointmentId: appointment.id,
      role: 'external',
      externalParticipantId: participant.id,
      emailStatus: 'sent',
    })
  })
}

/** Staff of every role, two groups and three external participants */
async function practice() {
  const organization = await createOrganization()
  const cardiology = await createDepartment(organization, 'Cardiology')
  const orgAdmin = await createUser(organization, 'org_admin', { fullName: 'Olga Orgadmin' })
  const deptAdmin = await createUser(organization, 'dept_admin', { fullName: 'Dirk Deptadmin', departments: [cardiology] })
  const handler = await createUser(organization, 'handler', { fullName: 'Hanna Handler', departments: [cardiology] })
  const [family, homeCare] = await tenancy.run(organization, () =>
    Promise.all([Group.create({ name: 'Family', description: null }), Group.create({ name: 'Home care', description: null })])
  )
  const mother = await addParticipant(organization, { initials: 'M.', lastName: 'Moeder', email: 'moeder@example.test', dateOfBirth: '1955-05-05' }, [family])
  const nurse = await addParticipant(organization, { initials: 'N.', lastName: 'Nurse', email: 'nurse@example.test', clientNumber: 'HC-1' }, [homeCare])
  const interpreter = await addParticipant(organization, { initials: 'I.', lastName: 'Interpreter', email: 'tolk@example.test' })
  return { organization, orgAdmin, deptAdmin, handler, family, homeCare, mother, nurse, interpreter }
}

const validParticipant = (overrides: Record<string, unknown> = {}) => ({
  initials: 'b.',
  lastName: 'Broer',
  dateOfBirth: '02-02-1990',
  email: 'Broer@Example.test',
  phone: '06 11122233',
  locale: 'de',
  ...overrides,
})

const names = (response: ApiResponse) =>
  (response.body().props.participants as Array<{ displayName: string }>).map((row) => row.displayName)

const searchNames = (response: ApiResponse) => (response.body() as Array<{ displayName: string }>).map((row) => row.displayName)

async function participantCount(organization: Organization) {
  return tenancy.run(organization, async () => (await ExternalParticipant.all()).length)
}

function assertFieldError(assert: Assert, response: ApiResponse, field: string, message?: string) {
  assertRedirect(assert, response)
  const errors = fieldErrors(response)
  assert.property(errors, field, `an error for ${field}: ${JSON.stringify(errors)}`)
  if (message) assert.include(errors[field][0], message)
  assert.notProperty(response.flashMessages() ?? {}, 'success')
}

test.group('External participants | listing and picking', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('every role lists and searches them, sorted by last name; only admins may manage', async ({ client, assert }) => {
    const { organization, orgAdmin, deptAdmin, handler } = await practice()
    await tenancy.run(organization, async () => {
      organization.settings = { strict_department_segregation: true, strict_client_segregation: true }
      await organization.save()
    })
    for (const [user, manage] of [[orgAdmin, true], [deptAdmin, true], [handler, false]] as const) {
      const list = await onOrganization(client, organization, { as: user, inertia: true }).get('/external-participants')
      list.assertStatus(200)
      list.assertInertiaComponent('agenda/external_participants/index')
      assert.deepEqual(names(list), ['I. Interpreter', 'M. Moeder', 'N. Nurse'], user.fullName)
      list.assertInertiaPropsContains({ can: { manage } })
      const search = await onOrganization(client, organization, { as: user }).get('/external-participants/search?q=example')
      assert.deepEqual(searchNames(search), ['I. Interpreter', 'M. Moeder', 'N. Nurse'], user.fullName)
    }
  })

  test('the list and the search endpoint filter by group and search by name, number, e-mail and birth date', async ({
    client,
    assert,
  }) => {
    const { organization, handler, family, homeCare, mother } = await practice()
    const asHandler = onOrganization(client, organization, { as: handler, inertia: true })
    assert.deepEqual(names(await asHandler.get(`/external-participants?group=${family.id}`)), ['M. Moeder'])
    assert.deepEqual(names(await asHandler.get(`/external-participants?group=${homeCare.id}&search=hc-1`)), ['N. Nurse'])
    assert.deepEqual(names(await asHandler.get('/external-participants?search=05-05-1955')), ['M. Moeder'])
    assert.deepEqual(names(await asHandler.get('/external-participants?search=tolk%40')), ['I. Interpreter'])

    const json = onOrganization(client, organization, { as: handler })
    const byGroup = await json.get(`/external-participants/search?groupId=${family.id}`)
    assert.deepEqual(byGroup.body(), [
      { id: mother.id, displayName: 'M. Moeder', email: 'moeder@example.test', dateOfBirth: '1955-05-05', clientNumber: null },
    ])
    assert.deepEqual(searchNames(await json.get(`/external-participants/search?groupId=${family.id}&q=nurse`)), [])
    assert.deepEqual(searchNames(await json.get('/external-participants/search?q=1955-05-05')), ['M. Moeder'])
  })

  test('a handler cannot add, change or delete external participants', async ({ client, assert }) => {
    const { organization, handler, mother } = await practice()
    const asHandler = onOrganization(client, organization, { as: handler, inertia: true, from: '/external-participants' })
    ;(await asHandler.get('/external-participants/new')).assertStatus(403)
    ;(await asHandler.get(`/external-participants/${mother.id}/edit`)).assertStatus(403)
    for (const response of [
      await asHandler.post('/external-participants', validParticipant({ confirmDuplicates: true })),
      await asHandler.put(`/external-participants/${mother.id}`, validParticipant({ confirmDuplicates: true })),
      await asHandler.delete(`/external-participants/${mother.id}`),
    ]) {
      assertRedirect(assert, response)
      assert.property(response.flashMessages() ?? {}, 'error')
      assert.notProperty(response.flashMessages() ?? {}, 'success')
    }
    const check = await onOrganization(client, organization, { as: handler })
      .post('/external-participants/duplicates', validParticipant())
      .header('accept', 'application/json')
    check.assertStatus(403)
    await tenancy.run(organization, async () => {
      assert.equal((await ExternalParticipant.findOrFail(mother.id)).lastName, 'Moeder')
    })
    assert.equal(await participantCount(organization), 3)
  })
})

test.group('External participants | managing', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a department admin adds one with groups; fields are normalized and the change audited', async ({ client, assert }) => {
    const { organization, deptAdmin, family, homeCare } = await practice()
    const response = await onOrganization(client, organization, { as: deptAdmin, inertia: true, from: '/external-participants/new' }).post(
      '/external-participants',
      validParticipant({ groupIds: [family.id, homeCare.id] })
    )
    assertRedirect(assert, response, '/external-participants')
    response.assertFlashMessage('success', 'B. Broer has been added.')
    await tenancy.run(organization, async () => {
      const row = await ExternalParticipant.query().where('email', 'broer@example.test').preload('groups', (q) => q.orderBy('name')).firstOrFail()
      assert.equal(row.initials, 'B.')
      assert.equal(row.dateOfBirth, '1990-02-02')
      assert.equal(row.locale, 'de')
      assert.deepEqual(row.groups.map((g) => g.name), ['Family', 'Home care'])
      const entry = await AuditLog.query().where('action', 'external_participant.created').firstOrFail()
      assert.equal(entry.subjectLabel, 'B. Broer')
    })
  })

  test('an org admin edits one: groups replaced, left out groups unchanged', async ({ client, assert }) => {
    const { organization, orgAdmin, mother, homeCare } = await practice()
    const asAdmin = onOrganization(client, organization, { as: orgAdmin, inertia: true, from: `/external-participants/${mother.id}/edit` })
    const edit = await asAdmin.get(`/external-participants/${mother.id}/edit`)
    edit.assertStatus(200)
    edit.assertInertiaComponent('agenda/external_participants/form')
    assert.deepEqual(edit.body().props.participant.groups.map((g: any) => g.name), ['Family'])

    const body = { initials: 'M.', lastName: 'Moeder', dateOfBirth: '1955-05-05', email: 'moeder@example.test' }
    assertRedirect(assert, await asAdmin.put(`/external-participants/${mother.id}`, { ...body, phone: '0612345678' }), '/external-participants')
    await tenancy.run(organization, async () => {
      const row = await ExternalParticipant.query().where('id', mother.id).preload('groups').firstOrFail()
      assert.equal(row.phone, '0612345678')
      assert.deepEqual(row.groups.map((g) => g.name), ['Family'])
    })
    assertRedirect(assert, await asAdmin.put(`/external-participants/${mother.id}`, { ...body, groupIds: [homeCare.id] }), '/external-participants')
    await tenancy.run(organization, async () => {
      const row = await ExternalParticipant.query().where('id', mother.id).preload('groups').firstOrFail()
      assert.deepEqual(row.groups.map((g) => g.name), ['Home care'])
    })
  })

  test('bad input is refused with translated messages and nothing is saved', async ({ client, assert }) => {
    const { organization, orgAdmin } = await practice()
    const asAdmin = onOrganization(client, organization, { as: orgAdmin, inertia: true, from: '/external-participants/new' })
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ initials: '' }, 'initials', 'Enter the initials.'],
      [{ lastName: '' }, 'lastName', 'Enter the last name.'],
      [{ dateOfBirth: '' }, 'dateOfBirth', 'Enter the date of birth.'],
      [{ email: '' }, 'email', 'Enter the e-mail address.'],
      [{ dateOfBirth: '31-04-1990' }, 'dateOfBirth', 'Enter a real date'],
      [{ dateOfBirth: DateTime.now().plus({ days: 2 }).toFormat('dd-MM-yyyy') }, 'dateOfBirth', 'future'],
      [{ email: 'broer@' }, 'email', 'valid e-mail address'],
      [{ clientNumber: 'HC-1' }, 'clientNumber', 'already has this number'],
      [{ groupIds: [999999] }, 'groupIds', 'no longer exists'],
    ]
    for (const [change, field, message] of cases) {
      const response = await asAdmin.post('/external-participants', validParticipant({ ...change, confirmDuplicates: true }))
      assertFieldError(assert, response, field, message)
    }
    assert.equal(await participantCount(organization), 3)
  })

  test('search before creating: possible duplicates are reported and must be confirmed', async ({ client, assert }) => {
    const { organization, deptAdmin, mother, nurse } = await practice()
    const check = await onOrganization(client, organization, { as: deptAdmin })
      .post('/external-participants/duplicates', {
        initials: 'X.',
        lastName: 'moeder',
        dateOfBirth: '05-05-1955',
        email: 'NURSE@example.test',
      })
      .header('accept', 'application/json')
    check.assertStatus(200)
    assert.deepEqual(
      check.body().duplicates.map((d: any) => [d.id, d.reasons]),
      [
        [mother.id, ['name_and_birth_date']],
        [nurse.id, ['email']],
      ]
    )

    const asAdmin = onOrganization(client, organization, { as: deptAdmin, inertia: true, from: '/external-participants/new' })
    const same = validParticipant({ email: 'nurse@example.test' })
    assertFieldError(assert, await asAdmin.post('/external-participants', same), 'confirmDuplicates', 'already registered')
    assert.equal(await participantCount(organization), 3)
    const confirmed = await asAdmin.post('/external-participants', { ...same, confirmDuplicates: true })
    assertRedirect(assert, confirmed, '/external-participants')
    assert.equal(await participantCount(organization), 4)
  })

  test('someone invited to a planned appointment cannot be deleted; otherwise the link of past ones is cleared', async ({
    client,
    assert,
  }) => {
    const { organization, orgAdmin, mother, nurse } = await practice()
    await invite(organization, mother, DateTime.now().plus({ hours: 3 }))
    const past = await invite(organization, nurse, DateTime.now().minus({ days: 10 }))
    const asAdmin = onOrganization(client, organization, { as: orgAdmin, inertia: true, from: '/external-participants' })

    const refused = await asAdmin.delete(`/external-participants/${mother.id}`)
    assertRedirect(assert, refused)
    assert.include(refused.flashMessage('error'), 'M. Moeder cannot be deleted')
    const deleted = await asAdmin.delete(`/external-participants/${nurse.id}`)
    assertRedirect(assert, deleted, '/external-participants')
    deleted.assertFlashMessage('success', 'N. Nurse has been deleted.')
    await tenancy.run(organization, async () => {
      assert.exists(await ExternalParticipant.find(mother.id))
      assert.isNull(await ExternalParticipant.find(nurse.id))
      assert.isNull((await AppointmentParticipant.findOrFail(past.id)).externalParticipantId)
    })
  })
})

test.group('External participants | tenancy', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  async function twoPractices() {
    const a = await practice()
    const b = await createOrganization()
    const adminB = await createUser(b, 'org_admin', { fullName: 'Bravo Admin' })
    const groupB = await tenancy.run(b, () => Group.create({ name: 'Bravo Family', description: null }))
    const participantB = await addParticipant(b, { initials: 'B.', lastName: 'Bravoguest', email: 'bravo@example.test', clientNumber: 'BX' }, [groupB])
    return { ...a, b, adminB, groupB, participantB }
  }

  test('a session of one organization opens no external participant route of another', async ({ client, assert }) => {
    const { b, orgAdmin, participantB } = await twoPractices()
    const as = onOrganization(client, b, { as: orgAdmin })
    for (const request of [
      as.get('/external-participants'),
      as.get('/external-participants/search?q=bravo'),
      as.get('/external-participants/new'),
      as.get(`/external-participants/${participantB.id}/edit`),
      as.post('/external-participants/duplicates', validParticipant()),
      as.post('/external-participants', validParticipant({ confirmDuplicates: true })),
      as.put(`/external-participants/${participantB.id}`, validParticipant({ confirmDuplicates: true })),
      as.delete(`/external-participants/${participantB.id}`),
    ]) {
      const response = await request
      assert.equal(response.status(), 302)
      assert.match(response.header('location') ?? '', /^\/login(\?|$)/)
    }
    await tenancy.run(b, async () => {
      assert.lengthOf(await ExternalParticipant.all(), 1)
      assert.equal((await ExternalParticipant.findOrFail(participantB.id)).lastName, 'Bravoguest')
    })
  })

  test('ids and groups of another organization are not found and appear nowhere', async ({ client, assert }) => {
    const { organization, orgAdmin, b, participantB, groupB } = await twoPractices()
    const asAdmin = onOrganization(client, organization, { as: orgAdmin, inertia: true, from: '/external-participants' })
    ;(await asAdmin.get(`/external-participants/${participantB.id}/edit`)).assertStatus(404)
    ;(await asAdmin.put(`/external-participants/${participantB.id}`, validParticipant({ confirmDuplicates: true }))).assertStatus(404)
    ;(await asAdmin.delete(`/external-participants/${participantB.id}`)).assertStatus(404)

    const list = await asAdmin.get('/external-participants')
    assert.notInclude(JSON.stringify(list.body()), 'Bravo')
    assert.deepEqual(names(await asAdmin.get(`/external-participants?group=${groupB.id}`)), [])
    const json = onOrganization(client, organization, { as: orgAdmin })
    assert.deepEqual(searchNames(await json.get('/external-participants/search?q=bravo')), [])
    assert.deepEqual(searchNames(await json.get(`/external-participants/search?groupId=${groupB.id}`)), [])
    const duplicates = await json
      .post('/external-participants/duplicates', { initials: 'B.', lastName: 'Bravoguest', dateOfBirth: '1970-01-01', email: 'bravo@example.test', clientNumber: 'BX' })
      .header('accept', 'application/json')
    assert.deepEqual(duplicates.body().duplicates, [])

    const foreignGroup = await asAdmin.post('/external-participants', validParticipant({ groupIds: [groupB.id] }))
    assertFieldError(assert, foreignGroup, 'groupIds')
    assert.equal(await participantCount(organization), 3)

    await tenancy.run(b, async () => {
      const row = await ExternalParticipant.query().where('id', participantB.id).preload('groups').firstOrFail()
      assert.equal(row.email, 'bravo@example.test')
      assert.deepEqual(row.groups.map((g) => g.id), [groupB.id])
    })
  })
})
