/*
 * The ion-sfu JSON-RPC dialect that ion-sdk-js 1.8.2 speaks: no "jsonrpc"
 * field, uuid ids, calls (join, offer) and notifications (answer, trickle).
 * Shared by the signalling relay (main thread), the SFU worker and the tests.
 */
export type JsonRpcId = string | number

export type JsonRpcMessage = {
  id?: JsonRpcId | null
  method?: string
  params?: unknown
  result?: unknown
  error?: { code: number; message: string }
}

export type IceServer = { urls: string | string[]; username?: string; credential?: string }

export const RpcErrors = {
  parse: -32700,
  invalidRequest: -32600,
  methodNotFound: -32601,
  invalidParams: -32602,
  internal: -32603,
  /** no valid, unexpired join ticket */
  unauthorized: 4401,
  /** a valid ticket, but for another session or participant */
  forbidden: 4403,
  /** a message that the connection's state does not allow */
  invalidState: 4409,
  notJoined: 4410,
  /** the media server cannot be reached */
  unavailable: 4503,
} as const

/** Largest signalling message accepted (an SDP of a 6-person room is ~20 kB) */
export const MAX_MESSAGE_BYTES = 256 * 1024

/* Messages between the relay (main thread) and the SFU worker */
export type ToWorker =
  | { type: 'message'; conn: string; message: JsonRpcMessage }
  | { type: 'close'; conn: string }
  | { type: 'stats'; requestId: number }

export type FromWorker =
  | { type: 'message'; conn: string; message: JsonRpcMessage }
  | { type: 'hangup'; conn: string; reason: string }
  | { type: 'stats'; requestId: number; stats: { rooms: number; peers: number } }
  | { type: 'ready' }
