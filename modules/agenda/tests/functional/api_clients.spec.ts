import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import tenancy from '#core/tenancy/tenancy'
import type Organization from '#models/organization'
import AuditLog from '#models/audit_log'
import Client from '#modules/agenda/models/client'
import { createDepartment, createUser } from '#tests/support/world'
import { apiOf, assertProblem, organizationWithKey, problemFields, schemaMismatches } from './api_support.js'

const inOrganization = <T>(organization: Organization, work: () => Promise<T>) => tenancy.run(organization, work)

const clientsOf = (organization: Organization) =>
  inOrganization(organization, async () => await Client.query().preload('handlers').orderBy('id'))

const person = (overrides: Record<string, unknown> = {}) => ({
  initials: 'J.',
  lastName: 'Jansen',
  dateOfBirth: '1980-04-12',
  email: 'j.jansen@example.test',
  ...overrides,
})

async function createClients(organization: Organization, rows: Record<string, unknown>[]) {
  return inOrganization(organization, async () => {
    const created: Client[] = []
    for (const row of rows) created.push(await Client.create(person(row) as Partial<Client>))
    return created
  })
}

async function documentOf(client: any, organization: Organization) {
  return (await apiOf(client, organization).get('/openapi.json')).body()
}

test.group('API | clients', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('lists clients page by page, with search and the client number filter', async ({ client, assert }) => {
    const { organization, key } = await organizationWithKey()
    const other = await organizationWithKey()
    await createClients(organization, [
      { lastName: 'Bakker', email: 'b@example.test', clientNumber: 'EHR-1' },
      { lastName: 'Appel', email: 'a@example.test' },
      { lastName: 'Claes', email: 'c@example.test', dateOfBirth: '1990-01-01' },
    ])
    await createClients(other.organization, [{ lastName: 'Anders', email: 'x@example.test' }])
    const api = apiOf(client, organization, { key })

    const first = await api.get('/clients', { perPage: 2 })
    first.assertStatus(200)
    assert.deepEqual(first.body().meta, { page: 1, perPage: 2, total: 3, lastPage: 2 })
    assert.deepEqual(first.body().data.map((c: any) => c.lastName), ['Appel', 'Bakker'])
    const document = await documentOf(client, organization)
    assert.deepEqual(schemaMismatches(document, { $ref: '#/components/schemas/ClientPage' }, first.body()), [])

    const second = await api.get('/clients', { perPage: 2, page: 2 })
    assert.deepEqual(second.body().data.map((c: any) => c.lastName), ['Claes'])
    assert.equal(second.body().meta.page, 2)

    const found = await api.get('/clients', { search: 'bakk' })
    assert.deepEqual(found.body().data.map((c: any) => c.lastName), ['Bakker'])
    const byNumber = await api.get('/clients', { clientNumber: 'EHR-1' })
    assert.deepEqual(byNumber.body().data.map((c: any) => c.clientNumber), ['EHR-1'])

    const beyond = await api.get('/clients', { page: 9 })
    assert.deepEqual(beyond.body().data, [])
    assert.equal(beyond.body().meta.total, 3)
  })

  test('paging parameters are checked: 422 problem naming the parameter', async ({ client, assert }) => {
    const { organization, key } = await organizationWithKey()
    const api = apiOf(client, organization, { key })
    const tooMany = assertProblem(assert, await api.get('/clients', { perPage: 101 }), 422)
    assert.equal(tooMany.code, 'validation_failed')
    assert.property(problemFields(tooMany), 'perPage')
    assert.notProperty(tooMany.errors![0], 'pointer', 'a query parameter is no body member')

    const notANumber = assertProblem(assert, await api.get('/clients', { page: 'two' }), 422)
    assert.property(problemFields(notANumber), 'page')
  })

  test('gets one client with its handlers; another organization’s client is 404', async ({ client, assert }) => {
    const { organization, key } = await organizationWithKey()
    const other = await organizationWithKey()
    const handler = await createUser(organization, 'handler')
    const [mine] = await createClients(organization, [{ clientNumber: 'A-7', phone: '+31 6 1234 5678', locale: 'nl' }])
    await inOrganization(organization, () => mine.related('handlers').attach([handler.id]))
    const [theirs] = await createClients(other.organization, [{}])
    const api = apiOf(client, organization, { key })

    const response = await api.get(`/clients/${mine.id}`)
    response.assertStatus(200)
    assert.containsSubset(response.body(), {
      id: mine.id,
      initials: 'J.',
      lastName: 'Jansen',
      displayName: 'J. Jansen',
      dateOfBirth: '1980-04-12',
      email: 'j.jansen@example.test',
      clientNumber: 'A-7',
      phone: '+31 6 1234 5678',
      locale: 'nl',
      handlerIds: [handler.id],
    })
    assert.match(response.body().createdAt, /Z$/, 'instants are UTC')
    const document = await documentOf(client, organization)
    assert.deepEqual(schemaMismatches(document, { $ref: '#/components/schemas/Client' }, response.body()), [])

    const foreign = assertProblem(assert, await api.get(`/clients/${theirs.id}`), 404)
    assert.equal(foreign.code, 'not_found')
    assertProblem(assert, await api.get('/clients/999999'), 404)
  })

  test('creates a client: 201 with Location, audited without an employee', async ({ client, assert }) => {
    const { organization, key } = await organizationWithKey()
    const department = await createDepartment(organization)
    const handler = await createUser(organization, 'handler')
    const response = await apiOf(client, organization, { key }).post(
      '/clients',
      person({ initials: 'a.b', clientNumber: 'EHR-42', departmentId: department.id, handlerIds: [handler.id], locale: 'de' })
    )
    response.assertStatus(201)
    const [saved] = await clientsOf(organization)
    assert.equal(response.header('location'), `/api/v1/clients/${saved.id}`)
    assert.equal(saved.initials, 'A.B', 'stored as the web form stores it')
    assert.equal(saved.clientNumber, 'EHR-42')
    assert.equal(saved.departmentId, department.id)
    assert.deepEqual(saved.handlers.map((h) => h.id), [handler.id])
    assert.equal(response.body().id, saved.id)
    assert.deepEqual(response.body().handlerIds, [handler.id])

    const audit = await inOrganization(organization, async () => await AuditLog.query().where('action', 'client.created'))
    assert.lengthOf(audit, 1)
    assert.isNull(audit[0].actorId)
  })

  test('invalid input: 422 problem with a translated message per field; nothing saved', async ({ client, assert }) => {
    const { organization, key } = await organizationWithKey()
    const api = apiOf(client, organization, { key })
    const response = await api.post('/clients', { lastName: 'J4nsen', dateOfBirth: '2999-01-01', email: 'not-an-address' })
    const problem = assertProblem(assert, response, 422)
    const fields = problemFields(problem)
    assert.includeMembers(Object.keys(fields), ['initials', 'lastName', 'dateOfBirth', 'email'])
    assert.equal(problem.errors!.find((e) => e.field === 'email')!.pointer, '/email')
    assert.include(fields.dateOfBirth, 'future')
    assert.include(problem.detail, '4 fields')

    const dutch = assertProblem(assert, await api.with({ language: 'nl' }).post('/clients', { ...person(), email: 'nope' }), 422)
    assert.notEqual(problemFields(dutch).email, fields.email, 'the message follows Accept-Language')
    assert.lengthOf(await clientsOf(organization), 0)
  })

  test('a possible duplicate is a business rule problem unless confirmed; a taken client number always is', async ({ client, assert }) => {
    const { organization, key } = await organizationWithKey()
    await createClients(organization, [{ clientNumber: 'EHR-1' }])
    const api = apiOf(client, organization, { key })

    const duplicate = assertProblem(assert, await api.post('/clients', person({ initials: 'K.' })), 422)
    assert.equal(duplicate.code, 'clients.errors.possible_duplicates')
    assert.match(duplicate.type, /#\/components\/responses\/BusinessRuleViolated$/)
    assert.deepEqual(duplicate.errors!.map((e) => e.field), ['confirmDuplicates'])
    assert.lengthOf(await clientsOf(organization), 1)

    ;(await api.post('/clients', person({ initials: 'K.', confirmDuplicates: true }))).assertStatus(201)
    assert.lengthOf(await clientsOf(organization), 2)

    const number = assertProblem(
      assert,
      await api.post('/clients', person({ lastName: 'Other', email: 'o@example.test', clientNumber: 'EHR-1', confirmDuplicates: true })),
      422
    )
    assert.equal(number.code, 'clients.errors.client_number_taken')
    assert.lengthOf(await clientsOf(organization), 2)
  })

  test('PATCH changes only the members sent; null clears an optional one', async ({ client, assert }) => {
    const { organization, key } = await organizationWithKey()
    const handler = await createUser(organization, 'handler')
    const department = await createDepartment(organization)
    const [existing] = await createClients(organization, [
      { clientNumber: 'EHR-9', phone: '+31 20 123 4567', locale: 'nl', departmentId: department.id },
    ])
    await inOrganization(organization, () => existing.related('handlers').attach([handler.id]))
    const api = apiOf(client, organization, { key })

    const response = await api.patch(`/clients/${existing.id}`, { email: 'New@Example.test', phone: null })
    response.assertStatus(200)
    const [saved] = await clientsOf(organization)
    assert.equal(saved.email, 'new@example.test')
    assert.isNull(saved.phone)
    assert.equal(saved.clientNumber, 'EHR-9', 'untouched members keep their value')
    assert.equal(saved.locale, 'nl')
    assert.equal(saved.departmentId, department.id)
    assert.deepEqual(saved.handlers.map((h) => h.id), [handler.id], 'the handlers stay assigned')
    assert.equal(response.body().email, 'new@example.test')

    const invalid = assertProblem(assert, await api.patch(`/clients/${existing.id}`, { initials: '', locale: 'fr' }), 422)
    assert.includeMembers(Object.keys(problemFields(invalid)), ['initials', 'locale'])
    assert.equal((await clientsOf(organization))[0].initials, 'J.')
  })

  test('another organization’s client cannot be changed or deleted through this key', async ({ client, assert }) => {
    const { organization, key } = await organizationWithKey()
    const other = await organizationWithKey()
    const [theirs] = await createClients(other.organization, [{ lastName: 'Vreemd' }])
    const api = apiOf(client, organization, { key })

    assertProblem(assert, await api.patch(`/clients/${theirs.id}`, { lastName: 'Changed' }), 404)
    assertProblem(assert, await api.delete(`/clients/${theirs.id}`), 404)
    const [unchanged] = await clientsOf(other.organization)
    assert.equal(unchanged.lastName, 'Vreemd')

    /* and the other organization's key cannot reach it here either */
    assertProblem(assert, await apiOf(client, organization, { key: other.key }).get(`/clients/${theirs.id}`), 401)
  })

  test('DELETE removes the client: 204, then 404', async ({ client, assert }) => {
    const { organization, key } = await organizationWithKey()
    const [existing, kept] = await createClients(organization, [{}, { lastName: 'Blijft', email: 'k@example.test' }])
    const api = apiOf(client, organization, { key })

    const response = await api.delete(`/clients/${existing.id}`)
    response.assertStatus(204)
    assert.equal(response.text(), '')
    assert.deepEqual((await clientsOf(organization)).map((c) => c.id), [kept.id])
    assertProblem(assert, await api.get(`/clients/${existing.id}`), 404)
  })
})
