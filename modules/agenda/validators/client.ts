import vine from '@vinejs/vine'
import { DateTime } from 'luxon'
import type { I18n } from '@adonisjs/i18n'
import type { FieldContext, MessagesProviderContact } from '@vinejs/vine/types'
import { phoneNumber } from '#validators/common'
import { SUPPORTED_LOCALES } from '#core/i18n/locales'

/**
 * The identifying fields clients and external participants share. Messages
 * and field names come from resources/lang/<locale>/clients.json
 * (clients.fields.*, clients.validation.*), falling back to the generic
 * validator.json messages: pass `personMessages(ctx.i18n)` to validateUsing.
 */

/** What the validators need to know from the request: today's date in the organization's zone */
export type PersonMeta = { today: string }

/** Letters and dots ("J.P."), with the spaces and hyphens people type between them */
const INITIALS = /^[\p{L}][\p{L}\p{M}. -]*$/u
/** Names: letters with spaces, apostrophes, hyphens and dots ("van der Berg", "O'Neill") */
const NAME = /^[\p{L}\p{M}][\p{L}\p{M}'’. -]*$/u
/** An identifier from the organization's own EHR/CRM */
const CLIENT_NUMBER = /^[\p{L}\p{N}][\p{L}\p{N} ._/#-]*$/u

const EARLIEST_BIRTH_DATE = '1900-01-01'

/**
 * Turns a date typed as YYYY-MM-DD or DD-MM-YYYY (also with / or .) into
 * YYYY-MM-DD when it is a real calendar date; null otherwise.
 */
export function isoDate(value: string): string | null {
  const text = value.trim()
  let year: string, month: string, day: string
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text)
  const european = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text)
  if (iso) [, year, month, day] = iso
  else if (european) [, day, month, year] = european
  else return null
  const date = DateTime.fromObject({ year: Number(year), month: Number(month), day: Number(day) }, { zone: 'utc' })
  return date.isValid ? date.toISODate() : null
}

/** A real date of birth: not in the future and not before 1900. Stored as YYYY-MM-DD. */
const birthDate = vine.createRule(
  (value: unknown, _options: undefined, field: FieldContext) => {
    if (typeof value !== 'string') return
    const date = isoDate(value)
    if (date === null) {
      field.report('Enter a real date', 'birthDate.invalid', field)
      return
    }
    const today = (field.meta as Partial<PersonMeta>).today ?? DateTime.utc().toISODate()!
    if (date > today) {
      field.report('The date lies in the future', 'birthDate.future', field)
      return
    }
    if (date < EARLIEST_BIRTH_DATE) {
      field.report('The date lies before 1900', 'birthDate.too_early', field)
      return
    }
    field.mutate(date, field)
  },
  { name: 'birthDate' }
)

/** The identifying fields: what a duplicate check compares */
export const identifyingFields = () => ({
  initials: vine.string().trim().minLength(1).maxLength(20).regex(INITIALS).toUpperCase(),
  lastName: vine.string().trim().minLength(1).maxLength(120).regex(NAME),
  dateOfBirth: vine.string().trim().maxLength(10).use(birthDate()),
  email: vine.string().trim().maxLength(254).email().toLowerCase(),
  clientNumber: vine.string().trim().maxLength(64).regex(CLIENT_NUMBER).optional(),
})

/** Every field of a person (client or external participant) */
export const personFields = () => ({
  ...identifyingFields(),
  phone: phoneNumber().optional(),
  locale: vine.enum(SUPPORTED_LOCALES).optional(),
})

const id = () => vine.number().positive().withoutDecimals()

export const clientValidator = vine.withMetaData<PersonMeta>().create({
  ...personFields(),
  departmentId: id().optional(),
  handlerIds: vine.array(id()).maxLength(100).optional(),
  /* the user saw the possible duplicates and chose to save anyway */
  confirmDuplicates: vine.boolean().optional(),
})

/** The duplicate check before creating (or when changing) a person */
export const duplicateCheckValidator = vine.withMetaData<PersonMeta>().create({
  ...identifyingFields(),
  /* the person being edited, who is no duplicate of themselves */
  exceptId: id().optional(),
})

export const clientListValidator = vine.create({
  search: vine.string().trim().maxLength(100).optional(),
  department: id().optional(),
  page: vine.number().positive().withoutDecimals().max(100000).optional(),
})

/** The picker of the appointment form */
export const personSearchValidator = vine.create({
  q: vine.string().trim().maxLength(100).optional(),
  groupId: id().optional(),
})

/**
 * Validation messages for person forms: a message of clients.json
 * (`clients.validation.<field>.<rule>`, then `clients.validation.<rule>`)
 * wins; otherwise the generic message of validator.json, with the field's
 * name from `clients.fields.<field>`.
 */
export class PersonMessages implements MessagesProviderContact {
  constructor(private i18n: I18n) {}

  getMessage(defaultMessage: string, rule: string, field: FieldContext, meta?: Record<string, any>) {
    const values = {
      ...Object.fromEntries(
        Object.entries(meta ?? {}).map(([key, value]) => [key, Array.isArray(value) ? value.join(', ') : value])
      ),
      field: this.fieldName(field),
    }
    for (const key of [`clients.validation.${field.wildCardPath}.${rule}`, `clients.validation.${rule}`, `validator.shared.messages.${rule}`]) {
      const found = this.i18n.resolveIdentifier(key)
      if (found) return this.i18n.formatRawMessage(found.message, values)
    }
    return defaultMessage
  }

  private fieldName(field: FieldContext): string {
    const name = String(field.wildCardPath.split('.')[0] ?? field.name)
    for (const key of [`clients.fields.${name}`, `validator.shared.fields.${name}`]) {
      const found = this.i18n.resolveIdentifier(key)
      if (found) return this.i18n.formatRawMessage(found.message)
    }
    return name
  }
}

export const personMessages = (i18n: I18n) => new PersonMessages(i18n)
