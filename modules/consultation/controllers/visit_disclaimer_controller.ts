import type { HttpContext } from '@adonisjs/core/http'
import clock from '#core/clock'
import { sha256 } from '#core/security/digest'
import { AccessLinks, accessState } from '#modules/agenda/services/access_link'
import { withinVisitAllowance } from '#modules/agenda/services/visit_limiter'
import { acceptDisclaimer, disclaimerText } from '#modules/consultation/services/visit_waiting_room'

/* per access link: one acceptance, perhaps a retry after a lost connection */
export const DISCLAIMER_ACCEPTS_PER_MINUTE = 10

/**
 * The invitee accepts the organization's disclaimer before entering the
 * waiting room (PRODUCT 1.8). The access link's token is the only
 * credential; it is never logged.
 */
export default class VisitDisclaimerController {
  async accept(ctx: HttpContext) {
    ctx.response.header('Cache-Control', 'no-store')
    const token = String(ctx.params.token)
    if (!(await withinVisitAllowance(ctx, `visit_disclaimer_${sha256(token)}`, DISCLAIMER_ACCEPTS_PER_MINUTE))) return
    const participant = await AccessLinks.find(token)
    if (!participant) return ctx.response.status(404).send({ error: 'not_found' })
    if (accessState(participant.appointment, clock.now()).state !== 'open') {
      return ctx.response.status(410).send({ error: 'not_open' })
    }
    /* an organization without a disclaimer has nothing to accept */
    if (disclaimerText(ctx.organization!) === null) return ctx.response.status(404).send({ error: 'no_disclaimer' })
    const record = await acceptDisclaimer(ctx.organization!, participant)
    return { acceptedAt: record.disclaimerAcceptedAt!.toUTC().toISO() }
  }
}
