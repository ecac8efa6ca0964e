import type { I18n } from '@adonisjs/i18n'
import type { FieldContext, MessagesProviderContact } from '@vinejs/vine/types'

/**
 * Translated validation messages (resources/lang/<locale>/validator.json).
 * Rule arguments that are lists (allowed file extensions...) are joined into
 * text first: ICU would otherwise return the message as an array of parts.
 */
export class ValidationMessages implements MessagesProviderContact {
  #inner: MessagesProviderContact

  constructor(i18n: I18n) {
    this.#inner = i18n.createMessagesProvider()
  }

  getMessage(defaultMessage: string, rule: string, field: FieldContext, meta?: Record<string, any>) {
    const printable = meta
      ? Object.fromEntries(
          Object.entries(meta).map(([key, value]) => [key, Array.isArray(value) ? value.join(', ') : value])
        )
      : meta
    return this.#inner.getMessage(defaultMessage, rule, field, printable)
  }
}
