import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import type { ApiRequest } from '@japa/api-client'
import env from '#start/env'
import { createOrganization } from '#tests/support/world'
import { onHost } from '#tests/support/requests'
import { hostOf } from '#tests/support/world'
import limiter from '@adonisjs/limiter/services/main'
import { JoinTokens } from '#modules/consultation/services/join_tokens'
import { MEDIA_PROBES_PER_MINUTE } from '#modules/consultation/controllers/device_test_controller'

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
  /* a fresh allowance of media probes for this machine's IP, in whichever store the limiter uses, before and after */
  const forgetProbes = async () => {
    await limiter
      .use({ requests: MEDIA_PROBES_PER_MINUTE, duration: '1 min', blockDuration: '1 min' })
      .delete('device_probe_127.0.0.1')
  }
  group.each.setup(async () => {
    await forgetProbes()
    return () => forgetProbes()
  })
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

  test('the media-server probe gets two loopback tickets on an organization host only, a few a minute', async ({ client, assert }) => {
    const response = await onHost(client, hostOf(organization)).post('/device-test/media-ticket')
    response.assertStatus(200)
    assert.equal(response.header('cache-control'), 'no-store, max-age=0')
    const body = response.body()
    assert.match(body.sessionId, /^probe-[A-Za-z0-9_-]{20,}$/)
    const sender = JoinTokens.verify(body.sender.ticket)!
    const receiver = JoinTokens.verify(body.receiver.ticket)!
    assert.containsSubset(sender, { sid: body.sessionId, uid: 'probe-sender', role: 'probe', org: organization.id })
    assert.containsSubset(receiver, { sid: body.sessionId, uid: 'probe-receiver', role: 'probe' })
    assert.equal(body.signalPath, '/media/signal')
    const again = await onHost(client, hostOf(organization)).post('/device-test/media-ticket')
    assert.notEqual(again.body().sessionId, body.sessionId, 'every test has a session of its own')

    ;(await onHost(client, platformHost()).post('/device-test/media-ticket')).assertStatus(404)
  })

  test('the media-server probe is limited per caller', async ({ client }) => {
    for (let i = 0; i < MEDIA_PROBES_PER_MINUTE - 2; i++) {
      ;(await onHost(client, hostOf(organization)).post('/device-test/media-ticket')).assertStatus(200)
    }
    const attempts = []
    for (let i = 0; i < 4; i++) attempts.push((await onHost(client, hostOf(organization)).post('/device-test/media-ticket')).status())
    if (!attempts.includes(429)) throw new Error(`never limited: ${attempts.join(', ')}`)
  })
})
