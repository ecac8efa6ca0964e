import vine from '@vinejs/vine'
import type { I18n } from '@adonisjs/i18n'
import type { FieldContext, MessagesProviderContact } from '@vinejs/vine/types'
import { ValidationMessages } from '#core/i18n/validation_messages'

/**
 * The generic validation messages, with this feature's field names
 * (waiting_room_content.fields.<field>) so that "Enter the {field}" reads
 * "Enter the message" / "Vul het bericht in" rather than a property name.
 */
export class WaitingRoomContentMessages implements MessagesProviderContact {
  #inner: ValidationMessages

  constructor(private i18n: I18n) {
    this.#inner = new ValidationMessages(i18n)
  }

  getMessage(defaultMessage: string, rule: string, field: FieldContext, meta?: Record<string, any>) {
    const label = this.i18n.resolveIdentifier(`waiting_room_content.fields.${field.name}`)
    const named = label ? { ...field, name: this.i18n.formatRawMessage(label.message) } : field
    return this.#inner.getMessage(defaultMessage, rule, named, meta)
  }
}

/** A service announcement; `departmentId` null (or absent) addresses every department */
export const announcementValidator = vine.create({
  message: vine.string().trim().minLength(1).maxLength(500),
  departmentId: vine.number().positive().withoutDecimals().nullable().optional(),
  date: vine.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/),
  time: vine.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
})
