import { test } from '@japa/runner'
import { createServer } from 'node:net'
import { WebSocketServer } from 'ws'
import { ExternalSfuBackend, nodeLabel, pickNode } from '#modules/consultation/sfu/external_backend'
import type { JsonRpcMessage } from '#modules/consultation/sfu/protocol'

/* A port nothing listens on: a node that is down */
async function deadPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

/* A stand-in ion-sfu node: answers `join` with an answer, and records what it got */
async function fakeNode() {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1' })
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  const received: JsonRpcMessage[] = []
  server.on('connection', (socket) => {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as JsonRpcMessage
      received.push(message)
      if (message.method === 'join') socket.send(JSON.stringify({ id: message.id, result: { type: 'answer', sdp: 'v=0' } }))
    })
  })
  const port = (server.address() as { port: number }).port
  return { url: `ws://127.0.0.1:${port}/ws`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

test.group('External SFU nodes', () => {
  test('a session whose node is down is told so, and the retry lands on the other node', async ({ assert, cleanup }) => {
    const live = await fakeNode()
    const dead = `ws://127.0.0.1:${await deadPort()}/ws`
    cleanup(() => live.close())
    const urls = [dead, live.url]
    /* a session that the hash places on the dead node */
    let sid = ''
    for (let i = 0; pickNode(urls, sid) !== dead; i++) sid = `session-${i}`
    const backend = new ExternalSfuBackend(urls)
    cleanup(() => backend.close())

    const firstClose = await new Promise<string>((resolve) => {
      const link = backend.open(sid, { onMessage: () => {}, onClose: resolve })
      link.send({ id: 1, method: 'join', params: { sid, uid: 'a', offer: { type: 'offer', sdp: 'v=0' } } })
    })
    assert.match(firstClose, /closed/)

    const answer = await new Promise<JsonRpcMessage>((resolve, reject) => {
      const link = backend.open(sid, { onMessage: resolve, onClose: (reason) => reject(new Error(reason)) })
      link.send({ id: 2, method: 'join', params: { sid, uid: 'a', offer: { type: 'offer', sdp: 'v=0' } } })
    })
    assert.deepEqual(answer, { id: 2, result: { type: 'answer', sdp: 'v=0' } })
    assert.equal(live.received[0].method, 'join', 'the message queued while connecting reached the live node')
  })

  test('the node serving a session is named by host and port, never by the URL\'s credentials or path', async ({ assert, cleanup }) => {
    assert.equal(nodeLabel('wss://relay:s3cret@sfu-1.example.test:7443/ws?key=abc'), 'sfu-1.example.test:7443')
    assert.equal(nodeLabel('ws://sfu-2.example.test/ws'), 'sfu-2.example.test:80')
    assert.equal(nodeLabel('wss://sfu-3.example.test'), 'sfu-3.example.test:443')

    const node = await fakeNode()
    cleanup(() => node.close())
    const backend = new ExternalSfuBackend([node.url])
    cleanup(() => backend.close())
    const port = new URL(node.url).port
    assert.isUndefined(backend.nodeOf('s1'), 'no link open for it here')
    const handlers = { onMessage: () => {}, onClose: () => {} }
    const first = backend.open('s1', handlers)
    const second = backend.open('s1', handlers)
    assert.equal(backend.nodeOf('s1'), `127.0.0.1:${port}`)
    first.close()
    assert.equal(backend.nodeOf('s1'), `127.0.0.1:${port}`, 'still one link open')
    second.close()
    assert.isUndefined(backend.nodeOf('s1'), 'forgotten with its last link')
  })
})
