import { Worker } from 'node:worker_threads'
import { randomUUID } from 'node:crypto'
import type { BackendHandlers, BackendLink, SfuBackend } from './backend.js'
import type { EngineOptions } from './engine.js'
import type { FromWorker, ToWorker } from './protocol.js'

/**
 * The worker's entry next to this file: sfu_worker.ts while the app runs
 * TypeScript through @poppinss/ts-exec (dev, tests), sfu_worker.js after
 * `node ace build`. The worker does not inherit the main thread's loader
 * hooks, so under TypeScript it registers ts-exec itself.
 */
export function workerEntry(from: string = import.meta.url): { url: URL; execArgv: string[] } {
  const typescript = from.endsWith('.ts')
  return {
    url: new URL(typescript ? './sfu_worker.ts' : './sfu_worker.js', from),
    execArgv: typescript ? ['--import', '@poppinss/ts-exec'] : [],
  }
}

/** The SFU in a worker thread of this process; restarted if it dies */
export class EmbeddedSfuBackend implements SfuBackend {
  private worker: Worker | null = null
  private ready: Promise<void> | null = null
  private readonly links = new Map<string, BackendHandlers>()
  private statsRequests = new Map<number, (stats: { rooms: number; peers: number }) => void>()
  private nextStats = 1
  private closing = false

  constructor(
    private readonly options: Partial<EngineOptions>,
    private readonly log: (message: string, error?: unknown) => void = () => {}
  ) {}

  /** Start the worker (also done lazily by the first join); resolves when it runs */
  start(): Promise<void> {
    if (this.ready) return this.ready
    const entry = workerEntry()
    const worker = new Worker(entry.url, {
      execArgv: entry.execArgv,
      workerData: { options: this.options, debug: process.env.SFU_DEBUG === '1' },
      name: 'sfu',
      /*
       * Forwarding allocates a few short-lived objects per packet; left alone,
       * V8 grew this thread's young generation to 128 MB (and the server's
       * RSS by ~170 MB in a room of six). Capped, scavenges run more often
       * and cost about the same: nearly everything dies young.
       */
      resourceLimits: { maxYoungGenerationSizeMb: 16 },
    })
    this.worker = worker
    this.ready = new Promise((resolve, reject) => {
      worker.once('error', reject)
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'ready') {
          worker.off('error', reject)
          resolve()
        } else this.fromWorker(message)
      })
    })
    worker.on('error', (error) => this.log('SFU worker failed', error))
    worker.on('exit', (code) => {
      if (this.worker !== worker) return
      this.worker = null
      this.ready = null
      // every participant of the dead worker is hung up; their clients re-join a fresh one
      for (const handlers of this.links.values()) handlers.onClose('media server restarted')
      this.links.clear()
      if (!this.closing) this.log(`SFU worker exited (${code})`)
    })
    worker.unref()
    return this.ready
  }

  private fromWorker(message: FromWorker) {
    switch (message.type) {
      case 'message':
        this.links.get(message.conn)?.onMessage(message.message)
        break
      case 'hangup': {
        const handlers = this.links.get(message.conn)
        this.links.delete(message.conn)
        handlers?.onClose(message.reason)
        break
      }
      case 'stats':
        this.statsRequests.get(message.requestId)?.(message.stats)
        this.statsRequests.delete(message.requestId)
        break
    }
  }

  private post(message: ToWorker) {
    this.worker?.postMessage(message)
  }

  open(_sid: string, handlers: BackendHandlers): BackendLink {
    const conn = randomUUID()
    this.links.set(conn, handlers)
    const started = this.start()
    started.catch((error) => {
      this.log('SFU worker did not start', error)
      if (this.links.delete(conn)) handlers.onClose('media server unavailable')
    })
    return {
      send: (message) => void started.then(() => this.links.has(conn) && this.post({ type: 'message', conn, message })),
      close: () => {
        if (!this.links.delete(conn)) return
        void started.then(() => this.post({ type: 'close', conn }))
      },
    }
  }

  /** Rooms and participants in the worker (health checks, tests) */
  async stats(): Promise<{ rooms: number; peers: number }> {
    await this.start()
    const requestId = this.nextStats++
    return new Promise((resolve) => {
      this.statsRequests.set(requestId, resolve)
      this.post({ type: 'stats', requestId })
    })
  }

  async close() {
    this.closing = true
    const worker = this.worker
    this.worker = null
    this.ready = null
    this.links.clear()
    if (worker) await worker.terminate()
  }
}
