import { test } from '@japa/runner'
import { createCipheriv, createDecipheriv, createHmac, randomBytes, type KeyObject } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { keyObjectCache, literalLookup } from '#modules/consultation/sfu/worker_tuning'

function gcm(key: unknown, iv: Buffer, payload: Buffer) {
  const cipher = createCipheriv('aes-128-gcm', key as KeyObject, iv)
  const encrypted = Buffer.concat([cipher.update(payload), cipher.final()])
  return { encrypted, tag: cipher.getAuthTag() }
}

test.group('SFU worker tuning', () => {
  test('a key Buffer gets one KeyObject that encrypts exactly as the Buffer does', ({ assert }) => {
    const keyOf = keyObjectCache()
    const key = randomBytes(16)
    const iv = randomBytes(12)
    const payload = randomBytes(1100)
    const cached = keyOf(key)
    assert.strictEqual(keyOf(key), cached, 'made once, then reused')
    assert.deepEqual(gcm(cached, iv, payload), gcm(key, iv, payload))

    const { encrypted, tag } = gcm(cached, iv, payload)
    const decipher = createDecipheriv('aes-128-gcm', keyOf(key) as KeyObject, iv)
    decipher.setAuthTag(tag)
    assert.deepEqual(Buffer.concat([decipher.update(encrypted), decipher.final()]), payload)

    const hmacKey = randomBytes(20)
    assert.deepEqual(
      createHmac('sha1', keyOf(hmacKey) as KeyObject).update(payload).digest(),
      createHmac('sha1', hmacKey).update(payload).digest()
    )
  })

  test('a key Buffer whose bytes change gets a new KeyObject; other keys pass as they are', ({ assert }) => {
    const keyOf = keyObjectCache()
    const key = randomBytes(16)
    const iv = randomBytes(12)
    const payload = randomBytes(200)
    const first = keyOf(key)
    key[0] ^= 0xff
    const second = keyOf(key)
    assert.notStrictEqual(second, first)
    assert.deepEqual(gcm(second, iv, payload), gcm(Buffer.from(key), iv, payload))
    assert.equal(keyOf('a string key'), 'a string key')
    assert.strictEqual(keyOf(first), first)
  })

  test('an IP literal is answered at once, with its family; a name goes to DNS', async ({ assert }) => {
    const lookup = literalLookup()
    const answers: unknown[] = []
    lookup('127.0.0.1', 4, (error, address, family) => answers.push([error, address, family]))
    lookup('::1', 6, (error, address, family) => answers.push([error, address, family]))
    assert.deepEqual(answers, [
      [null, '127.0.0.1', 4],
      [null, '::1', 6],
    ])
    const named = await new Promise<[unknown, string, number]>((resolve) =>
      lookup('localhost', 4, (error, address, family) => resolve([error, address, family]))
    )
    assert.deepEqual(named, [null, '127.0.0.1', 4])
  })

  test('in a worker, the patched functions reach modules that imported them by name, as werift does', async ({ assert }) => {
    const dir = mkdtempSync(join(tmpdir(), 'sfu-tuning-'))
    const tuning = fileURLToPath(new URL('../../sfu/worker_tuning.ts', import.meta.url))
    const script = join(dir, 'probe.mjs')
    writeFileSync(
      script,
      `
      import { parentPort } from 'node:worker_threads'
      import { createSocket } from 'node:dgram'
      import { createCipheriv, createSecretKey, randomBytes } from 'node:crypto'
      import { tuneUdpSockets, cacheCipherKeys } from ${JSON.stringify(tuning)}
      tuneUdpSockets(1024 * 1024)
      cacheCipherKeys()
      const socket = createSocket('udp4')
      const received = []
      socket.on('message', (message) => {
        received.push(message.toString())
        if (received.length < 2) return
        const key = randomBytes(16), iv = randomBytes(12), payload = randomBytes(100)
        const encrypt = (k) => { const c = createCipheriv('aes-128-gcm', k, iv); return Buffer.concat([c.update(payload), c.final(), c.getAuthTag()]).toString('hex') }
        parentPort.postMessage({
          receive: socket.getRecvBufferSize(),
          send: socket.getSendBufferSize(),
          received: received.sort(),
          patched: String(createCipheriv).includes('keyOf'),
          same: encrypt(key) === encrypt(createSecretKey(key)),
        })
        socket.close()
      })
      /* as werift does: bind, then wait for 'listening' */
      socket.bind(0, '127.0.0.1')
      socket.once('listening', () => {
        const port = socket.address().port
        /* an IP literal is answered at once; a name still goes through DNS */
        socket.send('to a literal', port, '127.0.0.1')
        socket.send('to a name', port, 'localhost')
      })`
    )
    try {
      const result = await new Promise<{ receive: number; send: number; received: string[]; patched: boolean; same: boolean }>((resolve, reject) => {
        const worker = new Worker(script, { execArgv: ['--import', '@poppinss/ts-exec'] })
        worker.once('message', (message) => {
          resolve(message)
          void worker.terminate()
        })
        worker.once('error', reject)
      })
      /* the kernel doubles what it is given, up to net.core.rmem_max / wmem_max */
      const cap = (name: string) => Number(readFileSync(`/proc/sys/net/core/${name}`, 'utf8'))
      assert.isAtLeast(result.receive, Math.min(1024 * 1024, cap('rmem_max')))
      assert.isAtLeast(result.send, Math.min(1024 * 1024, cap('wmem_max')))
      assert.deepEqual(result.received, ['to a literal', 'to a name'])
      assert.isTrue(result.patched, 'the by-name import of createCipheriv is the caching one')
      assert.isTrue(result.same)
      /* the test's own thread is untouched */
      assert.notInclude(String(createCipheriv), 'keyOf')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }).timeout(20_000)
})
