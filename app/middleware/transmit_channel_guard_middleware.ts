import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * The channel names start/transmit.ts has rules for. Transmit would let
 * anyone who reaches its routes (visitors too) subscribe to a channel
 * without a rule, so any other name is refused here before transmit sees it.
 */
export const KNOWN_CHANNELS = [
  /^organizations\/[a-z0-9-]+\/staff$/,
  /^organizations\/[a-z0-9-]+\/users\/[0-9]+$/,
  /^organizations\/[a-z0-9-]+\/waiting-room\/[a-z0-9]+$/,
  /^organizations\/[a-z0-9-]+\/consultations\/[A-Za-z0-9_-]+$/,
  /^organizations\/[a-z0-9-]+\/invitees\/[0-9]+$/,
]

export default class TransmitChannelGuardMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    if (ctx.request.method() === 'POST' && ctx.request.url().endsWith('/subscribe')) {
      const channel = ctx.request.input('channel')
      if (typeof channel !== 'string' || !KNOWN_CHANNELS.some((pattern) => pattern.test(channel))) {
        return ctx.response.unauthorized({ error: 'unknown_channel' })
      }
    }
    return next()
  }
}
