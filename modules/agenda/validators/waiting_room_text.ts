import vine from '@vinejs/vine'
import { SUPPORTED_LOCALES } from '#core/i18n/locales'
import { WAITING_ROOM_TEXT_KINDS } from '#modules/agenda/types'
import { WAITING_ROOM_TEXT_MAX_LENGTH } from '#modules/agenda/services/waiting_room_text_service'

const textParams = vine.object({
  kind: vine.enum(WAITING_ROOM_TEXT_KINDS),
  locale: vine.enum(SUPPORTED_LOCALES),
})

/** PUT /waiting-room-texts/:kind/:locale */
export const waitingRoomTextValidator = vine.create({
  params: textParams,
  body: vine.string().trim().minLength(1).maxLength(WAITING_ROOM_TEXT_MAX_LENGTH),
})

/** DELETE /waiting-room-texts/:kind/:locale (back to the built-in text) */
export const waitingRoomTextParamsValidator = vine.create({ params: textParams })
