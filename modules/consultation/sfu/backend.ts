/*
 * Where the relay sends a joined participant's signalling: the embedded SFU
 * worker, or an external ion-sfu node (SFU_URLS). Both carry the same ion-sfu
 * JSON-RPC messages; the relay (signalling.ts) has already checked the ticket.
 */
import type { JsonRpcMessage } from './protocol.js'

export type BackendLink = {
  send(message: JsonRpcMessage): void
  close(): void
}

export type BackendHandlers = {
  onMessage(message: JsonRpcMessage): void
  /** the media server hung up (replaced by a re-join, node down, worker crash) */
  onClose(reason: string): void
}

export interface SfuBackend {
  /** Open a link for one participant of session `sid` */
  open(sid: string, handlers: BackendHandlers): BackendLink
  close(): Promise<void>
}
