import type { HttpContext } from '@adonisjs/core/http'
import limiter from '@adonisjs/limiter/services/main'
import { errors as limiterErrors } from '@adonisjs/limiter'

/**
 * The endpoints a patient's page calls with its access link (no login) are
 * limited per caller and minute: the pages call them a few times a minute;
 * the limit slows down anyone trying tokens or hammering the server.
 * Answers 429 with Retry-After and returns false when the allowance is used up.
 */
export async function withinVisitAllowance(ctx: HttpContext, key: string, requestsPerMinute: number): Promise<boolean> {
  try {
    await limiter.use({ requests: requestsPerMinute, duration: '1 min', blockDuration: '1 min' }).consume(key)
    return true
  } catch (error) {
    if (!(error instanceof limiterErrors.E_TOO_MANY_REQUESTS)) throw error
    ctx.response.header('Retry-After', String(error.response.availableIn))
    ctx.response.status(429).send({ error: 'too_many_requests' })
    return false
  }
}
