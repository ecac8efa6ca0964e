import vine from '@vinejs/vine'
import type { I18n } from '@adonisjs/i18n'
import type { FieldContext, MessagesProviderContact } from '@vinejs/vine/types'
import { SUPPORTED_LOCALES } from '#core/i18n/locales'
import { identifyingFields, personMessages, type PersonMeta } from '#modules/agenda/validators/client'

const id = () => vine.number().positive().withoutDecimals().optional()

/** The person forms' rules (agenda's clients and external participants), so a name is kept the same way everywhere */
const person = identifyingFields()

/**
 * Add someone to the running consultation: an existing client, an external
 * participant, a whole group, or a new person by name and e-mail (exactly
 * one of them; the controller checks that). The new person becomes an
 * external participant: unlike a client (whose date of birth verifies who
 * they are) a guest such as an interpreter may be added without one; when
 * given it must be a real date of birth, as on the person forms.
 */
export const addParticipantValidator = vine.withMetaData<PersonMeta>().create({
  clientId: id(),
  externalParticipantId: id(),
  groupId: id(),
  newPerson: vine
    .object({
      initials: person.initials,
      lastName: person.lastName,
      email: person.email,
      dateOfBirth: person.dateOfBirth.optional(),
      locale: vine.enum(SUPPORTED_LOCALES).optional(),
    })
    .optional(),
})

/**
 * The person forms' messages (clients.json) for the new person's fields,
 * named as on those forms ("last name", not "newPerson.lastName").
 */
export class AddParticipantMessages implements MessagesProviderContact {
  #person: MessagesProviderContact

  constructor(i18n: I18n) {
    this.#person = personMessages(i18n)
  }

  getMessage(defaultMessage: string, rule: string, field: FieldContext, meta?: Record<string, any>) {
    const path = field.wildCardPath.replace(/^newPerson\./, '')
    return this.#person.getMessage(defaultMessage, rule, { ...field, wildCardPath: path }, meta)
  }
}

/** The walk-in availability switch */
export const walkInValidator = vine.create({
  available: vine.boolean(),
})
