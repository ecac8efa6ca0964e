import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import type { ApiResponse } from '@japa/api-client'
import type { Assert } from '@japa/assert'
import tenancy from '#core/tenancy/tenancy'
import AuditLog from '#models/audit_log'
import type Department from '#models/department'
import type Organization from '#models/organization'
import type User from '#models/user'
import Client from '#modules/agenda/models/client'
import Appointment from '#modules/agenda/models/appointment'
import AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import { createDepartment, createOrganization, createUser } from '#tests/support/world'
import { onOrganization } from '#tests/support/requests'
import { assertRedirect, fieldErrors } from '#tests/support/responses'

/* ---------- builders ---------- */

let sequence = 0

async function addClient(
  organization: Organization,
  attributes: Partial<Pick<Client, 'initials' | 'lastName' | 'dateOfBirth' | 'email' | 'clientNumber' | 'departmentId'>> = {},
  handlers: User[] = []
) {
  const n = ++sequence
  return tenancy.run(organization, async () => {
    const client = await Client.create({
      initials: 'J.',
      lastName: `Person${n}`,
      dateOfBirth: '1980-04-12',
      email: `person${n}@example.test`,
      clientNumber: null,
      phone: null,
      locale: null,
      departmentId: null,
      ...attributes,
    })
    if (handlers.length) await client.related('handlers').sync(handlers.map((h) => h.id))
    return client
  })
}

/** An appointment inviting the client, starting `startsAt` (no e-mails) */
async function appointmentFor(
  organization: Organization,
  client: Client,
  startsAt: DateTime,
  status: 'scheduled' | 'cancelled' = 'scheduled'
) {
  return tenancy.run(organization, async () => {
    const appointment = await Appointment.create({
      uid: randomUUID(),
      kind: 'regular',
      status,
      handlerId: null,
      departmentId: null,
      startsAt: startsAt.toUTC(),
      endsAt: startsAt.toUTC().plus({ minutes: 20 }),
      durationMinutes: 20,
      personalMessage: null,
      sequence: 0,
    })
    const participant = await AppointmentParticipant.create({
      appointmentId: appointment.id,
      role: 'client',
      clientId: client.id,
      emailStatus: 'sent',
    })
    return { appointment, participant }
  })
}

async function segregate(organization: Organization, settings: Record<string, boolean>) {
  organization.settings = { ...(organization.settings ?? {}), ...settings }
  await organization.save()
}

/**
 * An organization with two departments, an admin of each kind and a handler
 * per department; a client per department (with that department's handler
 * assigned) and one without department or handler.
 */
async function clinic() {
  const organization = await createOrganization()
  const cardiology = await createDepartment(organization, 'Cardiology')
  const oncology = await createDepartment(organization, 'Oncology')
  const orgAdmin = await createUser(organization, 'org_admin', { fullName: 'Olga Orgadmin' })
  const deptAdmin = await createUser(organization, 'dept_admin', { fullName: 'Dirk Deptadmin', departments: [cardiology] })
  const cardiologist = await createUser(organization, 'handler', { fullName: 'Carla Cardio', departments: [cardiology] })
  const oncologist = await createUser(organization, 'handler', { fullName: 'Otto Onco', departments: [oncology] })
  const heart = await addClient(
    organization,
    { initials: 'H.', lastName: 'Hartman', departmentId: cardiology.id, email: 'h.hartman@example.test', dateOfBirth: '1950-03-01' },
    [cardiologist]
  )
  const tumour = await addClient(
    organization,
    { initials: 'T.', lastName: 'Tuinman', departmentId: oncology.id, email: 't.tuinman@example.test', clientNumber: 'ONC-7' },
    [oncologist]
  )
  const unassigned = await addClient(organization, {
    initials: 'U.',
    lastName: 'Umbach',
    departmentId: cardiology.id,
    email: 'u.umbach@example.test',
  })
  return { organization, cardiology, oncology, orgAdmin, deptAdmin, cardiologist, oncologist, heart, tumour, unassigned }
}

const validClient = (overrides: Record<string, unknown> = {}) => ({
  initials: 'p.q.',
  lastName: 'de Vries',
  dateOfBirth: '1975-06-15',
  email: 'P.de.Vries@Example.TEST',
  clientNumber: 'EHR-100',
  phone: '+31 20 123 4567',
  locale: 'nl',
  ...overrides,
})

const names = (response: ApiResponse, prop = 'clients') =>
  (response.body().props[prop] as Array<{ displayName: string }>).map((row) => row.displayName)

const searchNames = (response: ApiResponse) => (response.body() as Array<{ displayName: string }>).map((row) => row.displayName)

async function clientCount(organization: Organization) {
  return tenancy.run(organization, async () => (await Client.all()).length)
}

/** A refused form submission: back to the form with the error next to `field` */
function assertFieldError(assert: Assert, response: ApiResponse, field: string, message?: string) {
  assertRedirect(assert, response)
  const errors = fieldErrors(response)
  assert.property(errors, field, `an error for ${field}: ${JSON.stringify(errors)}`)
  if (message) assert.include(errors[field][0], message)
  assert.notProperty(response.flashMessages() ?? {}, 'success')
}

/* ---------- tests ---------- */

test.group('Clients | list and search without segregation', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('every role sees every client, sorted by last name', async ({ client, assert }) => {
    const { organization, orgAdmin, deptAdmin, cardiologist, oncologist } = await clinic()
    for (const user of [orgAdmin, deptAdmin, cardiologist, oncologist]) {
      const response = await onOrganization(client, organization, { as: user, inertia: true }).get('/clients')
      response.assertStatus(200)
      response.assertInertiaComponent('agenda/clients/index')
      assert.deepEqual(names(response), ['H. Hartman', 'T. Tuinman', 'U. Umbach'], user.fullName)
      const search = await onOrganization(client, organization, { as: user }).get('/clients/search')
      assert.deepEqual(searchNames(search), ['H. Hartman', 'T. Tuinman', 'U. Umbach'], user.fullName)
    }
  })

  test('each row links to making an appointment and to a quick consultation; chat status is a placeholder', async ({
    client,
    assert,
  }) => {
    const { organization, cardiologist, heart } = await clinic()
    const response = await onOrganization(client, organization, { as: cardiologist, inertia: true }).get('/clients')
    const row = (response.body().props.clients as any[]).find((c) => c.id === heart.id)
    assert.equal(row.department.name, 'Cardiology')
    assert.deepEqual(row.handlers, [{ id: cardiologist.id, fullName: 'Carla Cardio' }])
    /* the chat module does not exist yet: no status is invented */
    assert.isNull(row.chatStatus)
  })

  test('search finds clients by name, number, e-mail and birth date in either notation', async ({ client, assert }) => {
    const { organization, orgAdmin } = await clinic()
    await addClient(organization, { initials: 'A.B.', lastName: 'van den Berg', dateOfBirth: '1931-12-05', email: 'berg@example.test' })
    const asAdmin = onOrganization(client, organization, { as: orgAdmin, inertia: true })
    const expectations: Array<[string, string[]]> = [
      ['tuinman', ['T. Tuinman']],
      ['TUIN', ['T. Tuinman']],
      ['onc-7', ['T. Tuinman']],
      ['h.hartman@example', ['H. Hartman']],
      ['01-03-1950', ['H. Hartman']],
      ['1950-03-01', ['H. Hartman']],
      ['5/12/1931', ['A.B. van den Berg']],
      ['a.b. berg', ['A.B. van den Berg']],
      ['berg 1950', []],
      ['%', []],
      ['zzz', []],
    ]
    for (const [term, expected] of expectations) {
      const page = await asAdmin.get(`/clients?search=${encodeURIComponent(term)}`)
      page.assertStatus(200)
      assert.deepEqual(names(page), expected, `list: ${term}`)
      const json = await onOrganization(client, organization, { as: orgAdmin }).get(`/clients/search?q=${encodeURIComponent(term)}`)
      json.assertStatus(200)
      assert.deepEqual(searchNames(json), expected, `search endpoint: ${term}`)
    }
  })

  test('the list pages by 50 and the search endpoint returns at most 20 with the picker fields', async ({ client, assert }) => {
    const organization = await createOrganization()
    const admin = await createUser(organization, 'org_admin')
    for (let i = 0; i < 55; i++) {
      await addClient(organization, { lastName: `Many${String(i).padStart(2, '0')}`, clientNumber: `N${i}` })
    }
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true })
    const first = await asAdmin.get('/clients')
    assert.lengthOf(first.body().props.clients, 50)
    first.assertInertiaPropsContains({ meta: { currentPage: 1, lastPage: 2, total: 55 } })
    assert.equal(first.body().props.clients[0].lastName, 'Many00')
    const second = await asAdmin.get('/clients?page=2')
    assert.deepEqual(
      (second.body().props.clients as any[]).map((c) => c.lastName),
      ['Many50', 'Many51', 'Many52', 'Many53', 'Many54']
    )

    const json = await onOrganization(client, organization, { as: admin }).get('/clients/search?q=many')
    const rows = json.body() as any[]
    assert.lengthOf(rows, 20)
    assert.deepEqual(Object.keys(rows[0]).sort(), ['clientNumber', 'dateOfBirth', 'displayName', 'email', 'id'])
    assert.deepEqual(rows[0], {
      id: rows[0].id,
      displayName: 'J. Many00',
      email: rows[0].email,
      dateOfBirth: '1980-04-12',
      clientNumber: 'N0',
    })
  })

  test('bad list and search parameters are refused', async ({ client }) => {
    const { organization, orgAdmin } = await clinic()
    const json = await onOrganization(client, organization, { as: orgAdmin })
      .get(`/clients/search?q=${'x'.repeat(101)}`)
      .header('accept', 'application/json')
    json.assertStatus(422)
  })
})

test.group('Clients | strictly segregated departments', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('handlers and department admins see only their departments\' clients; the org admin sees all', async ({
    client,
    assert,
  }) => {
    const { organization, orgAdmin, deptAdmin, cardiologist, oncologist, oncology } = await clinic()
    await segregate(organization, { strict_department_segregation: true })
    const expected: Array<[User, string[]]> = [
      [orgAdmin, ['H. Hartman', 'T. Tuinman', 'U. Umbach']],
      [deptAdmin, ['H. Hartman', 'U. Umbach']],
      [cardiologist, ['H. Hartman', 'U. Umbach']],
      [oncologist, ['T. Tuinman']],
    ]
    for (const [user, visible] of expected) {
      const list = await onOrganization(client, organization, { as: user, inertia: true }).get('/clients')
      assert.deepEqual(names(list), visible, `list of ${user.fullName}`)
      const search = await onOrganization(client, organization, { as: user }).get('/clients/search?q=example')
      assert.deepEqual(searchNames(search), visible, `search of ${user.fullName}`)
    }
    /* the department filter offers only the user's own departments */
    const filter = await onOrganization(client, organization, { as: cardiologist, inertia: true }).get('/clients')
    assert.deepEqual((filter.body().props.departments as any[]).map((d) => d.name), ['Cardiology'])
    /* a filter on a foreign department finds nothing */
    const foreign = await onOrganization(client, organization, { as: cardiologist, inertia: true }).get(
      `/clients?department=${oncology.id}`
    )
    assert.deepEqual(names(foreign), [])
  })

  test('another department\'s client cannot be opened, changed or deleted (404) by a handler or department admin', async ({
    client,
    assert,
  }) => {
    const { organization, deptAdmin, cardiologist, tumour, cardiology } = await clinic()
    await segregate(organization, { strict_department_segregation: true })
    for (const user of [cardiologist, deptAdmin]) {
      const as = onOrganization(client, organization, { as: user, inertia: true, from: '/clients' })
      ;(await as.get(`/clients/${tumour.id}/edit`)).assertStatus(404)
      ;(await as.put(`/clients/${tumour.id}`, validClient({ departmentId: cardiology.id, confirmDuplicates: true }))).assertStatus(404)
      ;(await as.delete(`/clients/${tumour.id}`)).assertStatus(404)
      const duplicates = await onOrganization(client, organization, { as: user })
        .post('/clients/duplicates', { initials: 'T.', lastName: 'Tuinman', dateOfBirth: '1980-04-12', email: 't.tuinman@example.test' })
        .header('accept', 'application/json')
      assert.deepEqual(duplicates.body().duplicates, [], 'a possible duplicate the user may not see is not revealed')
    }
    await tenancy.run(organization, async () => {
      const fresh = await Client.findOrFail(tumour.id)
      assert.equal(fresh.lastName, 'Tuinman')
      assert.equal(fresh.email, 't.tuinman@example.test')
      assert.equal(await AuditLog.query().where('action', 'client.viewed').count('* as n').first().then((r) => Number(r?.$extras.n)), 0)
    })
  })

  test('a new client needs a department, and only one of the user\'s own (the org admin may choose any)', async ({
    client,
    assert,
  }) => {
    const { organization, orgAdmin, cardiologist, cardiology, oncology } = await clinic()
    await segregate(organization, { strict_department_segregation: true })
    const asHandler = onOrganization(client, organization, { as: cardiologist, inertia: true, from: '/clients/new' })

    const without = await asHandler.post('/clients', validClient())
    assertFieldError(assert, without, 'departmentId', 'Choose the department')
    const foreign = await asHandler.post('/clients', validClient({ departmentId: oncology.id }))
    assertFieldError(assert, foreign, 'departmentId', 'your own departments')
    assert.equal(await clientCount(organization), 3)

    const form = await onOrganization(client, organization, { as: cardiologist, inertia: true }).get('/clients/new')
    form.assertInertiaPropsContains({ defaultDepartmentId: cardiology.id, rules: { departmentRequired: true } })
    assert.deepEqual((form.body().props.departments as any[]).map((d) => d.name), ['Cardiology'])

    const own = await asHandler.post('/clients', validClient({ departmentId: cardiology.id }))
    assertRedirect(assert, own)
    const byAdmin = await onOrganization(client, organization, { as: orgAdmin, inertia: true, from: '/clients/new' }).post(
      '/clients',
      validClient({ email: 'other@example.test', clientNumber: null, lastName: 'Anders', departmentId: oncology.id })
    )
    assertRedirect(assert, byAdmin)
    await tenancy.run(organization, async () => {
      assert.equal((await Client.findByOrFail('email', 'p.de.vries@example.test')).departmentId, cardiology.id)
      assert.equal((await Client.findByOrFail('email', 'other@example.test')).departmentId, oncology.id)
    })
  })

  test('a client cannot be moved to a department the user does not belong to', async ({ client, assert }) => {
    const { organization, cardiologist, heart, oncology } = await clinic()
    await segregate(organization, { strict_department_segregation: true })
    const response = await onOrganization(client, organization, { as: cardiologist, inertia: true, from: `/clients/${heart.id}/edit` }).put(
      `/clients/${heart.id}`,
      { initials: 'H.', lastName: 'Hartman', dateOfBirth: '1950-03-01', email: 'h.hartman@example.test', departmentId: oncology.id }
    )
    assertFieldError(assert, response, 'departmentId')
    await tenancy.run(organization, async () => assert.notEqual((await Client.findOrFail(heart.id)).departmentId, oncology.id))
  })
})

test.group('Clients | strictly segregated clients', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a handler sees only assigned clients; a department admin is not limited by it', async ({ client, assert }) => {
    const { organization, deptAdmin, cardiologist, oncologist, unassigned, tumour } = await clinic()
    await segregate(organization, { strict_client_segregation: true })
    const expected: Array<[User, string[]]> = [
      [cardiologist, ['H. Hartman']],
      [oncologist, ['T. Tuinman']],
      [deptAdmin, ['H. Hartman', 'T. Tuinman', 'U. Umbach']],
    ]
    for (const [user, visible] of expected) {
      const list = await onOrganization(client, organization, { as: user, inertia: true }).get('/clients')
      assert.deepEqual(names(list), visible, `list of ${user.fullName}`)
      const search = await onOrganization(client, organization, { as: user }).get('/clients/search')
      assert.deepEqual(searchNames(search), visible, `search of ${user.fullName}`)
    }
    const asCardiologist = onOrganization(client, organization, { as: cardiologist, inertia: true, from: '/clients' })
    ;(await asCardiologist.get(`/clients/${unassigned.id}/edit`)).assertStatus(404)
    ;(await asCardiologist.put(`/clients/${tumour.id}`, validClient({ confirmDuplicates: true }))).assertStatus(404)
    ;(await asCardiologist.delete(`/clients/${unassigned.id}`)).assertStatus(404)
    ;(await onOrganization(client, organization, { as: deptAdmin, inertia: true }).get(`/clients/${unassigned.id}/edit`)).assertStatus(200)
    assert.equal(await clientCount(organization), 3)
  })

  test('a handler who creates a client is assigned to it and keeps seeing it; they cannot choose other handlers', async ({
    client,
    assert,
  }) => {
    const { organization, cardiologist, oncologist } = await clinic()
    await segregate(organization, { strict_client_segregation: true })
    const asHandler = onOrganization(client, organization, { as: cardiologist, inertia: true, from: '/clients/new' })
    const response = await asHandler.post('/clients', validClient({ handlerIds: [oncologist.id] }))
    assertRedirect(assert, response)
    const created = await tenancy.run(organization, async () => {
      const row = await Client.query().where('email', 'p.de.vries@example.test').preload('handlers').firstOrFail()
      assert.deepEqual(row.handlers.map((h) => h.id), [cardiologist.id])
      return row
    })
    assert.equal(response.header('location'), `/clients/${created.id}/edit`)
    const list = await onOrganization(client, organization, { as: cardiologist, inertia: true }).get('/clients')
    assert.include(names(list), 'P.Q. de Vries')
    const other = await onOrganization(client, organization, { as: oncologist, inertia: true }).get('/clients')
    assert.notInclude(names(other), 'P.Q. de Vries')

    /* an update by the handler leaves the assignment as it is */
    const update = await asHandler.put(`/clients/${created.id}`, validClient({ handlerIds: [oncologist.id], phone: '' }))
    assertRedirect(assert, update, '/clients')
    await tenancy.run(organization, async () => {
      const row = await Client.query().where('id', created.id).preload('handlers').firstOrFail()
      assert.deepEqual(row.handlers.map((h) => h.id), [cardiologist.id])
      assert.isNull(row.phone)
    })
  })

  test('admins choose the handlers; a department admin only among their departments\' handlers when departments are segregated', async ({
    client,
    assert,
  }) => {
    const { organization, orgAdmin, deptAdmin, cardiologist, oncologist, unassigned } = await clinic()
    await segregate(organization, { strict_client_segregation: true, strict_department_segregation: true })
    const body = {
      initials: 'U.',
      lastName: 'Umbach',
      dateOfBirth: '1980-04-12',
      email: 'u.umbach@example.test',
      departmentId: unassigned.departmentId,
    }
    const asDeptAdmin = onOrganization(client, organization, { as: deptAdmin, inertia: true, from: '/clients' })
    const refused = await asDeptAdmin.put(`/clients/${unassigned.id}`, { ...body, handlerIds: [oncologist.id] })
    assertFieldError(assert, refused, 'handlerIds')
    const form = await onOrganization(client, organization, { as: deptAdmin, inertia: true }).get(`/clients/${unassigned.id}/edit`)
    assert.deepEqual((form.body().props.handlers as any[]).map((h) => h.fullName), ['Carla Cardio'])

    const accepted = await asDeptAdmin.put(`/clients/${unassigned.id}`, { ...body, handlerIds: [cardiologist.id] })
    assertRedirect(assert, accepted, '/clients')
    const byOrgAdmin = await onOrganization(client, organization, { as: orgAdmin, inertia: true, from: '/clients' }).put(
      `/clients/${unassigned.id}`,
      { ...body, handlerIds: [cardiologist.id, oncologist.id] }
    )
    assertRedirect(assert, byOrgAdmin, '/clients')
    await tenancy.run(organization, async () => {
      const row = await Client.query().where('id', unassigned.id).preload('handlers', (q) => q.orderBy('full_name')).firstOrFail()
      assert.deepEqual(row.handlers.map((h) => h.fullName), ['Carla Cardio', 'Otto Onco'])
    })
    const list = await onOrganization(client, organization, { as: cardiologist, inertia: true }).get('/clients')
    assert.include(names(list), 'U. Umbach')
  })
})

test.group('Clients | creating and validation', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a client is saved with normalized fields and the creation is audited without personal details', async ({
    client,
    assert,
  }) => {
    const { organization, orgAdmin, cardiology, cardiologist } = await clinic()
    const response = await onOrganization(client, organization, { as: orgAdmin, inertia: true, from: '/clients/new' }).post(
      '/clients',
      validClient({ dateOfBirth: '15-06-1975', departmentId: cardiology.id, handlerIds: [cardiologist.id] })
    )
    assertRedirect(assert, response)
    response.assertFlashMessage('success', 'Client P.Q. de Vries has been added.')
    await tenancy.run(organization, async () => {
      const row = await Client.query().where('email', 'p.de.vries@example.test').preload('handlers').firstOrFail()
      assert.equal(row.initials, 'P.Q.')
      assert.equal(row.dateOfBirth, '1975-06-15')
      assert.equal(row.clientNumber, 'EHR-100')
      assert.equal(row.phone, '+31 20 123 4567')
      assert.equal(row.locale, 'nl')
      assert.equal(row.departmentId, cardiology.id)
      assert.deepEqual(row.handlers.map((h) => h.id), [cardiologist.id])
      const entry = await AuditLog.query().where('action', 'client.created').firstOrFail()
      assert.equal(entry.subjectLabel, 'P.Q. de Vries')
      assert.notInclude(JSON.stringify(entry.serialize()), 'de.vries@')
      assert.notInclude(JSON.stringify(entry.serialize()), '1975')
    })
  })

  test('each required field left out is named in the error and nothing is saved', async ({ client, assert }) => {
    const { organization, orgAdmin } = await clinic()
    const asAdmin = onOrganization(client, organization, { as: orgAdmin, inertia: true, from: '/clients/new' })
    const messages: Record<string, string> = {
      initials: 'Enter the initials.',
      lastName: 'Enter the last name.',
      dateOfBirth: 'Enter the date of birth.',
      email: 'Enter the e-mail address.',
    }
    for (const [field, message] of Object.entries(messages)) {
      const response = await asAdmin.post('/clients', validClient({ [field]: '' }))
      assertFieldError(assert, response, field)
      assert.equal(fieldErrors(response)[field][0], message)
    }
    assert.equal(await clientCount(organization), 3)
  })

  test('bad values are refused with a translated message and nothing is saved', async ({ client, assert }) => {
    const { organization, orgAdmin } = await clinic()
    const asAdmin = onOrganization(client, organization, { as: orgAdmin, inertia: true, from: '/clients/new' })
    const nextYear = DateTime.now().plus({ years: 1 }).toISODate()!
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ dateOfBirth: '1980-02-30' }, 'dateOfBirth', 'Enter a real date'],
      [{ dateOfBirth: 'yesterday' }, 'dateOfBirth', 'Enter a real date'],
      [{ dateOfBirth: nextYear }, 'dateOfBirth', 'cannot lie in the future'],
      [{ dateOfBirth: '1899-12-31' }, 'dateOfBirth', 'before 1900'],
      [{ email: 'not-an-address' }, 'email', 'valid e-mail address'],
      [{ initials: 'J5' }, 'initials', 'letters with dots'],
      [{ initials: 'ABCDEFGHIJKLMNOPQRSTU' }, 'initials', 'at most 20'],
      [{ lastName: '<b>' }, 'lastName', 'only contain letters'],
      [{ phone: 'call me' }, 'phone', 'phone number'],
      [{ locale: 'fr' }, 'locale', 'Choose one of the options'],
      [{ clientNumber: 'ab$%' }, 'clientNumber', 'client number can contain'],
    ]
    for (const [change, field, message] of cases) {
      const response = await asAdmin.post('/clients', validClient({ ...change, confirmDuplicates: true }))
      assertFieldError(assert, response, field, message)
    }
    assert.equal(await clientCount(organization), 3)
  })

  test('errors speak the user\'s language', async ({ client, assert }) => {
    const { organization } = await clinic()
    const dutch = await createUser(organization, 'handler', { locale: 'nl' })
    const response = await onOrganization(client, organization, { as: dutch, inertia: true, from: '/clients/new' }).post(
      '/clients',
      validClient({ lastName: '', dateOfBirth: '2999-01-01' })
    )
    const errors = fieldErrors(response)
    assert.equal(errors.lastName[0], 'Vul het veld “Achternaam” in.')
    assert.include(errors.dateOfBirth[0], 'toekomst')
  })

  test('a client number already in use is refused even when duplicates are confirmed', async ({ client, assert }) => {
    const { organization, orgAdmin, heart } = await clinic()
    const asAdmin = onOrganization(client, organization, { as: orgAdmin, inertia: true, from: '/clients/new' })
    const response = await asAdmin.post('/clients', validClient({ clientNumber: 'ONC-7', confirmDuplicates: true }))
    assertFieldError(assert, response, 'clientNumber', 'already has this client number')
    assert.equal(await clientCount(organization), 3)

    /* and on update: another client's number cannot be taken over */
    const update = await asAdmin.put(`/clients/${heart.id}`, {
      initials: 'H.',
      lastName: 'Hartman',
      dateOfBirth: '1950-03-01',
      email: 'h.hartman@example.test',
      clientNumber: 'ONC-7',
      confirmDuplicates: true,
    })
    assertFieldError(assert, update, 'clientNumber')
    await tenancy.run(organization, async () => assert.isNull((await Client.findOrFail(heart.id)).clientNumber))
  })
})

test.group('Clients | search before creating', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the duplicate check reports the same e-mail, the same number and the same last name with birth date', async ({
    client,
    assert,
  }) => {
    const { organization, cardiologist, heart, tumour } = await clinic()
    const asHandler = onOrganization(client, organization, { as: cardiologist })
    const check = (body: Record<string, unknown>) =>
      asHandler.post('/clients/duplicates', body).header('accept', 'application/json')

    const byEmail = await check({ initials: 'X.', lastName: 'Other', dateOfBirth: '2001-01-01', email: 'H.Hartman@example.test' })
    byEmail.assertStatus(200)
    assert.deepEqual(byEmail.body().duplicates, [
      { id: heart.id, displayName: 'H. Hartman', email: 'h.hartman@example.test', dateOfBirth: '1950-03-01', clientNumber: null, reasons: ['email'] },
    ])

    const byNumber = await check({ initials: 'X.', lastName: 'Other', dateOfBirth: '2001-01-01', email: 'x@example.test', clientNumber: 'ONC-7' })
    assert.deepEqual(byNumber.body().duplicates.map((d: any) => [d.id, d.reasons]), [[tumour.id, ['client_number']]])

    const byNameAndBirth = await check({ initials: 'Y.', lastName: 'HARTMAN', dateOfBirth: '01-03-1950', email: 'y@example.test' })
    assert.deepEqual(byNameAndBirth.body().duplicates.map((d: any) => [d.id, d.reasons]), [[heart.id, ['name_and_birth_date']]])

    const sameBirthOtherName = await check({ initials: 'Y.', lastName: 'Hartmann', dateOfBirth: '1950-03-01', email: 'y@example.test' })
    assert.deepEqual(sameBirthOtherName.body().duplicates, [])

    const self = await check({ initials: 'H.', lastName: 'Hartman', dateOfBirth: '1950-03-01', email: 'h.hartman@example.test', exceptId: heart.id })
    assert.deepEqual(self.body().duplicates, [], 'a client being edited is no duplicate of itself')
  })

  test('the duplicate check validates the identifying fields with translated messages', async ({ client, assert }) => {
    const { organization, cardiologist } = await clinic()
    const response = await onOrganization(client, organization, { as: cardiologist })
      .post('/clients/duplicates', { initials: '', lastName: 'X', dateOfBirth: '2999-01-01', email: 'nope' })
      .header('accept', 'application/json')
    response.assertStatus(422)
    const byField = Object.fromEntries((response.body().errors as any[]).map((e) => [e.field, e.message]))
    assert.equal(byField.initials, 'Enter the initials.')
    assert.include(byField.dateOfBirth, 'future')
    assert.include(byField.email, 'valid e-mail address')
  })

  test('saving a possible duplicate needs a confirmation; with it the new client is created', async ({ client, assert }) => {
    const { organization, cardiologist } = await clinic()
    const asHandler = onOrganization(client, organization, { as: cardiologist, inertia: true, from: '/clients/new' })
    const same = { initials: 'H.J.', lastName: 'Hartman', dateOfBirth: '1950-03-01', email: 'another@example.test' }

    const unconfirmed = await asHandler.post('/clients', same)
    assertFieldError(assert, unconfirmed, 'confirmDuplicates', 'Someone with the same details is already registered')
    assert.equal(await clientCount(organization), 3)

    const confirmed = await asHandler.post('/clients', { ...same, confirmDuplicates: true })
    assertRedirect(assert, confirmed)
    confirmed.assertFlashMessage('success')
    assert.equal(await clientCount(organization), 4)
  })

  test('changing a client into a possible duplicate also asks for a confirmation', async ({ client, assert }) => {
    const { organization, orgAdmin, unassigned, cardiology } = await clinic()
    const asAdmin = onOrganization(client, organization, { as: orgAdmin, inertia: true, from: `/clients/${unassigned.id}/edit` })
    const body = { initials: 'U.', lastName: 'Umbach', dateOfBirth: '1980-04-12', email: 'h.hartman@example.test', departmentId: cardiology.id }
    assertFieldError(assert, await asAdmin.put(`/clients/${unassigned.id}`, body), 'confirmDuplicates')
    await tenancy.run(organization, async () => assert.equal((await Client.findOrFail(unassigned.id)).email, 'u.umbach@example.test'))

    assertRedirect(assert, await asAdmin.put(`/clients/${unassigned.id}`, { ...body, confirmDuplicates: true }), '/clients')
    /* saving unchanged identifying fields needs no confirmation */
    assertRedirect(assert, await asAdmin.put(`/clients/${unassigned.id}`, { ...body, phone: '020 1234567' }), '/clients')
    await tenancy.run(organization, async () => {
      const row = await Client.findOrFail(unassigned.id)
      assert.equal(row.email, 'h.hartman@example.test')
      assert.equal(row.phone, '020 1234567')
    })
  })
})

test.group('Clients | viewing, changing and deleting', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('opening a client records who viewed whom, with only the initials and last name', async ({ client, assert }) => {
    const { organization, cardiologist, heart } = await clinic()
    const response = await onOrganization(client, organization, { as: cardiologist, inertia: true }).get(`/clients/${heart.id}/edit`)
    response.assertStatus(200)
    response.assertInertiaComponent('agenda/clients/form')
    assert.equal(response.body().props.client.email, 'h.hartman@example.test')
    await tenancy.run(organization, async () => {
      const entries = await AuditLog.query().where('action', 'client.viewed')
      assert.lengthOf(entries, 1)
      const [entry] = entries
      assert.equal(entry.actorId, cardiologist.id)
      assert.equal(entry.subjectType, 'client')
      assert.equal(entry.subjectId, String(heart.id))
      assert.equal(entry.subjectLabel, 'H. Hartman')
      assert.isNull(entry.changes)
    })
  })

  test('an update is saved and audited with the names of the changed fields only', async ({ client, assert }) => {
    const { organization, deptAdmin, heart, cardiology } = await clinic()
    const response = await onOrganization(client, organization, { as: deptAdmin, inertia: true, from: `/clients/${heart.id}/edit` }).put(
      `/clients/${heart.id}`,
      { initials: 'H.', lastName: 'Hartman', dateOfBirth: '1950-03-01', email: 'h.hartman@example.test', phone: '06 12345678', locale: 'de', departmentId: cardiology.id }
    )
    assertRedirect(assert, response, '/clients')
    response.assertFlashMessage('success', 'Client H. Hartman has been saved.')
    await tenancy.run(organization, async () => {
      const row = await Client.findOrFail(heart.id)
      assert.equal(row.phone, '06 12345678')
      assert.equal(row.locale, 'de')
      const entry = await AuditLog.query().where('action', 'client.updated').firstOrFail()
      assert.sameMembers((entry.changes as any).fields, ['phone', 'locale'])
      assert.notInclude(JSON.stringify(entry.changes), '06 12345678')
    })
  })

  test('a client with a planned appointment cannot be deleted; past and cancelled ones do not prevent it', async ({
    client,
    assert,
  }) => {
    const { organization, cardiologist, heart, unassigned } = await clinic()
    const upcoming = await appointmentFor(organization, heart, DateTime.now().plus({ days: 2 }))
    const past = await appointmentFor(organization, unassigned, DateTime.now().minus({ days: 2 }))
    await appointmentFor(organization, unassigned, DateTime.now().plus({ days: 3 }), 'cancelled')
    const asHandler = onOrganization(client, organization, { as: cardiologist, inertia: true, from: '/clients' })

    const edit = await asHandler.get(`/clients/${heart.id}/edit`)
    edit.assertInertiaPropsContains({ upcomingAppointments: 1 })

    const refused = await asHandler.delete(`/clients/${heart.id}`)
    assertRedirect(assert, refused)
    assert.include(refused.flashMessage('error'), 'H. Hartman cannot be deleted: 1 appointment is still planned')
    assert.notProperty(refused.flashMessages() ?? {}, 'success')

    const deleted = await asHandler.delete(`/clients/${unassigned.id}`)
    assertRedirect(assert, deleted, '/clients')
    deleted.assertFlashMessage('success', 'Client U. Umbach has been deleted.')

    await tenancy.run(organization, async () => {
      assert.exists(await Client.find(heart.id))
      assert.isNull(await Client.find(unassigned.id))
      const pastParticipant = await AppointmentParticipant.findOrFail(past.participant.id)
      assert.isNull(pastParticipant.clientId, 'the past appointment keeps its record without the client')
      assert.exists(await Appointment.find(past.appointment.id))
      assert.equal((await AppointmentParticipant.findOrFail(upcoming.participant.id)).clientId, heart.id)
      assert.exists(await AuditLog.query().where('action', 'client.deleted').where('subject_id', String(unassigned.id)).first())
    })
  })
})

test.group('Clients | tenancy', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  async function twoClinics() {
    const a = await clinic()
    const b = await createOrganization()
    const adminB = await createUser(b, 'org_admin', { fullName: 'Bravo Admin' })
    const departmentB: Department = await createDepartment(b, 'Bravo Oncology')
    const handlerB = await createUser(b, 'handler', { fullName: 'Bravo Handler', departments: [departmentB] })
    const clientB = await addClient(
      b,
      { initials: 'B.', lastName: 'Bravoclient', email: 'bravo@example.test', clientNumber: 'B-1', departmentId: departmentB.id, dateOfBirth: '1950-03-01' },
      [handlerB]
    )
    return { ...a, b, adminB, departmentB, handlerB, clientB }
  }

  test('a session of one organization opens no client route of another', async ({ client, assert }) => {
    const { b, orgAdmin, clientB } = await twoClinics()
    const as = onOrganization(client, b, { as: orgAdmin })
    const requests = [
      as.get('/clients'),
      as.get('/clients/search?q=bravo'),
      as.get('/clients/new'),
      as.get(`/clients/${clientB.id}/edit`),
      as.post('/clients/duplicates', { initials: 'B.', lastName: 'Bravoclient', dateOfBirth: '1950-03-01', email: 'bravo@example.test' }),
      as.post('/clients', validClient({ confirmDuplicates: true })),
      as.put(`/clients/${clientB.id}`, validClient({ confirmDuplicates: true })),
      as.delete(`/clients/${clientB.id}`),
    ]
    for (const request of requests) {
      const response = await request
      assert.equal(response.status(), 302)
      assert.match(response.header('location') ?? '', /^\/login(\?|$)/)
    }
    await tenancy.run(b, async () => {
      assert.lengthOf(await Client.all(), 1)
      assert.equal((await Client.findOrFail(clientB.id)).lastName, 'Bravoclient')
    })
  })

  test('ids of another organization are not found, and its clients appear in no list, search or duplicate check', async ({
    client,
    assert,
  }) => {
    const { organization, orgAdmin, b, clientB, departmentB, handlerB } = await twoClinics()
    const asAdmin = onOrganization(client, organization, { as: orgAdmin, inertia: true, from: '/clients' })
    ;(await asAdmin.get(`/clients/${clientB.id}/edit`)).assertStatus(404)
    ;(await asAdmin.put(`/clients/${clientB.id}`, validClient({ confirmDuplicates: true }))).assertStatus(404)
    ;(await asAdmin.delete(`/clients/${clientB.id}`)).assertStatus(404)

    const list = await asAdmin.get('/clients?search=bravo')
    assert.deepEqual(names(list), [])
    const all = await asAdmin.get('/clients')
    assert.notInclude(JSON.stringify(all.body()), 'Bravo')
    const json = onOrganization(client, organization, { as: orgAdmin })
    assert.deepEqual(searchNames(await json.get('/clients/search?q=bravo')), [])
    const duplicates = await json
      .post('/clients/duplicates', { initials: 'B.', lastName: 'Bravoclient', dateOfBirth: '1950-03-01', email: 'bravo@example.test', clientNumber: 'B-1' })
      .header('accept', 'application/json')
    assert.deepEqual(duplicates.body().duplicates, [])

    /* the same client number is free in another organization; its department and handler are not */
    const foreignDepartment = await asAdmin.post('/clients', validClient({ clientNumber: 'B-1', departmentId: departmentB.id }))
    assertFieldError(assert, foreignDepartment, 'departmentId')
    const foreignHandler = await asAdmin.post('/clients', validClient({ clientNumber: 'B-1', handlerIds: [handlerB.id] }))
    assertFieldError(assert, foreignHandler, 'handlerIds')
    const own = await asAdmin.post('/clients', validClient({ clientNumber: 'B-1' }))
    assertRedirect(assert, own)
    own.assertFlashMessage('success')

    await tenancy.run(b, async () => {
      const row = await Client.query().where('id', clientB.id).preload('handlers').firstOrFail()
      assert.equal(row.email, 'bravo@example.test')
      assert.deepEqual(row.handlers.map((h) => h.id), [handlerB.id])
      assert.lengthOf(await Client.all(), 1)
      assert.lengthOf(await AuditLog.query().where('action', 'like', 'client.%'), 0)
    })
  })
})
