import clock from '#core/clock'
import type { HttpContext } from '@adonisjs/core/http'
import limiter from '@adonisjs/limiter/services/main'
import { errors as limiterErrors } from '@adonisjs/limiter'
import { AccessLinks, accessState } from '#modules/agenda/services/access_link'
import { waitingRoomContent } from '#modules/agenda/services/waiting_room_content'

/**
 * Requests per IP address and minute. A waiting room fetches on opening, on
 * each "changed" ping and when its content changes by itself (refreshAt): a
 * few per minute. The limit mainly slows down anyone trying tokens.
 */
export const CONTENT_REQUESTS_PER_MINUTE = 60

/**
 * What a visitor's waiting room shows, for the access link's token (no login).
 * The token is the only credential: it is never logged, and the answer is not
 * cached or passed on as a referrer. An unknown token gets a bare 404.
 */
export default class WaitingRoomContentController {
  async show({ request, response, organization, params }: HttpContext) {
    response.header('Cache-Control', 'no-store')
    response.header('Referrer-Policy', 'no-referrer')

    const visitLimiter = limiter.use({ requests: CONTENT_REQUESTS_PER_MINUTE, duration: '1 min', blockDuration: '1 min' })
    try {
      await visitLimiter.consume(`visit_content_${request.ip()}`)
    } catch (error) {
      if (!(error instanceof limiterErrors.E_TOO_MANY_REQUESTS)) throw error
      response.header('Retry-After', String(error.response.availableIn))
      return response.status(429).send({ error: 'too_many_requests' })
    }

    const participant = await AccessLinks.find(String(params.token ?? ''))
    if (!participant) return response.status(404).send({ error: 'not_found' })

    const now = clock.now()
    const access = accessState(participant.appointment, now)
    if (access.state !== 'open') {
      return response.status(410).send({
        state: access.state,
        ...(access.state === 'too_early' ? { opensAt: access.window.opensAt.toUTC().toISO() } : {}),
      })
    }
    return response.ok(await waitingRoomContent(participant, organization!, now))
  }
}
