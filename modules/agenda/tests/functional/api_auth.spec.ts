import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import tenancy from '#core/tenancy/tenancy'
import Organization from '#models/organization'
import Client from '#modules/agenda/models/client'
import {
  API_FAILED_AUTH_LIMIT,
  API_RATE_LIMIT,
  apiRateLimiter,
  apiRateLimitKey,
} from '#modules/agenda/middleware/api_key_middleware'
import { createUser, hostOf } from '#tests/support/world'
import { onOrganization } from '#tests/support/requests'
import { assertRedirect } from '#tests/support/responses'
import { apiOf, assertProblem, organizationWithKey } from './api_support.js'

const clientsOf = (organization: Organization) => tenancy.run(organization, async () => await Client.query())

const newClient = {
  initials: 'J.',
  lastName: 'Jansen',
  dateOfBirth: '1980-04-12',
  email: 'j.jansen@example.test',
}

test.group('API | authentication', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('without a key: 401 problem with WWW-Authenticate: Bearer, and nothing is listed', async ({ client, assert }) => {
    const { organization } = await organizationWithKey()
    const response = await apiOf(client, organization).get('/clients')
    const problem = assertProblem(assert, response, 401)
    assert.match(response.header('www-authenticate') ?? '', /^Bearer\b/)
    assert.notProperty(response.headers(), 'set-cookie')
    assert.equal(problem.code, 'unauthorized')
    assert.equal(problem.instance, '/api/v1/clients')
    assert.include(problem.detail, 'Authorization: Bearer')
    assert.notProperty(problem, 'data')
  })

  test('a wrong key or the key of another organization is refused on this subdomain', async ({ client, assert }) => {
    const { organization, key } = await organizationWithKey()
    const other = await organizationWithKey()
    await tenancy.run(organization, () => Client.create({ ...newClient, dateOfBirth: '1970-01-01' }))

    const wrong = await apiOf(client, organization, { key: `${key.slice(0, -2)}xx` }).get('/clients')
    assertProblem(assert, wrong, 401)
    assert.match(wrong.header('www-authenticate') ?? '', /error="invalid_token"/)

    const foreign = await apiOf(client, organization, { key: other.key }).get('/clients')
    assertProblem(assert, foreign, 401)

    /* a Basic header or a bare key is no Bearer key */
    const basic = await apiOf(client, organization).get('/clients').header('authorization', `Basic ${key}`)
    assertProblem(assert, basic, 401)

    /* each key works on its own subdomain */
    const own = await apiOf(client, organization, { key }).get('/clients')
    own.assertStatus(200)
    assert.notProperty(own.headers(), 'set-cookie', 'no session cookie, no XSRF cookie')
    assert.lengthOf(own.body().data, 1)
    const otherOwn = await apiOf(client, other.organization, { key: other.key }).get('/clients')
    otherOwn.assertStatus(200)
    assert.lengthOf(otherOwn.body().data, 0, "the other organization's key sees only its own clients")
  })

  test('a revoked or replaced key stops working at once', async ({ client, assert }) => {
    const { organization, key } = await organizationWithKey()
    const admin = await createUser(organization, 'org_admin')
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: '/organization/settings' })
    ;(await apiOf(client, organization, { key }).get('/clients')).assertStatus(200)

    const rotated = await asAdmin.post('/organization/api-key')
    assertRedirect(assert, rotated)
    const newKey = rotated.flashMessage('newApiKey') as unknown as string
    assertProblem(assert, await apiOf(client, organization, { key }).get('/clients'), 401)
    ;(await apiOf(client, organization, { key: newKey }).get('/clients')).assertStatus(200)

    assertRedirect(assert, await asAdmin.delete('/organization/api-key'))
    assertProblem(assert, await apiOf(client, organization, { key: newKey }).get('/clients'), 401)
  })

  test('an organization without a key cannot be used through the API', async ({ client, assert }) => {
    const { organization } = await organizationWithKey()
    organization.merge({ apiKeyHash: null, apiKeyPrefix: null, apiKeyCreatedAt: null })
    await organization.save()
    /* whatever is sent, including the hash of nothing */
    for (const key of ['ck_anything', 'null', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855']) {
      assertProblem(assert, await apiOf(client, organization, { key }).get('/clients'), 401)
    }
  })

  test('a logged-in session is no API key; a change without CSRF token works with the key', async ({ client, assert }) => {
    const { organization, key } = await organizationWithKey()
    const admin = await createUser(organization, 'org_admin')
    const withSession = await client
      .get('/api/v1/clients')
      .header('host', hostOf(organization))
      .header('accept', 'application/json')
      .loginAs(admin)
    assertProblem(assert, withSession, 401)

    const created = await apiOf(client, organization, { key }).post('/clients', newClient)
    created.assertStatus(201)
    assert.lengthOf(await clientsOf(organization), 1)
  })

  test('the organization is limited to its requests per minute: 429 problem with Retry-After', async ({ client, assert }) => {
    const { organization, key } = await organizationWithKey()
    const other = await organizationWithKey()
    const first = await apiOf(client, organization, { key }).get('/clients')
    first.assertStatus(200)
    assert.equal(first.header('x-ratelimit-limit'), String(API_RATE_LIMIT.requests))
    assert.equal(first.header('x-ratelimit-remaining'), String(API_RATE_LIMIT.requests - 1))

    /* the minute's requests used up */
    await apiRateLimiter().set(apiRateLimitKey(organization), API_RATE_LIMIT.requests, API_RATE_LIMIT.duration)
    const limited = await apiOf(client, organization, { key }).post('/clients', newClient)
    const problem = assertProblem(assert, limited, 429)
    assert.equal(problem.code, 'too_many_requests')
    const retryAfter = Number(limited.header('retry-after'))
    assert.isAbove(retryAfter, 0)
    assert.isAtMost(retryAfter, 60)
    assert.lengthOf(await clientsOf(organization), 0, 'the limited request changed nothing')

    /* another organization has its own allowance */
    ;(await apiOf(client, other.organization, { key: other.key }).get('/clients')).assertStatus(200)
  })

  test('too many wrong keys from one address: 429, even with the right key, until the pause ends', async ({ client, assert }) => {
    const { organization, key } = await organizationWithKey()
    const wrong = apiOf(client, organization, { key: 'ck_guessing' })
    for (let attempt = 0; attempt < API_FAILED_AUTH_LIMIT.requests; attempt++) {
      assertProblem(assert, await wrong.get('/clients'), 401)
    }
    const blocked = await apiOf(client, organization, { key }).get('/clients')
    assertProblem(assert, blocked, 429)
    assert.isAbove(Number(blocked.header('retry-after')), 60)
  })

  test('problems are translated per Accept-Language', async ({ client, assert }) => {
    const { organization } = await organizationWithKey()
    const details = new Set<string>()
    for (const language of ['en', 'nl', 'de', 'pl']) {
      const response = await apiOf(client, organization, { language }).get('/clients')
      const problem = assertProblem(assert, response, 401)
      details.add(problem.detail)
    }
    assert.equal(details.size, 4, 'each language has its own text')
    const dutch = assertProblem(assert, await apiOf(client, organization, { language: 'nl-NL,nl;q=0.9' }).get('/clients'), 401)
    assert.include(dutch.detail, 'API-sleutel')
  })

  test('an unknown endpoint, a non-JSON body and unreadable JSON are problems too', async ({ client, assert }) => {
    const { organization, key } = await organizationWithKey()
    const api = apiOf(client, organization, { key })

    const unknown = assertProblem(assert, await api.get('/patients'), 404)
    assert.include(unknown.detail, '/api/v1/patients')

    const form = await api.post('/clients').form(newClient)
    assertProblem(assert, form, 415)

    const broken = await api.post('/clients').type('application/json').unsafeJson('{"initials": ')
    assertProblem(assert, broken, 400)
    assert.lengthOf(await clientsOf(organization), 0)
  })

  test('the HTML application keeps its own error pages', async ({ client, assert }) => {
    const { organization } = await organizationWithKey()
    const admin = await createUser(organization, 'org_admin')
    const page = await onOrganization(client, organization, { as: admin }).get('/no-such-page').header('accept', 'text/html')
    page.assertStatus(404)
    assert.match(page.header('content-type') ?? '', /text\/html/)
  })
})
