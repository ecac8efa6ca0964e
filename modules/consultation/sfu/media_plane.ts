import type { Server as HttpServer } from 'node:http'
import type { SfuBackend } from './backend.js'
import { createBackend } from './index.js'
import type { SfuConfig } from './config.js'
import { SignalServer, type SignalServerOptions } from './signal_server.js'
import type { IceServer } from './protocol.js'

/**
 * The process-wide media plane: one signalling endpoint, one media backend.
 * Started by the consultation provider when the app serves HTTP (web, tests).
 */
class MediaPlane {
  private server: SignalServer | null = null
  backend: SfuBackend | null = null
  config: SfuConfig | null = null

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

  /** Put participants out of a media session (all of them without `uid`) */
  drop(sid: string, uid?: string) {
    this.server?.drop(sid, uid)
  }

  /** What the browser needs for its RTCPeerConnections */
  clientConfig(): { iceServers: IceServer[] } {
    return { iceServers: this.config?.iceServers ?? [] }
  }

  async stop() {
    const server = this.server
    this.server = null
    this.backend = null
    await server?.close()
  }
}

export const mediaPlane = new MediaPlane()
