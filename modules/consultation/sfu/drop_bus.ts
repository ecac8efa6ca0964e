/*
 * How "put these people out of the media session" reaches the instance that
 * holds their signalling socket. One app instance: in process. Several
 * (TRANSMIT_TRANSPORT=redis): published on a Redis pub/sub channel that every
 * instance listens to; the publisher applies it at once and skips its own echo.
 */
import { randomUUID } from 'node:crypto'

/** Applies a drop to this instance's sockets (SignalServer.drop) */
export type DropHandler = (sid: string, uid?: string) => void

export interface DropBus {
  /** Put participants out of a session everywhere (all of them without `uid`); never rejects */
  drop(sid: string, uid?: string): Promise<void>
  close(): Promise<void>
}

/** One instance: the drop is applied here and nowhere else */
export class LocalDropBus implements DropBus {
  constructor(private readonly apply: DropHandler) {}

  async drop(sid: string, uid?: string) {
    this.apply(sid, uid)
  }

  async close() {}
}

/** The part of an @adonisjs/redis connection the bus uses */
export type PubSubConnection = {
  publish(channel: string, message: string): Promise<number>
  subscribe(channel: string, handler: (message: string) => void, options?: { onSubscription(count: number): void; onError(error: unknown): void }): void
  unsubscribe(channel: string, handler?: (message: string) => void): Promise<unknown>
}

export const DROP_CHANNEL = 'consultation:media:drop'

type DropMessage = { origin: string; sid: string; uid?: string }

/**
 * Several instances: every drop goes over Redis. The message carries ids
 * only (session and participant), never names.
 */
export class RedisDropBus implements DropBus {
  /** this instance, so that it does not apply its own drop twice */
  private readonly origin = randomUUID()
  private readonly handler = (message: string) => this.receive(message)
  private subscribed = false
  private closed = false
  private starting: Promise<void> | null = null
  private retry: NodeJS.Timeout | null = null

  constructor(
    private readonly connection: PubSubConnection,
    private readonly apply: DropHandler,
    private readonly log: (message: string, error?: unknown) => void = () => {},
    private readonly channel = DROP_CHANNEL
  ) {}

  /**
   * Resolves once this instance listens (drops published before that are not
   * seen here). A failed subscription (Redis not up yet) is logged and tried
   * again, backing off to every 30 s: an instance that gave up would keep
   * the sockets of people sent back elsewhere. Never rejects.
   */
  start(): Promise<void> {
    this.starting ??= new Promise((resolve) => this.subscribe(resolve, 1000))
    return this.starting
  }

  private subscribe(done: () => void, retryMs: number) {
    if (this.closed) return done()
    this.connection.subscribe(this.channel, this.handler, {
      onSubscription: () => {
        this.subscribed = true
        /*
         * closed while the subscription was on its way: undo it, once the
         * connection has registered the handler (it does so right after this call)
         */
        if (this.closed) queueMicrotask(() => void this.unsubscribe())
        done()
      },
      onError: (error) => {
        if (this.closed) return done()
        this.log(`could not listen for drops from other instances; trying again in ${retryMs / 1000} s`, error)
        this.retry = setTimeout(() => this.subscribe(done, Math.min(retryMs * 2, 30_000)), retryMs)
        this.retry.unref()
      },
    })
  }

  /**
   * Here at once; to the other instances without waiting for Redis (a Redis
   * that is down would otherwise hold up the end of a consultation for the
   * client's whole retry time).
   */
  async drop(sid: string, uid?: string) {
    this.apply(sid, uid)
    const message: DropMessage = { origin: this.origin, sid, ...(uid === undefined ? {} : { uid }) }
    this.connection
      .publish(this.channel, JSON.stringify(message))
      .catch((error) => this.log('could not publish a drop to the other instances', error))
  }

  private receive(raw: string) {
    let message: Partial<DropMessage>
    try {
      message = JSON.parse(raw)
    } catch {
      return
    }
    if (!message || typeof message.sid !== 'string' || message.origin === this.origin) return
    if (message.uid !== undefined && typeof message.uid !== 'string') return
    try {
      this.apply(message.sid, message.uid)
    } catch (error) {
      this.log('could not apply a drop from another instance', error)
    }
  }

  async close() {
    this.closed = true
    if (this.retry) clearTimeout(this.retry)
    this.retry = null
    await this.unsubscribe()
  }

  private async unsubscribe() {
    if (!this.subscribed) return
    this.subscribed = false
    /* the Redis provider may have quit its connections first: nothing left to undo then */
    try {
      await this.connection.unsubscribe(this.channel, this.handler)
    } catch {}
  }
}
