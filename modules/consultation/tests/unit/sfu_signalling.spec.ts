import { test } from '@japa/runner'
import { JoinTokens } from '#modules/consultation/services/join_tokens'
import { SignalConnection, CloseCodes } from '#modules/consultation/sfu/signalling'
import type { BackendHandlers, SfuBackend } from '#modules/consultation/sfu/backend'
import { RpcErrors, type JsonRpcMessage } from '#modules/consultation/sfu/protocol'
import { EmbeddedSfuBackend, workerEntry } from '#modules/consultation/sfu/embedded_backend'
import { pickNode } from '#modules/consultation/sfu/external_backend'
import { parseIceServers, parseNodeUrls, parsePortRange } from '#modules/consultation/sfu/config'
import { rembFields } from '#modules/consultation/sfu/engine'

const claims = { sid: 'session-a', uid: 'p-1', name: 'J. Jansen', role: 'client' as const, org: 1 }
const offer = { type: 'offer', sdp: 'v=0\r\n' }

/** A media server that records what reaches it and answers what the test tells it to */
function fakeBackend() {
  const received: JsonRpcMessage[] = []
  let handlers: BackendHandlers | null = null
  let opened = 0
  let closed = 0
  const backend: SfuBackend = {
    open(_sid, h) {
      opened++
      handlers = h
      return { send: (message) => received.push(message), close: () => closed++ }
    },
    async close() {},
  }
  return {
    backend,
    received,
    reply: (message: JsonRpcMessage) => handlers!.onMessage(message),
    hangUp: (reason: string) => handlers!.onClose(reason),
    get opened() {
      return opened
    },
    get closed() {
      return closed
    },
  }
}

function connection(options: { token?: string } = {}) {
  const sent: JsonRpcMessage[] = []
  const closes: { code: number; reason: string }[] = []
  const media = fakeBackend()
  const signal = new SignalConnection(
    { send: (message) => sent.push(message), close: (code, reason) => closes.push({ code, reason }) },
    { backend: media.backend, verify: (token) => JoinTokens.verify(token), token: options.token }
  )
  const send = (message: unknown) => signal.receive(JSON.stringify(message))
  return { signal, sent, closes, media, send }
}

const join = (token?: string, over: Record<string, unknown> = {}) => ({
  id: 'j1',
  method: 'join',
  params: { sid: claims.sid, uid: claims.uid, offer, ...(token ? { token } : {}), ...over },
})

test.group('SFU signalling state machine', () => {
  test('connected → joined → publishing with a valid ticket; the ticket never reaches the media server', ({ assert }) => {
    const { signal, sent, media, send } = connection({ token: JoinTokens.mint(claims) })
    assert.equal(signal.state, 'connected')
    send(join())
    assert.equal(signal.state, 'joining')
    assert.deepEqual(media.received[0], { id: 'j1', method: 'join', params: { sid: claims.sid, uid: claims.uid, offer } })
    // candidates may trickle while the join is answered
    send({ method: 'trickle', params: { target: 0, candidate: { candidate: 'candidate:1 1 udp 1 127.0.0.1 9 typ host' } } })
    assert.equal(media.received[1].method, 'trickle')
    media.reply({ id: 'j1', result: { type: 'answer', sdp: 'v=0' } })
    assert.equal(signal.state, 'joined')
    assert.deepEqual(sent.at(-1), { id: 'j1', result: { type: 'answer', sdp: 'v=0' } })
    assert.equal(signal.claims?.uid, 'p-1')

    // the server's subscriber offer and the browser's answer pass through
    media.reply({ method: 'offer', params: { type: 'offer', sdp: 'v=0' } })
    assert.deepEqual(sent.at(-1), { method: 'offer', params: { type: 'offer', sdp: 'v=0' } })
    send({ method: 'answer', params: { desc: { type: 'answer', sdp: 'v=0' } } })
    assert.equal(media.received.at(-1)!.method, 'answer')

    send({ id: 'o1', method: 'offer', params: { desc: { type: 'offer', sdp: 'v=0' } } })
    assert.equal(signal.state, 'joined')
    media.reply({ id: 'o1', result: { type: 'answer', sdp: 'v=0' } })
    assert.equal(signal.state, 'publishing')
  })

  test('the ticket may come in the join params instead of the URL', ({ assert }) => {
    const { signal, media, send } = connection()
    send(join(JoinTokens.mint(claims)))
    assert.equal(signal.state, 'joining')
    assert.notProperty(media.received[0].params as object, 'token')
  })

  test('messages out of order get JSON-RPC errors and reach nothing', ({ assert }) => {
    const { signal, sent, media, send } = connection({ token: JoinTokens.mint(claims) })
    send({ id: 'o1', method: 'offer', params: { desc: offer } })
    send({ method: 'answer', params: { desc: { type: 'answer', sdp: 'v=0' } } })
    send({ method: 'trickle', params: { target: 0, candidate: {} } })
    assert.deepEqual(
      sent.map((m) => m.error?.code),
      [RpcErrors.invalidState, RpcErrors.invalidState, RpcErrors.invalidState]
    )
    assert.equal(sent[0].id, 'o1')
    assert.equal(signal.state, 'connected')
    assert.equal(media.opened, 0)

    send(join())
    send(join())
    assert.equal(sent.at(-1)!.error!.code, RpcErrors.invalidState)
    // while joining, only candidates
    send({ id: 'o2', method: 'offer', params: { desc: offer } })
    assert.equal(sent.at(-1)!.error!.code, RpcErrors.invalidState)
    assert.equal(media.opened, 1)
    assert.lengthOf(media.received, 1)
  })

  test('invalid messages get JSON-RPC errors', ({ assert }) => {
    const { signal, sent, send } = connection({ token: JoinTokens.mint(claims) })
    signal.receive('{not json')
    send([1, 2])
    send({ id: 'x', method: 'subscribe', params: {} })
    send({ method: 'join', params: { sid: 'a', uid: 'b', offer } })
    send({ id: 'y', method: 'join' })
    assert.deepEqual(
      sent.map((m) => m.error?.code),
      [RpcErrors.parse, RpcErrors.invalidRequest, RpcErrors.methodNotFound, RpcErrors.invalidRequest, RpcErrors.invalidParams]
    )
    assert.equal(signal.state, 'connected')
    signal.receive(JSON.stringify({ id: 'z', method: 'join', params: { pad: 'x'.repeat(300 * 1024) } }))
    assert.equal(signal.state, 'closed')
  })

  test('a ticket for another session or participant is refused and the socket closed', ({ assert }) => {
    for (const over of [{ sid: 'session-b' }, { uid: 'p-2' }]) {
      const { signal, sent, closes, media, send } = connection({ token: JoinTokens.mint(claims) })
      send(join(undefined, over))
      assert.deepInclude(sent[0], { id: 'j1' })
      assert.equal(sent[0].error!.code, RpcErrors.forbidden)
      assert.equal(closes[0].code, CloseCodes.refused)
      assert.equal(signal.state, 'closed')
      assert.equal(media.opened, 0)
    }
  })

  test('an expired, forged or missing ticket is refused', ({ assert }) => {
    const expired = JoinTokens.mint(claims, 120, Date.now() - 121_000)
    const [payload] = JoinTokens.mint(claims).split('.')
    const forged = `${payload}.${'A'.repeat(43)}`
    for (const token of [expired, forged, undefined]) {
      const { signal, sent, closes, media, send } = connection({ token })
      send(join())
      assert.equal(sent[0].error!.code, RpcErrors.unauthorized)
      assert.lengthOf(closes, 1)
      assert.equal(signal.state, 'closed')
      assert.equal(media.opened, 0)
    }
  })

  test('a refused join at the media server and a media server hang-up close the socket', ({ assert }) => {
    const first = connection({ token: JoinTokens.mint(claims) })
    first.send(join())
    first.media.reply({ id: 'j1', error: { code: 500, message: 'boom' } })
    assert.equal(first.sent.at(-1)!.error!.message, 'boom')
    assert.equal(first.signal.state, 'closed')
    assert.equal(first.closes[0].code, CloseCodes.refused)

    const second = connection({ token: JoinTokens.mint(claims) })
    second.send(join())
    second.media.reply({ id: 'j1', result: { type: 'answer', sdp: 'v=0' } })
    second.media.hangUp('replaced by a new connection')
    assert.equal(second.signal.state, 'closed')
    assert.deepEqual(second.closes[0], { code: CloseCodes.replaced, reason: 'replaced by a new connection' })

    /* any other hang-up is the media server going away: the page reconnects */
    const third = connection({ token: JoinTokens.mint(claims) })
    third.send(join())
    third.media.reply({ id: 'j1', result: { type: 'answer', sdp: 'v=0' } })
    third.media.hangUp('media server closed the connection')
    assert.deepEqual(third.closes[0], { code: CloseCodes.mediaServerGone, reason: 'media server closed the connection' })
  })

  test('a closed socket drops the participant at the media server once', ({ assert }) => {
    const { signal, media, send } = connection({ token: JoinTokens.mint(claims) })
    send(join())
    signal.closed()
    signal.closed()
    assert.equal(media.closed, 1)
    send({ method: 'trickle', params: { target: 0, candidate: {} } })
    assert.lengthOf(media.received, 1)
  })
})

test.group('SFU configuration and helpers', () => {
  test('the SFU worker starts (TypeScript entry under ts-exec) and answers', async ({ assert }) => {
    const backend = new EmbeddedSfuBackend({ iceServers: [] })
    try {
      assert.deepEqual(await backend.stats(), { rooms: 0, peers: 0 })
      // a call before join is refused by the engine itself
      const replies: JsonRpcMessage[] = []
      const link = backend.open('s', { onMessage: (m) => replies.push(m), onClose: () => {} })
      link.send({ id: 1, method: 'offer', params: { desc: offer } })
      for (let i = 0; i < 50 && replies.length === 0; i++) await new Promise((r) => setTimeout(r, 20))
      assert.equal(replies[0].error!.code, RpcErrors.notJoined)
    } finally {
      await backend.close()
    }
  })

  test('the built app starts the compiled worker without the TypeScript loader', ({ assert }) => {
    const built = workerEntry('file:///srv/app/build/modules/consultation/sfu/embedded_backend.js')
    assert.equal(built.url.href, 'file:///srv/app/build/modules/consultation/sfu/sfu_worker.js')
    assert.deepEqual(built.execArgv, [])
    assert.deepEqual(workerEntry('file:///srv/app/modules/consultation/sfu/embedded_backend.ts').execArgv, ['--import', '@poppinss/ts-exec'])
  })

  test('every participant of a session lands on the same node; a down node is skipped', ({ assert }) => {
    const urls = ['ws://a:7000/ws', 'ws://b:7000/ws', 'ws://c:7000/ws']
    const node = pickNode(urls, 'room-1')!
    assert.include(urls, node)
    assert.equal(pickNode([...urls].reverse(), 'room-1'), node)
    const other = pickNode(urls, 'room-1', new Set([node]))
    assert.notEqual(other, node)
    const spread = new Set(Array.from({ length: 60 }, (_, i) => pickNode(urls, `room-${i}`)))
    assert.equal(spread.size, 3)
    assert.equal(pickNode(urls, 'room-1', new Set(urls)), node)
  })

  test('SFU environment values are parsed strictly', ({ assert }) => {
    assert.deepEqual(parseNodeUrls(' ws://a/ws, wss://b/ws ,'), ['ws://a/ws', 'wss://b/ws'])
    assert.throws(() => parseNodeUrls('http://a'))
    assert.deepEqual(parseIceServers(undefined), [])
    assert.deepEqual(parseIceServers('[{"urls":"turn:t:3478","username":"u","credential":"p"}]'), [
      { urls: 'turn:t:3478', username: 'u', credential: 'p' },
    ])
    assert.throws(() => parseIceServers('{"urls":"stun:x"}'))
    assert.throws(() => parseIceServers('[{"url":"stun:x"}]'))
    assert.deepEqual(parsePortRange('40000-40999'), [40000, 40999])
    assert.isUndefined(parsePortRange(''))
    assert.throws(() => parsePortRange('5000-4000'))
  })

  test('REMB bitrate fields: 18-bit mantissa and exponent', ({ assert }) => {
    for (const bitrate of [100_000, 500_000, 1_000_000, 262_143]) {
      const { brExp, brMantissa } = rembFields(bitrate)
      assert.isBelow(brMantissa, 1 << 18)
      assert.approximately(brMantissa * 2 ** brExp, bitrate, 2 ** brExp)
    }
  })
})
