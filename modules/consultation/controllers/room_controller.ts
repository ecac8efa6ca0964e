import type { HttpContext } from '@adonisjs/core/http'
import NotFoundException from '#exceptions/not_found_exception'
import ForbiddenException from '#exceptions/forbidden_exception'
import { idParamsValidator } from '#validators/common'
import { toLocal } from '#modules/agenda/services/local_time'
import { roomMemberOf } from '#modules/consultation/routes/room_routes'
import { RoomAccess, RoomAccessError } from '#modules/consultation/services/room_access'
import ConsultationService from '#modules/consultation/services/consultation_service'
import RoomService, { MAX_ROOM_SIZE } from '#modules/consultation/services/room_service'
import { sendBackValidator, streamsValidator } from '#modules/consultation/validators/room'
import ConsultationParticipant from '#modules/consultation/models/consultation_participant'
import WaitingRoomService, { NotWaitingError } from '#modules/consultation/services/waiting_room_service'
import AgendaScope from '#modules/agenda/services/agenda_scope'
import { mayEnterNow } from '#modules/consultation/services/entry_rule'

/** The consultation room, for the practitioner (page) and for everyone in it (JSON) */
export default class RoomController {
  /** The practitioner's room page for an appointment they hold */
  async show(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(idParamsValidator)
    let member
    try {
      member = await RoomAccess.staff(ctx.auth.getUserOrFail(), ctx.organization!, params.id)
    } catch (error) {
      if (error instanceof RoomAccessError && error.status === 403) throw new ForbiddenException('Not your consultation')
      if (error instanceof RoomAccessError) throw new NotFoundException('Appointment not found')
      throw error
    }
    const { appointment } = member
    await appointment.load('participants', (participants) =>
      participants.preload('client').preload('externalParticipant').orderBy('id')
    )
    const zone = ctx.organization!.timezone
    return ctx.inertia.render('consultation/room', {
      appointment: {
        id: appointment.id,
        date: toLocal(appointment.startsAt, zone).toISODate()!,
        time: toLocal(appointment.startsAt, zone).toFormat('HH:mm'),
        endTime: toLocal(appointment.endsAt, zone).toFormat('HH:mm'),
        names: appointment.participants.map((participant) => participant.person?.displayName ?? '').filter(Boolean),
      },
      base: `/appointments/${appointment.id}/room`,
      doorbell: ctx.organization!.advancedSettings.doorbell_sound === true,
    })
  }

  async state(ctx: HttpContext) {
    return new RoomService().state(roomMemberOf(ctx))
  }

  /** A ticket into the media session (staff holding the appointment, invitees brought in), while there is room */
  async ticket(ctx: HttpContext) {
    const member = roomMemberOf(ctx)
    if (await new RoomService().isFullFor(member)) return ctx.response.status(409).send({ error: 'room_full', max: MAX_ROOM_SIZE })
    /* external participants enter only while the client is in the room (entry_rule.ts) */
    if (!member.isStaff && !(await mayEnterNow(member.record))) {
      return ctx.response.status(409).send({ error: 'client_not_present' })
    }
    return new ConsultationService(member.organization).ticketFor(member.consultation, member)
  }

  async streams(ctx: HttpContext) {
    const streams = await ctx.request.validateUsing(streamsValidator)
    await new RoomService().announceStreams(roomMemberOf(ctx), streams)
    return ctx.response.noContent()
  }

  async forceStart(ctx: HttpContext) {
    const member = roomMemberOf(ctx)
    if (!member.isStaff) return ctx.response.status(403).send({ error: 'not_allowed' })
    if (member.organization.advancedSettings.allow_force_start !== true) {
      return ctx.response.status(403).send({ error: 'force_start_off' })
    }
    await new RoomService().forceStart(member)
    return ctx.response.noContent()
  }

  /** The practitioner sends an invitee in the room back to the waiting room */
  async sendBack(ctx: HttpContext) {
    const member = roomMemberOf(ctx)
    if (!member.isStaff || !member.user) return ctx.response.status(403).send({ error: 'not_allowed' })
    const { uid } = await ctx.request.validateUsing(sendBackValidator)
    const record = await ConsultationParticipant.query()
      .where('consultation_id', member.consultation.id)
      .where('appointment_participant_id', Number(uid.slice(1)))
      .first()
    if (!record) return ctx.response.status(404).send({ error: 'not_found' })
    try {
      await new WaitingRoomService(member.organization).sendBack(await AgendaScope.of(member.user, member.organization), record.id)
    } catch (error) {
      if (error instanceof NotWaitingError) return ctx.response.status(404).send({ error: 'not_found' })
      throw error
    }
    return ctx.response.noContent()
  }

  async end(ctx: HttpContext) {
    const member = roomMemberOf(ctx)
    if (!member.isStaff) return ctx.response.status(403).send({ error: 'not_allowed' })
    await new RoomService().end(member.consultation)
    return ctx.response.noContent()
  }
}
