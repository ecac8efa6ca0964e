import type { HttpContext } from '@adonisjs/core/http'
import BusinessRuleException from '#exceptions/business_rule_exception'
import ForbiddenException from '#exceptions/forbidden_exception'
import NotFoundException from '#exceptions/not_found_exception'
import Group from '#models/group'
import { idParamsValidator } from '#validators/common'
import clock from '#core/clock'
import AgendaScope from '#modules/agenda/services/agenda_scope'
import AppointmentService from '#modules/agenda/services/appointment_service'
import { AccessLinks, accessState } from '#modules/agenda/services/access_link'
import AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import { personMeta } from '#modules/agenda/services/client_service'
import { AddParticipantMessages, addParticipantValidator } from '#modules/consultation/validators/waiting_room_features'

/**
 * Adding someone to the running consultation (PRODUCT 4.4, 4.5): the
 * practitioner who holds the appointment (or an admin) invites an existing
 * client, an external participant, a whole group or a new person by name and
 * e-mail (date of birth optional: a guest is no client). Each new invitee gets the confirmation e-mail with their own link;
 * the answer carries the links so the practitioner can pass one on at once.
 * External participants and group invitees enter only while the client is
 * in the room (see mayEnterNow).
 */
export default class RoomParticipantsController {
  async store(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(idParamsValidator)
    const input = await ctx.request.validateUsing(addParticipantValidator, {
      meta: personMeta(ctx),
      messagesProvider: new AddParticipantMessages(ctx.i18n),
    })
    const chosen = [input.clientId, input.externalParticipantId, input.groupId, input.newPerson].filter((value) => value !== undefined)
    if (chosen.length !== 1) throw new BusinessRuleException('waiting_room.add_participant.errors.choose_one')

    const { scope, appointment } = await this.heldAppointment(ctx, params.id)
    /* the new link must work now: only while the appointment's link is open */
    if (accessState(appointment, clock.now()).state !== 'open') {
      throw new BusinessRuleException('waiting_room.add_participant.errors.not_running')
    }
    const requested = await new AppointmentService(ctx, ctx.organization!, scope)
      .addInvitees(appointment, {
        clientIds: input.clientId ? [input.clientId] : undefined,
        externalParticipantIds: input.externalParticipantId ? [input.externalParticipantId] : undefined,
        groupIds: input.groupId ? [input.groupId] : undefined,
        newExternal: input.newPerson,
      })
      .catch((error) => {
        /* the service names the new person "newExternal": the dialog shows the message at its own field */
        if (error instanceof BusinessRuleException && error.field?.startsWith('newExternal.')) {
          throw new BusinessRuleException(error.messageKey, error.field.replace(/^newExternal\./, 'newPerson.'), error.values)
        }
        throw error
      })
    const people = await AppointmentParticipant.query()
      .whereIn('id', requested.map(({ participant }) => participant.id))
      .preload('client')
      .preload('externalParticipant')
    const byId = new Map(people.map((person) => [person.id, person]))
    ctx.response.header('Cache-Control', 'no-store')
    return ctx.response.status(201).send({
      participants: requested.map(({ participant, added }) => {
        const loaded = byId.get(participant.id) ?? participant
        const token = AccessLinks.tokenOf(loaded)
        return {
          id: loaded.id,
          name: loaded.person?.displayName ?? '',
          role: loaded.role,
          link: token ? AccessLinks.url(ctx.organization!.slug, token) : null,
          added,
        }
      }),
    })
  }

  /** The groups whose members can be added (every employee may invite external participants) */
  async groups(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(idParamsValidator)
    await this.heldAppointment(ctx, params.id)
    const groups = await Group.query().orderBy('name')
    return { groups: groups.map((group) => ({ id: group.id, name: group.name })) }
  }

  /** An appointment the user may see (else 404) and holds (else 403), as for the room itself */
  private async heldAppointment(ctx: HttpContext, id: number) {
    const scope = await AgendaScope.of(ctx.auth.getUserOrFail(), ctx.organization!)
    const appointment = await scope.findAppointment(id)
    if (!appointment || appointment.status !== 'scheduled') throw new NotFoundException('Appointment not found')
    if (!scope.canChange(appointment)) throw new ForbiddenException('Not your consultation')
    return { scope, appointment }
  }
}
