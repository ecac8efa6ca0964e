import type { Server as HttpServer } from 'node:http'
import type { SfuBackend } from './backend.js'
import { createBackend } from './index.js'
import type { SfuConfig } from './config.js'
import { SignalServer, type SignalServerOptions } from './signal_server.js'
import type { IceServer } from './protocol.js'
import { LocalDropBus, RedisDropBus, type DropBus, type PubSubConnection } from './drop_bus.js'
import { ExternalSfuBackend } from './external_backend.js'

/**
 * The process-wide media plane: one signalling endpoint, one media backend.
 * Started by the consultation provider when the app serves HTTP (web, tests).
 */
class MediaPlane {
  private server: SignalServer | null = null
  backend: SfuBackend | null = null
  config: SfuConfig | null = null
  /** how a drop reaches the instance holding the socket: in process unless connectDropBus() */
  private dropBus: DropBus = new LocalDropBus((sid, uid) => this.dropHere(sid, uid))

  start(
    config: SfuConfig,
    log: (message: string, error?: unknown) => void,
    hooks: Pick<SignalServerOptions, 'onJoined' | 'onClosed'> = {}
  ) {
    if (this.server) return this.server
    this.config = config
    this.backend = createBackend(config, log)
    this.server = new SignalServer({ backend: this.backend, ...hooks })
    return this.server
  }

  attach(httpServer: HttpServer) {
    this.server?.attach(httpServer)
  }

  /**
   * Several app instances (TRANSMIT_TRANSPORT=redis): drops go over Redis
   * pub/sub, so that the instance holding a participant's socket closes it.
   * Resolves once this instance listens.
   */
  async connectDropBus(connection: PubSubConnection, log: (message: string, error?: unknown) => void) {
    const bus = new RedisDropBus(connection, (sid, uid) => this.dropHere(sid, uid), log)
    const previous = this.dropBus
    this.dropBus = bus
    await previous.close()
    await bus.start()
  }

  /**
   * Put participants out of a media session (all of them without `uid`), on
   * whichever instance their socket is. Never rejects.
   */
  drop(sid: string, uid?: string): Promise<void> {
    return this.dropBus.drop(sid, uid)
  }

  /** This instance's sockets only */
  private dropHere(sid: string, uid?: string) {
    this.server?.drop(sid, uid)
  }

  /**
   * Which media server serves session `sid`, for the consultation's record:
   * 'embedded' for the embedded SFU; for external nodes the node's
   * host:port, or 'external' while this instance has no link to it.
   */
  nodeOf(sid: string): string {
    if (this.backend instanceof ExternalSfuBackend) return this.backend.nodeOf(sid) ?? EXTERNAL_NODE_PENDING
    return this.usesExternalNodes() ? EXTERNAL_NODE_PENDING : EMBEDDED_NODE
  }

  /** Whether SFU_URLS names external nodes (else the embedded SFU serves) */
  usesExternalNodes(): boolean {
    return (this.config?.nodeUrls.length ?? 0) > 0
  }

  /** What the browser needs for its RTCPeerConnections */
  clientConfig(): { iceServers: IceServer[] } {
    return { iceServers: this.config?.iceServers ?? [] }
  }

  async stop() {
    const bus = this.dropBus
    this.dropBus = new LocalDropBus((sid, uid) => this.dropHere(sid, uid))
    await bus.close()
    const server = this.server
    this.server = null
    this.backend = null
    await server?.close()
  }
}

/** media_node of a consultation served by the embedded SFU */
export const EMBEDDED_NODE = 'embedded'
/** media_node of a consultation on external nodes before anyone joined (then the node's host:port) */
export const EXTERNAL_NODE_PENDING = 'external'

export const mediaPlane = new MediaPlane()
