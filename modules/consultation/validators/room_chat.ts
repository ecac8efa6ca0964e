import vine, { SimpleMessagesProvider } from '@vinejs/vine'
import type { HttpContext } from '@adonisjs/core/http'
import { MESSAGE_MAX_LENGTH } from '#modules/consultation/services/room_chat'

/** A chat message: text, not only spaces, at most 2000 characters */
export const chatMessageValidator = vine.create({
  body: vine.string().trim().minLength(1).maxLength(MESSAGE_MAX_LENGTH),
})

/** A staff message to one waiting invitee (the waiting room record's id in the route) */
export const waitingMessageValidator = vine.create({
  params: vine.object({ id: vine.number().positive().withoutDecimals() }),
  body: vine.string().trim().minLength(1).maxLength(MESSAGE_MAX_LENGTH),
})

/** The chat's own wording for what is wrong with a message (room_chat.errors.*) */
export function chatMessages(ctx: HttpContext) {
  const t = (key: string) => ctx.i18n.t(`room_chat.errors.${key}`, { max: MESSAGE_MAX_LENGTH })
  return new SimpleMessagesProvider({
    'body.required': t('empty'),
    'body.string': t('empty'),
    'body.minLength': t('empty'),
    'body.maxLength': t('too_long'),
  })
}
