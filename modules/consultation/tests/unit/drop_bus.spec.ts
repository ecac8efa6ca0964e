import { test } from '@japa/runner'
import { RedisDropBus, type PubSubConnection } from '#modules/consultation/sfu/drop_bus'

type Subscription = { handler: (message: string) => void; onSubscription(count: number): void; onError(error: unknown): void }

/** A Redis connection whose subscriptions the test answers, and whose publish can hang (Redis down) */
function fakeRedis() {
  const pending: Subscription[] = []
  const listening = new Set<(message: string) => void>()
  const published: string[] = []
  let publishHangs = false
  const connection: PubSubConnection = {
    publish: (_channel, message) => {
      published.push(message)
      return publishHangs ? new Promise<number>(() => {}) : Promise.resolve(1)
    },
    subscribe: (_channel, handler, options) => void pending.push({ handler, ...options! }),
    unsubscribe: async (_channel, handler) => void listening.delete(handler!),
  }
  return {
    connection,
    pending,
    listening,
    published,
    hangPublish: () => (publishHangs = true),
    /* as @adonisjs/redis does: onSubscription first, then the handler joins the channel's set */
    accept: () => {
      const subscription = pending.shift()!
      subscription.onSubscription(1)
      listening.add(subscription.handler)
    },
    refuse: () => pending.shift()!.onError(new Error('connect ECONNREFUSED')),
  }
}

const flush = () => new Promise((resolve) => setImmediate(resolve))

test.group('Media drop bus over Redis', () => {
  test('a subscription refused while Redis is down is tried again until it listens', async ({ assert }) => {
    const redis = fakeRedis()
    const logged: string[] = []
    const bus = new RedisDropBus(redis.connection, () => {}, (message) => logged.push(message))
    let listening = false
    void bus.start().then(() => (listening = true))
    redis.refuse()
    assert.lengthOf(logged, 1)
    assert.match(logged[0], /trying again in 1 s/)
    await new Promise((resolve) => setTimeout(resolve, 1100))
    assert.lengthOf(redis.pending, 1, 'subscribed again after a second')
    redis.accept()
    await flush()
    assert.isTrue(listening)
    assert.equal(redis.listening.size, 1)
    await bus.close()
    assert.equal(redis.listening.size, 0)
  }).timeout(5000)

  test('a bus closed before its subscription came through does not stay subscribed', async ({ assert }) => {
    const redis = fakeRedis()
    const bus = new RedisDropBus(redis.connection, () => {})
    const started = bus.start()
    await bus.close()
    redis.accept()
    await started
    await flush()
    assert.equal(redis.listening.size, 0)
  })

  test('a drop applies here at once and does not wait for a Redis that does not answer', async ({ assert }) => {
    const redis = fakeRedis()
    const applied: string[] = []
    const bus = new RedisDropBus(redis.connection, (sid, uid) => applied.push(`${sid}:${uid ?? '*'}`))
    redis.hangPublish()
    const outcome = await Promise.race([bus.drop('s1', 'p1').then(() => 'returned'), new Promise((resolve) => setTimeout(() => resolve('waited'), 200))])
    assert.equal(outcome, 'returned')
    assert.deepEqual(applied, ['s1:p1'])
    assert.lengthOf(redis.published, 1)
    assert.deepInclude(JSON.parse(redis.published[0]), { sid: 's1', uid: 'p1' })
  })
})
