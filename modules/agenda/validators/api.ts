import vine from '@vinejs/vine'
import { DateTime } from 'luxon'
import type { I18n } from '@adonisjs/i18n'
import type { HttpContext } from '@adonisjs/core/http'
import type { FieldContext, MessagesProviderContact } from '@vinejs/vine/types'
import { personFields, type PersonMeta } from '#modules/agenda/validators/client'
import { fromLocal, localToday, NonexistentLocalTimeError } from '#modules/agenda/services/local_time'
import { APPOINTMENT_STATUSES } from '#modules/agenda/types'

/**
 * Input of the REST API v1. The OpenAPI document (services/api/openapi.ts)
 * describes request bodies and query parameters from these validators'
 * JSON Schema, so what is documented is what is checked.
 */

export const API_MAX_PER_PAGE = 100
export const API_DEFAULT_PER_PAGE = 25

/** What the validators need to know: today's date and the time zone of the organization */
export type ApiMeta = PersonMeta & { zone: string }

/* min(1) rather than positive(): the JSON Schema then says minimum 1 */
const id = () => vine.number().withoutDecimals().min(1)
const ids = (description: string) => vine.array(id()).maxLength(50).distinct().optional().meta({ description })

/** A calendar date written YYYY-MM-DD (a local day of the organization) */
const calendarDate = vine.createRule(
  (value: unknown, _options: undefined, field: FieldContext) => {
    if (typeof value !== 'string') return
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !DateTime.fromISO(value, { zone: 'utc' }).isValid) {
      field.report('Enter a real date as YYYY-MM-DD', 'calendarDate', field)
    }
  },
  { name: 'calendarDate', toJSONSchema: (schema) => void (schema.format = 'date') }
)

/**
 * A member that may be left out of a change but not emptied: null (or an
 * empty string, which the body parser turns into null) is refused as missing.
 */
const notNull = vine.createRule(
  (value: unknown, _options: undefined, field: FieldContext) => {
    if (value === null) field.report('Enter the {{ field }}', 'required', field)
  },
  { implicit: true, name: 'notNull' }
)

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/

/**
 * The local date and time (organization's zone) of an ISO 8601 instant, or
 * the reason it cannot be planned: it must carry an offset (or Z), fall on a
 * whole minute, and be a local time that occurs once on its day.
 */
export function localStartOf(
  value: string,
  zone: string
): { date: string; time: string } | { error: 'invalid' | 'whole_minute' | 'ambiguous' } {
  if (!INSTANT.test(value)) return { error: 'invalid' }
  const instant = DateTime.fromISO(value, { setZone: true })
  if (!instant.isValid) return { error: 'invalid' }
  if (instant.second !== 0 || instant.millisecond !== 0) return { error: 'whole_minute' }
  const local = instant.setZone(zone)
  const date = local.toISODate()!
  const time = local.toFormat('HH:mm')
  try {
    /* the hour that repeats when the clocks go back: the planner knows only its first occurrence */
    if (+fromLocal(date, time, zone) !== +instant) return { error: 'ambiguous' }
  } catch (error) {
    if (error instanceof NonexistentLocalTimeError) return { error: 'ambiguous' }
    throw error
  }
  return { date, time }
}

const plannableInstant = vine.createRule(
  (value: unknown, _options: undefined, field: FieldContext) => {
    if (typeof value !== 'string') return
    const zone = (field.meta as Partial<ApiMeta>).zone ?? 'UTC'
    const result = localStartOf(value, zone)
    if ('error' in result) field.report('Enter a time like 2030-05-01T09:30:00+02:00', `instant.${result.error}`, field)
  },
  { name: 'instant', toJSONSchema: (schema) => void (schema.format = 'date-time') }
)

const startsAt = () =>
  vine
    .string()
    .trim()
    .use(plannableInstant())
    .meta({
      description:
        'Start as an ISO 8601 instant with offset or Z, on a whole minute. It is planned at the corresponding local time of the organization.',
      examples: ['2030-05-01T09:30:00+02:00'],
    })

const durationMinutes = () =>
  vine.number().withoutDecimals().min(5).max(480).meta({ description: 'Length of the consultation in minutes.', examples: [20] })

const personalMessage = () =>
  vine.string().trim().maxLength(2000).meta({ description: 'Personal message added to the invitation e-mail.' })

/* ---------- paging ---------- */

const paging = {
  page: id().max(100000).optional().meta({ description: 'Page number, from 1.', default: 1 }),
  perPage: id()
    .max(API_MAX_PER_PAGE)
    .optional()
    .meta({ description: `Items per page, at most ${API_MAX_PER_PAGE}.`, default: API_DEFAULT_PER_PAGE }),
}

/* ---------- clients ---------- */

export const apiClientListValidator = vine.create({
  ...paging,
  search: vine
    .string()
    .trim()
    .maxLength(100)
    .optional()
    .meta({ description: 'Words that must all occur in the name, e-mail, client number or date of birth.' }),
  clientNumber: vine
    .string()
    .trim()
    .maxLength(64)
    .optional()
    .meta({ description: "Exact client number (the client's id in your own system)." }),
})

const BIRTH_DATE = {
  description: 'YYYY-MM-DD (DD-MM-YYYY is accepted too); not in the future, not before 1900.',
  examples: ['1980-04-12'],
}

/** The person form's fields, as the web form checks them */
const person = () => {
  const fields = personFields()
  return { ...fields, dateOfBirth: fields.dateOfBirth.meta(BIRTH_DATE) }
}

export const apiClientCreateValidator = vine.withMetaData<ApiMeta>().create({
  ...person(),
  departmentId: id().optional().meta({ description: 'Department the client belongs to (required with strictly segregated departments).' }),
  handlerIds: vine.array(id()).maxLength(100).distinct().optional().meta({ description: 'Handlers assigned to the client.' }),
  confirmDuplicates: vine
    .boolean()
    .optional()
    .meta({ description: 'Save even when a client with the same e-mail, client number, or name and date of birth exists.' }),
})

/** Changes to a client: only the members sent are changed; null clears an optional one */
export const apiClientUpdateValidator = (() => {
  const fields = personFields()
  return vine.withMetaData<ApiMeta>().create({
    /* the person's fields from personFields(), but each may be left out */
    initials: fields.initials.optional().use(notNull()),
    lastName: fields.lastName.optional().use(notNull()),
    dateOfBirth: fields.dateOfBirth.optional().use(notNull()).meta(BIRTH_DATE),
    email: fields.email.optional().use(notNull()),
    clientNumber: fields.clientNumber.nullable(),
    phone: fields.phone.nullable(),
    locale: fields.locale.nullable(),
    departmentId: id().nullable().optional().meta({ description: 'Department the client belongs to; null for none.' }),
    handlerIds: vine.array(id()).maxLength(100).distinct().optional().meta({ description: 'Replaces the assigned handlers.' }),
    confirmDuplicates: vine.boolean().optional(),
  })
})()

/* ---------- appointments ---------- */

export const apiAppointmentListValidator = vine.create({
  ...paging,
  from: vine.string().use(calendarDate()).optional().meta({ description: 'First local day (YYYY-MM-DD, organization time zone), inclusive.' }),
  to: vine.string().use(calendarDate()).optional().meta({ description: 'Last local day (YYYY-MM-DD), inclusive.' }),
  status: vine.enum(APPOINTMENT_STATUSES).optional().meta({ description: 'Only appointments with this status (default: all).' }),
  handlerId: id().optional().meta({ description: 'Only appointments with this handler.' }),
  departmentId: id().optional().meta({ description: 'Only appointments of this department.' }),
  clientId: id().optional().meta({ description: 'Only appointments this client is invited to.' }),
})

const newClient = () =>
  vine
    .object({ ...person() })
    .optional()
    .meta({ description: 'A client created together with the appointment.' })

export const apiAppointmentCreateValidator = vine.withMetaData<ApiMeta>().create({
  startsAt: startsAt(),
  durationMinutes: durationMinutes(),
  handlerId: id().optional().meta({ description: 'Handler holding the appointment.' }),
  departmentId: id()
    .optional()
    .meta({ description: 'Department (an appointment with a whole department needs strictly segregated departments).' }),
  personalMessage: personalMessage().optional(),
  clientIds: ids('Existing clients to invite.'),
  newClient: newClient(),
  externalParticipantIds: ids('External participants to invite.'),
  groupIds: ids('Groups whose members are invited.'),
})

/** Changes to an appointment: only the members sent are changed */
export const apiAppointmentUpdateValidator = vine.withMetaData<ApiMeta>().create({
  startsAt: startsAt().optional().use(notNull()),
  durationMinutes: durationMinutes().optional().use(notNull()),
  handlerId: id().nullable().optional().meta({ description: 'Another handler; null for an appointment with the department only.' }),
  departmentId: id().nullable().optional().meta({ description: 'Another department; null to derive it from the handler.' }),
  personalMessage: personalMessage().nullable().optional(),
  clientIds: ids('Replaces the invited clients (besides a newClient).'),
  newClient: newClient(),
  externalParticipantIds: ids('Replaces the individually invited external participants.'),
  groupIds: ids('Replaces the invited groups.'),
})

/** The Idempotency-Key header of POST /appointments */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,60}$/

/* ---------- messages ---------- */

/**
 * Validation messages of the API: `api.validation.<field>.<rule>`, then
 * `api.validation.<rule>`, then the person form's messages (clients.json),
 * then the generic ones (validator.json); field names from api.fields,
 * clients.fields or validator.json.
 */
export class ApiValidationMessages implements MessagesProviderContact {
  constructor(private i18n: I18n) {}

  getMessage(defaultMessage: string, rule: string, field: FieldContext, meta?: Record<string, any>) {
    const path = String(field.wildCardPath)
    const values = {
      ...Object.fromEntries(
        Object.entries(meta ?? {}).map(([key, value]) => [key, Array.isArray(value) ? value.join(', ') : value])
      ),
      field: this.fieldName(path, field),
    }
    const keys = [
      `api.validation.${path}.${rule}`,
      `api.validation.${rule}`,
      `clients.validation.${path.split('.').pop()}.${rule}`,
      `clients.validation.${rule}`,
      `validator.shared.messages.${rule}`,
    ]
    for (const key of keys) {
      const found = this.i18n.resolveIdentifier(key)
      if (found) return this.i18n.formatRawMessage(found.message, values)
    }
    return defaultMessage
  }

  private fieldName(path: string, field: FieldContext): string {
    const name = path.split('.').filter((part) => part !== '*' && !/^\d+$/.test(part)).pop() ?? String(field.name)
    for (const key of [`api.fields.${path}`, `api.fields.${name}`, `clients.fields.${name}`, `validator.shared.fields.${name}`]) {
      const found = this.i18n.resolveIdentifier(key)
      if (found) return this.i18n.formatRawMessage(found.message)
    }
    return name
  }
}

/** Options to validate the JSON body of an API request (never its query string) */
export function apiBodyOptions(ctx: HttpContext) {
  const zone = ctx.organization!.timezone
  return {
    data: ctx.request.body(),
    meta: { zone, today: localToday(zone) } satisfies ApiMeta,
    messagesProvider: new ApiValidationMessages(ctx.i18n),
  }
}

/** Options to validate the query string of an API request */
export function apiQueryOptions(ctx: HttpContext) {
  return { data: ctx.request.qs(), messagesProvider: new ApiValidationMessages(ctx.i18n) }
}
