import type { HttpContext } from '@adonisjs/core/http'
import NotFoundException from '#exceptions/not_found_exception'
import ForbiddenException from '#exceptions/forbidden_exception'
import { idParamsValidator } from '#validators/common'
import AgendaScope from '#modules/agenda/services/agenda_scope'
import { AccessLinks } from '#modules/agenda/services/access_link'
import ConsultationService, { InviteeNotAdmittedError, LinkNotOpenError } from '#modules/consultation/services/consultation_service'

/** Tickets into a consultation's media session, for staff and for invitees */
export default class MediaTicketsController {
  /** An employee who holds the appointment (or an admin) */
  async staff(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(idParamsValidator)
    const scope = await AgendaScope.of(ctx.auth.getUserOrFail(), ctx.organization!)
    const appointment = await scope.findAppointment(params.id)
    if (!appointment || appointment.status !== 'scheduled') throw new NotFoundException('Appointment not found')
    /* seeing a colleague's appointment is not taking part in it */
    if (!scope.canChange(appointment)) throw new ForbiddenException('Not your consultation')
    ctx.response.header('Cache-Control', 'no-store')
    return new ConsultationService(ctx.organization!).ticketForStaff(scope.user!, appointment)
  }

  /** An invitee, with their access link, while it is open and once brought in */
  async invitee(ctx: HttpContext) {
    ctx.response.header('Cache-Control', 'no-store')
    const participant = await AccessLinks.find(String(ctx.params.token))
    if (!participant) return ctx.response.status(404).send({ error: 'not_found' })
    try {
      return await new ConsultationService(ctx.organization!).ticketForInvitee(participant)
    } catch (error) {
      if (error instanceof LinkNotOpenError) return ctx.response.status(410).send({ error: 'not_open' })
      /* 403: not (yet) let in; the page keeps checking in and asks again when admitted */
      if (error instanceof InviteeNotAdmittedError) return ctx.response.status(403).send({ error: 'not_admitted' })
      throw error
    }
  }
}
