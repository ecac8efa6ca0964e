import type { HttpContext } from '@adonisjs/core/http'
import AgendaScope from '#modules/agenda/services/agenda_scope'
import { withinVisitAllowance } from '#modules/agenda/services/visit_limiter'
import { roomMemberOf } from '#modules/consultation/routes/room_routes'
import { RoomChat } from '#modules/consultation/services/room_chat'
import WaitingRoomService, { NotWaitingError } from '#modules/consultation/services/waiting_room_service'
import { chatMessages, chatMessageValidator, waitingMessageValidator } from '#modules/consultation/validators/room_chat'

/* a person types a few messages a minute; this slows down a script, not a conversation */
export const CHAT_MESSAGES_PER_MINUTE = 20

/** Chat within a consultation, and a practitioner's message to someone still waiting */
export default class RoomChatController {
  /** GET <base>/messages: the messages this member may read, and whether they may write */
  async index(ctx: HttpContext) {
    const member = roomMemberOf(ctx)
    return { messages: await RoomChat.list(member), canPost: RoomChat.canPost(member) }
  }

  /** POST <base>/messages */
  async store(ctx: HttpContext) {
    const member = roomMemberOf(ctx)
    if (!RoomChat.canPost(member)) {
      return ctx.response.status(403).send({ error: 'chat_closed', message: ctx.i18n.t('room_chat.errors.chat_closed') })
    }
    const key = `room_chat_${member.consultation.mediaSession}_${member.uid}`
    if (!(await withinVisitAllowance(ctx, key, CHAT_MESSAGES_PER_MINUTE))) return
    const { body } = await ctx.request.validateUsing(chatMessageValidator, { messagesProvider: chatMessages(ctx) })
    const message = await RoomChat.post(member, body)
    return ctx.response.status(201).send({ message })
  }

  /** POST /waiting-room/:id/message: for the people who may let this person in */
  async toWaiting(ctx: HttpContext) {
    ctx.response.header('Cache-Control', 'no-store')
    const user = ctx.auth.getUserOrFail()
    const { params, body } = await ctx.request.validateUsing(waitingMessageValidator, { messagesProvider: chatMessages(ctx) })
    const scope = await AgendaScope.of(user, ctx.organization!)
    let record
    try {
      record = await new WaitingRoomService(ctx.organization!).visible(scope, params.id)
    } catch (error) {
      if (error instanceof NotWaitingError) return ctx.response.status(404).send({ error: 'not_found' })
      throw error
    }
    if (record.consultation.status !== 'open' || record.appointmentParticipantId === null) {
      return ctx.response.status(410).send({ error: 'ended' })
    }
    if (!(await withinVisitAllowance(ctx, `room_chat_waiting_u${user.id}`, CHAT_MESSAGES_PER_MINUTE))) return
    const message = await RoomChat.toInvitee(
      record.consultation,
      { uid: `u${user.id}`, name: user.fullName, role: 'staff' },
      record.appointmentParticipantId,
      body
    )
    return ctx.response.status(201).send({ message })
  }
}
