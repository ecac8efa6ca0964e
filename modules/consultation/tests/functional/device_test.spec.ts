import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import type { ApiRequest } from '@japa/api-client'
import env from '#start/env'
import { createOrganization } from '#tests/support/world'
import { onHost } from '#tests/support/requests'
import { hostOf } from '#tests/support/world'

const MAX = 2 * 1024 * 1024
const platformHost = () => `${env.get('APP_DOMAIN')}:${env.get('PORT')}`
const unknownHost = () => `no-such-clinic-${Date.now()}.${env.get('APP_DOMAIN')}:${env.get('PORT')}`

/** A raw octet-stream body, as the page's upload probe sends it */
function raw(request: ApiRequest, bytes: number) {
  request.request.type('application/octet-stream').send(Buffer.alloc(bytes, 7))
  return request
}

test.group('Device test page and connection probes (no login)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  let organization: Awaited<ReturnType<typeof createOrganization>>
  group.each.setup(async () => {
    organization = await createOrganization()
  })

  test('the page opens for a visitor on the organization subdomain and on the platform domain', async ({ client }) => {
    const onOrg = await onHost(client, hostOf(organization)).get('/device-test').withInertia()
    onOrg.assertStatus(200)
    onOrg.assertInertiaComponent('consultation/device_test')
    const onPlatform = await onHost(client, platformHost()).get('/device-test').withInertia()
    onPlatform.assertStatus(200)
    onPlatform.assertInertiaComponent('consultation/device_test')
  })

  test('ping answers a tiny JSON that no cache may keep', async ({ client, assert }) => {
    const response = await onHost(client, hostOf(organization)).get('/device-test/ping')
    response.assertStatus(200)
    assert.isTrue(response.body().ok)
    assert.include(response.header('cache-control'), 'no-store')
    assert.isBelow(response.text().length, 100)
  })

  test('download sends the asked number of random bytes, capped at 2 MB, never cached', async ({ client, assert }) => {
    const requests = onHost(client, hostOf(organization))
    const small = await requests.get('/device-test/download?bytes=1000').request.buffer(true)
    assert.equal(small.status, 200)
    assert.include(small.headers['cache-control'], 'no-store')
    assert.equal(small.body.length, 1000)
    const other = await requests.get('/device-test/download?bytes=1000').request.buffer(true)
    assert.notDeepEqual(other.body, small.body, 'random, so a compressor or cache cannot shorten the test')

    const huge = await requests.get(`/device-test/download?bytes=${50 * MAX}`).request.buffer(true)
    assert.equal(huge.status, 200)
    assert.equal(huge.body.length, MAX)

    for (const nonsense of ['-5', 'abc']) {
      const response = await requests.get(`/device-test/download?bytes=${nonsense}`).request.buffer(true)
      assert.equal(response.status, 200)
      assert.isAtMost(response.body.length, MAX)
    }
  })

  test('upload accepts and discards up to 2 MB and refuses more', async ({ client, assert }) => {
    const requests = onHost(client, hostOf(organization))
    const ok = await raw(requests.post('/device-test/upload'), MAX)
    ok.assertStatus(200)
    assert.equal(ok.body().received, MAX)
    assert.include(ok.header('cache-control'), 'no-store')

    const tooBig = await raw(requests.post('/device-test/upload'), MAX + 1)
    tooBig.assertStatus(413)
  })

  test('upload keeps the CSRF protection: a POST without the token is refused', async ({ client, assert }) => {
    const request = client.post('/device-test/upload').header('host', hostOf(organization)).redirects(0)
    const response = await raw(request, 1000)
    /* Shield's refusal: a redirect back, not the probe's JSON answer */
    response.assertStatus(302)
    assert.notProperty(response.body() ?? {}, 'received')
  })

  test('on an unknown subdomain every device-test route is not found', async ({ client, assert }) => {
    const requests = onHost(client, unknownHost())
    for (const path of ['/device-test', '/device-test/ping', '/device-test/download?bytes=10']) {
      const response = await requests.get(path)
      assert.equal(response.status(), 404, path)
    }
    const upload = await raw(requests.post('/device-test/upload'), 10)
    upload.assertStatus(404)
  })
})
