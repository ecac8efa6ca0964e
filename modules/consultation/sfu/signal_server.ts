/*
 * The WebSocket endpoint /media/signal on the app's own HTTP server. Each
 * socket gets a SignalConnection; the media server behind it is the embedded
 * SFU worker or, with SFU_URLS, an external ion-sfu node per session.
 */
import type { IncomingMessage, Server as HttpServer } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type WebSocket } from 'ws'
import { JoinTokens, type JoinClaims } from '#modules/consultation/services/join_tokens'
import { organizationSlugFromHost } from '#core/tenancy/hosts'
import organizationResolver from '#core/tenancy/organization_resolver'
import type { SfuBackend } from './backend.js'
import { MAX_MESSAGE_BYTES } from './protocol.js'
import { SignalConnection, CloseCodes } from './signalling.js'

export const SIGNAL_PATH = '/media/signal'

/** The network test's loopback session is cut off after this long: a probe, not a free relay */
export const PROBE_SECONDS = 20

export type SignalServerOptions = {
  backend: SfuBackend
  verify?: (token: string) => JoinClaims | null
  /**
   * A participant joined; what it returns comes back to onClosed of the same
   * connection. A promise that resolves to `false` means "not (any more) in
   * this consultation": the socket is closed.
   */
  onJoined?: (claims: JoinClaims) => unknown
  /** a connection closed; `joined` is what onJoined returned, undefined when it never joined */
  onClosed?: (claims: JoinClaims | null, reason: string, joined: unknown) => void
  /** a joined socket that answers no ping for this long is dropped (its tracks leave the room) */
  heartbeatMs?: number
}

export class SignalServer {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES })
  private readonly attached = new WeakSet<HttpServer>()
  private readonly alive = new WeakMap<WebSocket, boolean>()
  private readonly heartbeat: NodeJS.Timeout
  /** joined sockets by session and participant, so the app can put someone out */
  private readonly members = new Map<string, { uid: string; ws: WebSocket }[]>()

  constructor(private readonly options: SignalServerOptions) {
    this.heartbeat = setInterval(() => this.ping(), options.heartbeatMs ?? 10_000)
    this.heartbeat.unref()
  }

  /** Handle upgrades to SIGNAL_PATH on this server; other upgrades are left alone */
  attach(server: HttpServer) {
    if (this.attached.has(server)) return
    this.attached.add(server)
    server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      const url = new URL(request.url ?? '/', 'http://localhost')
      if (url.pathname !== SIGNAL_PATH) return
      this.organizationOf(request)
        .then((organizationId) => {
          if (organizationId === null) {
            socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n')
            return
          }
          this.wss.handleUpgrade(request, socket, head, (ws) =>
            this.connection(ws, url.searchParams.get('token') ?? undefined, organizationId)
          )
        })
        .catch(() => socket.destroy())
    })
  }

  /**
   * The organization whose subdomain the socket came in on: a ticket is
   * honoured only there, so a ticket of one organization cannot enter a
   * session through another organization's host.
   */
  private async organizationOf(request: IncomingMessage): Promise<number | null> {
    const hostname = String(request.headers.host ?? '').replace(/:\d+$/, '')
    const host = organizationSlugFromHost(hostname)
    if (host.kind !== 'organization') return null
    return (await organizationResolver.bySlug(host.slug))?.id ?? null
  }

  private connection(ws: WebSocket, token: string | undefined, organizationId: number) {
    this.alive.set(ws, true)
    ws.on('pong', () => this.alive.set(ws, true))
    let joined: unknown
    const signal = new SignalConnection(
      {
        send: (message) => {
          if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message))
        },
        // let the error reply go out before the close frame
        close: (code, reason) => setImmediate(() => ws.close(code, reason)),
      },
      {
        backend: this.options.backend,
        verify: (t) => {
          const claims = (this.options.verify ?? ((ticket: string) => JoinTokens.verify(ticket)))(t)
          return claims && claims.org === organizationId ? claims : null
        },
        token,
        onJoined: (claims) => {
          if (claims.role === 'probe') {
            setTimeout(() => ws.close(CloseCodes.normal, 'probe over'), PROBE_SECONDS * 1000).unref()
            return
          }
          this.members.set(claims.sid, [...(this.members.get(claims.sid) ?? []), { uid: claims.uid, ws }])
          joined = this.options.onJoined?.(claims)
          if (joined instanceof Promise) {
            joined.then((result) => result === false && this.refuse(ws)).catch(() => {})
          }
        },
        onClosed: (claims, reason) => {
          if (claims) this.forget(claims.sid, ws)
          this.options.onClosed?.(claims, reason, joined)
        },
      }
    )
    ws.on('message', (data, isBinary) => {
      if (isBinary) return ws.close(CloseCodes.protocol, 'text frames only')
      signal.receive(String(data))
    })
    ws.on('close', () => signal.closed())
    ws.on('error', () => signal.closed('socket error'))
  }

  /**
   * Puts participants out of a session (a patient sent back to the waiting
   * room, everyone when the consultation ends): their sockets close, the
   * media server drops their tracks, and a new join needs a new ticket,
   * which the app no longer gives. Only this instance's sockets: the app
   * calls mediaPlane.drop(), whose drop bus tells every instance.
   */
  drop(sid: string, uid?: string) {
    for (const member of this.members.get(sid) ?? []) {
      if (uid === undefined || member.uid === uid) this.refuse(member.ws)
    }
  }

  private refuse(ws: WebSocket) {
    if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING) ws.close(CloseCodes.refused, 'not in this consultation')
  }

  private forget(sid: string, ws: WebSocket) {
    const left = (this.members.get(sid) ?? []).filter((member) => member.ws !== ws)
    if (left.length > 0) this.members.set(sid, left)
    else this.members.delete(sid)
  }

  /** Sockets of a closed tab die silently at times; pings find them */
  private ping() {
    for (const ws of this.wss.clients) {
      if (this.alive.get(ws) === false) {
        ws.terminate()
        continue
      }
      this.alive.set(ws, false)
      ws.ping()
    }
  }

  async close() {
    clearInterval(this.heartbeat)
    for (const ws of this.wss.clients) ws.terminate()
    await new Promise<void>((resolve) => this.wss.close(() => resolve()))
    await this.options.backend.close()
  }
}
