import type { Server as HttpServer } from 'node:http'
import type { ApplicationService } from '@adonisjs/core/types'
import moduleRegistry from '#core/modules/module_registry'
import manifest from './manifest.js'

export default class ConsultationProvider {
  /** keeps this instance's media connections alive in the database (media_presence.ts) */
  private presence: { stop(): void } | null = null

  constructor(protected app: ApplicationService) {}

  async boot() {
    moduleRegistry.register(manifest)
  }

  async start() {
    await import('./routes/consultation.js')
    await import('./routes/devices.js')
    await import('./routes/room_chat_files.js')
    await import('./routes/waiting_room_features.js')
    await import('./routes/background_images.js')
    await this.startMediaPlane()
  }

  /**
   * The signalling WebSocket (/media/signal) rides on the app's HTTP server,
   * only where one runs: the web server, and tests (their server starts after
   * the providers, hence the hook on setNodeServer).
   */
  private async startMediaPlane() {
    const environment = this.app.getEnvironment()
    if (environment !== 'web' && environment !== 'test') return
    const [{ default: env }, { sfuConfig }, { mediaPlane }, { default: logger }, { default: RoomService }] = await Promise.all([
      import('#start/env'),
      import('./sfu/config.js'),
      import('./sfu/media_plane.js'),
      import('@adonisjs/core/services/logger'),
      import('./services/room_service.js'),
    ])
    const log = (message: string, error?: unknown) => logger.warn({ err: error }, `media: ${message}`)
    /* who is in which room, from the relay's joins and leaves, refreshed while connected */
    const hooks = RoomService.presenceHooks(log)
    mediaPlane.start(sfuConfig((name) => env.get(name as any) as string | undefined), log, hooks)
    hooks.presence.start(log)
    this.presence = hooks.presence
    /* several instances share one Redis: a drop must reach the instance holding the socket */
    if (env.get('TRANSMIT_TRANSPORT', 'none') === 'redis') {
      const { default: redis } = await import('@adonisjs/redis/services/main')
      mediaPlane.connectDropBus(redis.connection(), log).catch((error) => log('could not listen for drops from other instances', error))
    }
    const server = await this.app.container.make('server')
    const setNodeServer = server.setNodeServer.bind(server)
    server.setNodeServer = (nodeServer: HttpServer) => {
      setNodeServer(nodeServer)
      mediaPlane.attach(nodeServer)
    }
    const current = server.getNodeServer()
    if (current) mediaPlane.attach(current as HttpServer)
  }

  async shutdown() {
    this.presence?.stop()
    this.presence = null
    const { mediaPlane } = await import('./sfu/media_plane.js')
    await mediaPlane.stop()
  }
}
