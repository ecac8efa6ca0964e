import { test } from '@japa/runner'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { randomUUID } from 'node:crypto'
import WebSocket from 'ws'
import testUtils from '@adonisjs/core/services/test_utils'
import { RedisConnection } from '@adonisjs/redis'
import type Organization from '#models/organization'
import { SignalServer, SIGNAL_PATH } from '#modules/consultation/sfu/signal_server'
import { LocalDropBus, RedisDropBus, type DropBus } from '#modules/consultation/sfu/drop_bus'
import type { SfuBackend } from '#modules/consultation/sfu/backend'
import { CloseCodes } from '#modules/consultation/sfu/signalling'
import { createOrganization } from '#tests/support/world'

/*
 * Putting people out of a media session (sent back, consultation ended) must
 * reach the app instance that holds their signalling socket. Each "instance"
 * here is a SignalServer on its own HTTP server, as on another machine.
 */

/** A media server that answers every join at once */
const answeringBackend = (): SfuBackend => ({
  open(_sid, handlers) {
    return {
      send(message) {
        if (message.method === 'join') setImmediate(() => handlers.onMessage({ id: message.id, result: { type: 'answer', sdp: 'v=0\r\n' } }))
      },
      close() {},
    }
  },
  async close() {},
})

type Instance = { signal: SignalServer; http: Server; port: number }

async function instance(organization: Organization, sid: string): Promise<Instance> {
  /* the ticket is the participant's uid (the real ticket check has tests of its own) */
  const signal = new SignalServer({
    backend: answeringBackend(),
    verify: (uid) => ({ sid, uid, name: uid, role: 'client', org: organization.id, exp: 0 }),
  })
  const http = createServer()
  signal.attach(http)
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  return { signal, http, port: (http.address() as AddressInfo).port }
}

async function stop(...instances: Instance[]) {
  for (const { signal, http } of instances) {
    await signal.close()
    http.closeAllConnections()
    await new Promise((resolve) => http.close(resolve))
  }
}

/** A browser in the session: connected and joined; `closed` resolves with the close code */
async function participant(on: Instance, organization: Organization, sid: string, uid: string) {
  const ws = new WebSocket(`ws://127.0.0.1:${on.port}${SIGNAL_PATH}?token=${uid}`, {
    headers: { host: `${organization.slug}.localhost` },
  })
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)))
  await new Promise<void>((resolve, reject) => {
    ws.on('open', () => ws.send(JSON.stringify({ id: 'j1', method: 'join', params: { sid, uid, offer: { type: 'offer', sdp: 'v=0\r\n' } } })))
    ws.on('message', (data) => {
      const message = JSON.parse(String(data))
      if (message.id === 'j1') message.result ? resolve() : reject(new Error(JSON.stringify(message)))
    })
    ws.on('error', reject)
  })
  return { ws, closed, get open() {
    return ws.readyState === WebSocket.OPEN
  } }
}

/** Whether the promise settles within `ms` */
const within = (promise: Promise<unknown>, ms = 2000) =>
  Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))])

test.group('Media drop | one instance', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('sent back: only that person is put out; the end puts everyone out', async ({ assert, cleanup }) => {
    const organization = await createOrganization()
    const sid = randomUUID()
    const one = await instance(organization, sid)
    cleanup(() => stop(one))
    const bus: DropBus = new LocalDropBus((s, uid) => one.signal.drop(s, uid))
    const patient = await participant(one, organization, sid, 'p1')
    const practitioner = await participant(one, organization, sid, 'u1')

    await bus.drop(sid, 'p1')
    assert.equal(await patient.closed, CloseCodes.refused)
    assert.isTrue(practitioner.open, 'the others stay')

    await bus.drop(randomUUID())
    assert.isTrue(practitioner.open, 'another session is not touched')
    await bus.drop(sid)
    assert.equal(await practitioner.closed, CloseCodes.refused)
  })
})

/* Redis runs wherever the suite runs on Redis (.ci/run's second pass sets both) */
const withRedis = Boolean(process.env.REDIS_HOST) || process.env.QUEUE_DRIVER === 'redis'

test.group('Media drop | several instances over Redis', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a drop published on one instance closes the socket held by another, and the publisher\'s own', async ({ assert, cleanup }) => {
    const organization = await createOrganization()
    const sid = randomUUID()
    /* a channel of this test's own: other test runs share the Redis */
    const channel = `test:consultation:media:drop:${randomUUID()}`
    const connection = (name: string) =>
      new RedisConnection(name, {
        host: process.env.REDIS_HOST ?? '127.0.0.1',
        port: Number(process.env.REDIS_PORT ?? 6379),
        password: process.env.REDIS_PASSWORD || undefined,
      })
    const redisA = connection('drop-test-a')
    const redisB = connection('drop-test-b')
    const a = await instance(organization, sid)
    const b = await instance(organization, sid)
    const applied: string[] = []
    const busA = new RedisDropBus(redisA, (s, uid) => {
      applied.push(`a:${uid ?? '*'}`)
      a.signal.drop(s, uid)
    }, undefined, channel)
    const busB = new RedisDropBus(redisB, (s, uid) => {
      applied.push(`b:${uid ?? '*'}`)
      b.signal.drop(s, uid)
    }, undefined, channel)
    cleanup(async () => {
      await busA.close()
      await busB.close()
      await redisA.quit()
      await redisB.quit()
      await stop(a, b)
    })
    await Promise.all([busA.start(), busB.start()])

    const patientOnB = await participant(b, organization, sid, 'p1')
    const colleagueOnB = await participant(b, organization, sid, 'u2')
    const practitionerOnA = await participant(a, organization, sid, 'u1')

    /* the practitioner (on instance A) sends the patient (on B) back */
    await busA.drop(sid, 'p1')
    assert.isTrue(await within(patientOnB.closed), 'the socket on the other instance closes')
    assert.equal(await patientOnB.closed, CloseCodes.refused)
    assert.isTrue(colleagueOnB.open)
    assert.isTrue(practitionerOnA.open)

    /* the end: everyone, on both instances */
    await busA.drop(sid)
    assert.isTrue(await within(Promise.all([colleagueOnB.closed, practitionerOnA.closed])))
    assert.equal(await colleagueOnB.closed, CloseCodes.refused)
    assert.equal(await practitionerOnA.closed, CloseCodes.refused)
    /* a drop from B that A has seen comes after any echo of A's own drops (Redis keeps their order) */
    await busB.drop(randomUUID(), 'marker')
    assert.isTrue(await within(new Promise<void>((resolve) => {
      const poll = setInterval(() => applied.includes('a:marker') && (clearInterval(poll), resolve()), 10)
    })))
    /* the publisher applied each of its drops once (not again from its own echo), the other instance once */
    assert.deepEqual(applied.sort(), ['a:*', 'a:marker', 'a:p1', 'b:*', 'b:marker', 'b:p1'])
  })
    .skip(!withRedis, 'needs Redis (REDIS_HOST or QUEUE_DRIVER=redis)')
    .timeout(15_000)
})
