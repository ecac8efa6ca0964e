import clock from '#core/clock'
import type { HttpContext } from '@adonisjs/core/http'
import { withinVisitAllowance } from '#modules/agenda/services/visit_limiter'
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
  async show(ctx: HttpContext) {
    const { request, response, organization, params } = ctx
    response.header('Cache-Control', 'no-store')
    response.header('Referrer-Policy', 'no-referrer')
    if (!(await withinVisitAllowance(ctx, `visit_content_${request.ip()}`, CONTENT_REQUESTS_PER_MINUTE))) return

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
