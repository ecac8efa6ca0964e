import { createHash } from 'node:crypto'
import WebSocket from 'ws'
import type { BackendHandlers, BackendLink, SfuBackend } from './backend.js'
import { MAX_MESSAGE_BYTES, type JsonRpcMessage } from './protocol.js'

/**
 * The node that hosts a session: rendezvous hashing on the session id, so
 * every participant of one consultation lands on the same node and adding a
 * node moves only the sessions it wins. `down` nodes (failed to connect
 * recently) are skipped while another node remains.
 */
export function pickNode(urls: string[], sid: string, down: ReadonlySet<string> = new Set()): string | undefined {
  const candidates = urls.filter((url) => !down.has(url))
  const pool = candidates.length > 0 ? candidates : urls
  let best: string | undefined
  let bestScore = ''
  for (const url of pool) {
    const score = createHash('sha256').update(`${url}\n${sid}`).digest('hex')
    if (best === undefined || score > bestScore) {
      best = url
      bestScore = score
    }
  }
  return best
}

const DOWN_FOR_MS = 30_000

/**
 * How a node is named on a consultation's record (media_node): host and
 * port, never the URL's credentials, path or query.
 */
export function nodeLabel(url: string): string {
  const parsed = new URL(url)
  const port = parsed.port || (parsed.protocol === 'wss:' ? '443' : '80')
  return `${parsed.hostname}:${port}`.slice(0, 100)
}

/**
 * External pion ion-sfu nodes (cmd/signal/json-rpc). They have no
 * authentication of their own, so browsers never reach them directly for
 * signalling: the relay checked the ticket and forwards here; media then
 * flow between the browser and the node.
 */
export class ExternalSfuBackend implements SfuBackend {
  private readonly downUntil = new Map<string, number>()
  private readonly sockets = new Set<WebSocket>()
  /** the node of each session with links open from this instance (the latest link's), and how many */
  private readonly sessions = new Map<string, { url: string; links: number }>()

  constructor(
    private readonly urls: string[],
    private readonly log: (message: string, error?: unknown) => void = () => {}
  ) {
    if (urls.length === 0) throw new Error('ExternalSfuBackend needs at least one node URL')
  }

  private downNodes(): Set<string> {
    const now = Date.now()
    return new Set([...this.downUntil].filter(([, until]) => until > now).map(([url]) => url))
  }

  open(sid: string, handlers: BackendHandlers): BackendLink {
    const url = pickNode(this.urls, sid, this.downNodes())!
    const socket = new WebSocket(url, { maxPayload: MAX_MESSAGE_BYTES, handshakeTimeout: 5000 })
    this.sockets.add(socket)
    this.sessions.set(sid, { url, links: (this.sessions.get(sid)?.links ?? 0) + 1 })
    const queue: string[] = []
    let closed = false
    const unlink = () => {
      const session = this.sessions.get(sid)
      if (!session) return
      if (session.links <= 1) this.sessions.delete(sid)
      else session.links--
    }
    const finish = (reason: string) => {
      if (closed) return
      closed = true
      this.sockets.delete(socket)
      unlink()
      handlers.onClose(reason)
    }
    socket.on('open', () => {
      this.downUntil.delete(url)
      for (const data of queue.splice(0)) socket.send(data)
    })
    socket.on('message', (data) => {
      try {
        handlers.onMessage(JSON.parse(String(data)) as JsonRpcMessage)
      } catch (error) {
        this.log('bad message from SFU node', error)
      }
    })
    socket.on('error', (error) => {
      if (socket.readyState !== WebSocket.OPEN) this.downUntil.set(url, Date.now() + DOWN_FOR_MS)
      this.log(`SFU node ${url} failed`, error)
    })
    socket.on('close', () => finish('media server closed the connection'))
    return {
      send: (message) => {
        const data = JSON.stringify(message)
        if (socket.readyState === WebSocket.OPEN) socket.send(data)
        else if (socket.readyState === WebSocket.CONNECTING) queue.push(data)
      },
      close: () => {
        if (!closed) unlink()
        closed = true
        this.sockets.delete(socket)
        socket.close()
      },
    }
  }

  /**
   * The node serving session `sid` (host:port), as its latest link from
   * this instance went; undefined when this instance has no link open for it.
   */
  nodeOf(sid: string): string | undefined {
    const session = this.sessions.get(sid)
    return session ? nodeLabel(session.url) : undefined
  }

  async close() {
    for (const socket of this.sockets) socket.terminate()
    this.sockets.clear()
    this.sessions.clear()
  }
}
