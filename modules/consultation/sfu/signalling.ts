/*
 * One browser's signalling connection, as a state machine the WebSocket
 * endpoint (signal_server.ts) feeds with raw messages:
 *
 *   connected ──join (valid ticket for exactly this sid/uid)──▶ joining
 *   joining ──join answered──▶ joined ──publisher offer answered──▶ publishing
 *   any ──socket closed / media server hung up / refused join──▶ closed
 *
 * Nothing reaches the media server before a join with a valid ticket; a
 * refused join gets a JSON-RPC error and the socket is closed.
 */
import type { JoinClaims } from '#modules/consultation/services/join_tokens'
import type { BackendLink, SfuBackend } from './backend.js'
import { MAX_MESSAGE_BYTES, RpcErrors, type JsonRpcId, type JsonRpcMessage } from './protocol.js'

export type SignalState = 'connected' | 'joining' | 'joined' | 'publishing' | 'closed'

export type SignalTransport = {
  send(message: JsonRpcMessage): void
  close(code: number, reason: string): void
}

export type SignalOptions = {
  backend: SfuBackend
  verify: (token: string) => JoinClaims | null
  /** ticket from the WebSocket URL (?token=), if any */
  token?: string
  /** called once the participant has joined (consultation records, presence) */
  onJoined?: (claims: JoinClaims) => void
  onClosed?: (claims: JoinClaims | null, reason: string) => void
}

/** WebSocket close codes (4000-4999 are the application's) */
export const CloseCodes = { normal: 1000, refused: 4403, replaced: 4409, mediaServerGone: 4503, protocol: 4400 } as const

/* the embedded SFU's reason when the same participant joined again (engine.ts) */
const REPLACED = /^replaced\b/

/** Which methods each state accepts from the client */
const ALLOWED: Record<SignalState, ReadonlySet<string>> = {
  connected: new Set(['join']),
  joining: new Set(['trickle']),
  joined: new Set(['offer', 'answer', 'trickle']),
  publishing: new Set(['offer', 'answer', 'trickle']),
  closed: new Set(),
}

const CALLS = new Set(['join', 'offer'])

export class SignalConnection {
  state: SignalState = 'connected'
  claims: JoinClaims | null = null
  private link: BackendLink | null = null
  private joinId: JsonRpcId | null = null
  private readonly pendingOffers = new Set<JsonRpcId>()

  constructor(
    private readonly transport: SignalTransport,
    private readonly options: SignalOptions
  ) {}

  /** A text frame from the browser */
  receive(raw: string) {
    if (this.state === 'closed') return
    if (Buffer.byteLength(raw) > MAX_MESSAGE_BYTES) return this.refuse(null, RpcErrors.invalidRequest, 'message too large', true)
    let message: JsonRpcMessage
    try {
      message = JSON.parse(raw)
    } catch {
      return this.error(null, RpcErrors.parse, 'invalid JSON')
    }
    if (!message || typeof message !== 'object' || Array.isArray(message) || typeof message.method !== 'string') {
      return this.error(null, RpcErrors.invalidRequest, 'not a JSON-RPC request')
    }
    const id = message.id ?? null
    const method = message.method
    const params = message.params as Record<string, any> | undefined
    if (!['join', 'offer', 'answer', 'trickle'].includes(method)) {
      return this.error(id, RpcErrors.methodNotFound, `unknown method ${method}`)
    }
    if (CALLS.has(method) && id === null) return this.error(null, RpcErrors.invalidRequest, `${method} is a call and needs an id`)
    if (!params || typeof params !== 'object') return this.error(id, RpcErrors.invalidParams, `${method} needs params`)
    if (!ALLOWED[this.state].has(method)) {
      return this.error(id, RpcErrors.invalidState, `${method} is not allowed while ${this.state}`)
    }
    switch (method) {
      case 'join':
        return this.join(id!, params)
      case 'offer':
        if (!isDescription(params.desc, 'offer')) return this.error(id, RpcErrors.invalidParams, 'offer needs desc {type: offer, sdp}')
        this.pendingOffers.add(id!)
        break
      case 'answer':
        if (!isDescription(params.desc, 'answer')) return this.error(id, RpcErrors.invalidParams, 'answer needs desc {type: answer, sdp}')
        break
      case 'trickle':
        if (![0, 1].includes(params.target) || !params.candidate || typeof params.candidate !== 'object') {
          return this.error(id, RpcErrors.invalidParams, 'trickle needs target 0 or 1 and a candidate')
        }
        break
    }
    this.link!.send({ ...(id !== null ? { id } : {}), method, params })
  }

  private join(id: JsonRpcId, params: Record<string, any>) {
    const { sid, uid, offer } = params
    if (typeof sid !== 'string' || typeof uid !== 'string' || !isDescription(offer, 'offer')) {
      return this.refuse(id, RpcErrors.invalidParams, 'join needs sid, uid and an offer', true)
    }
    const token = typeof params.token === 'string' ? params.token : this.options.token
    const claims = token ? this.options.verify(token) : null
    if (!claims) return this.refuse(id, RpcErrors.unauthorized, 'invalid or expired join ticket', true)
    if (claims.sid !== sid || claims.uid !== uid) {
      return this.refuse(id, RpcErrors.forbidden, 'the join ticket is for another session or participant', true)
    }
    this.claims = claims
    this.state = 'joining'
    this.joinId = id
    this.link = this.options.backend.open(sid, {
      onMessage: (message) => this.fromServer(message),
      /* replaced: the same person joined from another window, which must not reconnect in a loop */
      onClose: (reason) => this.hangUp(REPLACED.test(reason) ? CloseCodes.replaced : CloseCodes.mediaServerGone, reason),
    })
    // the ticket stays here: the media server gets exactly the ion-sfu join
    this.link.send({ id, method: 'join', params: { sid, uid, offer: { type: offer.type, sdp: offer.sdp } } })
  }

  /** A message from the media server, passed on to the browser */
  private fromServer(message: JsonRpcMessage) {
    if (this.state === 'closed') return
    const id = message.id ?? null
    if (id !== null && id === this.joinId && message.method === undefined) {
      this.joinId = null
      if (message.error) {
        this.transport.send(message)
        return this.hangUp(CloseCodes.refused, 'join failed')
      }
      this.state = 'joined'
      this.options.onJoined?.(this.claims!)
    } else if (id !== null && this.pendingOffers.delete(id) && !message.error) {
      this.state = 'publishing'
    }
    this.transport.send(message)
  }

  private error(id: JsonRpcId | null, code: number, message: string) {
    this.transport.send({ id, error: { code, message } })
  }

  private refuse(id: JsonRpcId | null, code: number, message: string, close: boolean) {
    this.error(id, code, message)
    if (close) this.hangUp(CloseCodes.refused, message)
  }

  /** Close from our side (refused, media server gone) */
  private hangUp(code: number, reason: string) {
    if (this.state === 'closed') return
    this.closed(reason)
    this.transport.close(code, reason.slice(0, 120))
  }

  /** The socket is gone (or we closed it): the media server drops the participant */
  closed(reason = 'socket closed') {
    if (this.state === 'closed') return
    this.state = 'closed'
    this.link?.close()
    this.link = null
    this.options.onClosed?.(this.claims, reason)
  }
}

function isDescription(value: any, type: 'offer' | 'answer'): value is { type: string; sdp: string } {
  return Boolean(value) && typeof value === 'object' && value.type === type && typeof value.sdp === 'string'
}
