import type { HttpContext } from '@adonisjs/core/http'
import NotFoundException from '#exceptions/not_found_exception'
import { idParamsValidator } from '#validators/common'
import AgendaScope from '#modules/agenda/services/agenda_scope'
import { AccessLinks } from '#modules/agenda/services/access_link'
import WaitingRoomService, { ConsultationEndedError, NotWaitingError } from '#modules/consultation/services/waiting_room_service'
import { RoomGrants } from '#modules/consultation/services/room_access'
import { RoomChannels } from '#modules/consultation/services/room_events'
import { withinVisitAllowance } from '#modules/agenda/services/visit_limiter'
import { ClientNotPresentError } from '#modules/consultation/services/entry_rule'
import { disclaimerPending, waitingFor } from '#modules/consultation/services/visit_waiting_room'
import { sha256 } from '#core/security/digest'

/* per access link: its waiting page checks in every 10 s, so a reload or two stays far below this */
export const CHECK_INS_PER_MINUTE = 30

/** The waiting room: invitees check in, staff see who waits and bring them in */
export default class WaitingRoomController {
  /** The invitee's page reports in (every few seconds while it is open) */
  async checkIn(ctx: HttpContext) {
    ctx.response.header('Cache-Control', 'no-store')
    const key = `visit_check_in_${sha256(String(ctx.params.token))}`
    if (!(await withinVisitAllowance(ctx, key, CHECK_INS_PER_MINUTE))) return
    const participant = await AccessLinks.find(String(ctx.params.token))
    if (!participant) return ctx.response.status(404).send({ error: 'not_found' })
    /* the organization's disclaimer is accepted before entering the waiting room */
    if (await disclaimerPending(ctx.organization!, participant)) {
      return ctx.response.status(409).send({ error: 'disclaimer_required' })
    }
    try {
      const answer = await new WaitingRoomService(ctx.organization!).checkIn(participant)
      /* the page listens for "you are let in" instead of waiting for its next check-in */
      const channel = RoomChannels.invitee(ctx.organization!.slug, participant.id)
      RoomGrants.grant(ctx.session, channel)
      /* an external participant learns that they wait for the client (not who the client is) */
      return { ...answer, waitingFor: await waitingFor(participant, answer.admitted), channel }
    } catch (error) {
      if (error instanceof NotWaitingError) return ctx.response.status(410).send({ error: 'not_open' })
      if (error instanceof ConsultationEndedError) return ctx.response.status(410).send({ error: 'ended' })
      throw error
    }
  }

  async index(ctx: HttpContext) {
    ctx.response.header('Cache-Control', 'no-store')
    const scope = await AgendaScope.of(ctx.auth.getUserOrFail(), ctx.organization!)
    return { waiting: await new WaitingRoomService(ctx.organization!).list(scope) }
  }

  async admit(ctx: HttpContext) {
    return this.change(ctx, 'admit')
  }

  async sendBack(ctx: HttpContext) {
    return this.change(ctx, 'sendBack')
  }

  private async change(ctx: HttpContext, action: 'admit' | 'sendBack') {
    const { params } = await ctx.request.validateUsing(idParamsValidator)
    const scope = await AgendaScope.of(ctx.auth.getUserOrFail(), ctx.organization!)
    try {
      await new WaitingRoomService(ctx.organization!)[action](scope, params.id)
    } catch (error) {
      if (error instanceof NotWaitingError) throw new NotFoundException('Not waiting here')
      if (error instanceof ClientNotPresentError) {
        return ctx.response.status(409).send({ error: 'client_not_present', message: ctx.i18n.t('waiting_room.client_not_present') })
      }
      throw error
    }
    return ctx.response.noContent()
  }
}
