import vine from '@vinejs/vine'
import { DateTime } from 'luxon'
import type { I18n } from '@adonisjs/i18n'
import type { FieldContext, MessagesProviderContact } from '@vinejs/vine/types'
import { ValidationMessages } from '#core/i18n/validation_messages'
import { AVAILABILITY_PURPOSES, RECURRENCES } from '#modules/agenda/types'
import { minutesOf } from '#modules/agenda/services/slot_generator'

/**
 * Availability periods and exceptions. Times are HH:mm and dates YYYY-MM-DD in
 * the organization's time zone; `meta.today` is today's local date there.
 * Errors come from resources/lang/<locale>/availability.json
 * (`validation.<field>.<rule>`, else the shared message with the field's
 * label from `fields.<field>`): pass `availabilityMessages(ctx.i18n)`.
 */

export const SLOT_MINUTES = { min: 5, max: 240 } as const
export const GAP_MINUTES = { min: 0, max: 120 } as const

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/
const DATE = /^\d{4}-\d{2}-\d{2}$/

type Meta = { today: string }

const isTime = (value: unknown): value is string => typeof value === 'string' && TIME.test(value)
const isDate = (value: unknown): value is string =>
  typeof value === 'string' && DATE.test(value) && DateTime.fromISO(value).isValid

const isWeekly = (field: FieldContext) => (field.parent as Record<string, unknown>)?.recurrence === 'weekly'
const isOnce = (field: FieldContext) => (field.parent as Record<string, unknown>)?.recurrence === 'once'
const isPartOfDay = (field: FieldContext) => {
  const wholeDay = (field.parent as Record<string, unknown>)?.wholeDay
  return !(wholeDay === true || wholeDay === 'true' || wholeDay === 1 || wholeDay === '1' || wholeDay === 'on')
}

/** A real calendar date (2025-02-30 is refused) */
const calendarDate = vine.createRule(
  (value, _, field) => {
    if (!isDate(value)) field.report('The {{ field }} is not a valid date', 'calendarDate', field)
  },
  { name: 'calendarDate' }
)

/** Today or later in the organization's time zone (a weekly period may have begun in the past) */
const notPast = vine.createRule<{ unlessWeekly?: boolean } | undefined>(
  (value, options, field) => {
    const today = (field.meta as Partial<Meta>).today
    if (options?.unlessWeekly && isWeekly(field)) return
    if (isDate(value) && today && value < today) field.report('The {{ field }} has passed', 'notPast', field)
  },
  { name: 'notPast' }
)

/** Strictly after another field of the same form (both HH:mm or both YYYY-MM-DD) */
const after = vine.createRule<{ field: string }>(
  (value, options, field) => {
    const other = (field.parent as Record<string, unknown> | undefined)?.[options.field]
    const comparable = (isTime(value) && isTime(other)) || (isDate(value) && isDate(other))
    if (comparable && (value as string) <= (other as string)) {
      field.report('The {{ field }} must be after the {{ other }}', 'after', field, { other: options.field })
    }
  },
  { name: 'after' }
)

/** At least one slot of this length fits between the start and end time (bookable periods) */
const fitsPeriod = vine.createRule(
  (value, _, field) => {
    const { startTime, endTime, purpose } = (field.parent ?? {}) as Record<string, unknown>
    if (purpose === 'walk_in') return
    if (typeof value !== 'number' || !isTime(startTime) || !isTime(endTime) || endTime <= startTime) return
    const length = minutesOf(endTime) - minutesOf(startTime)
    if (value > length) field.report('No slot fits in the period', 'fitsPeriod', field, { length })
  },
  { name: 'fitsPeriod' }
)

/** A weekly period bounded on both sides must contain its weekday at least once */
const containsWeekday = vine.createRule(
  (value, _, field) => {
    const { date, weekday } = (field.parent ?? {}) as Record<string, unknown>
    if (!isDate(value) || !isDate(date) || typeof weekday !== 'number' || value <= date) return
    const first = DateTime.fromISO(date)
    const offset = (weekday - first.weekday + 7) % 7
    if (first.plus({ days: offset }).toISODate()! > value) {
      field.report('The weekday does not occur between these dates', 'containsWeekday', field)
    }
  },
  { name: 'containsWeekday' }
)

const userId = () => vine.number().positive().withoutDecimals()
const time = () => vine.string().trim().regex(TIME)
const date = () => vine.string().trim().regex(DATE).use(calendarDate())

/** A period: one date or every week on a weekday (optionally from a first to a last date) */
export const availabilityValidator = vine.withMetaData<Meta>().create({
  /* whose availability (new periods only; default: the person saving it) */
  userId: userId().optional(),
  recurrence: vine.enum(RECURRENCES),
  purpose: vine.enum(AVAILABILITY_PURPOSES),
  date: date()
    .use(notPast({ unlessWeekly: true }))
    .optional()
    .requiredWhen((field) => isOnce(field)),
  weekday: vine
    .number()
    .withoutDecimals()
    .min(1)
    .max(7)
    .optional()
    .requiredWhen((field) => isWeekly(field)),
  untilDate: date().use(notPast()).use(after({ field: 'date' })).use(containsWeekday()).optional(),
  startTime: time(),
  endTime: time().use(after({ field: 'startTime' })),
  slotMinutes: vine.number().withoutDecimals().min(SLOT_MINUTES.min).max(SLOT_MINUTES.max).use(fitsPeriod()),
  gapMinutes: vine.number().withoutDecimals().min(GAP_MINUTES.min).max(GAP_MINUTES.max),
})

/** A day off, or a period off on a date */
export const availabilityExceptionValidator = vine.withMetaData<Meta>().create({
  userId: userId().optional(),
  date: date().use(notPast()),
  wholeDay: vine.boolean(),
  startTime: time()
    .optional()
    .requiredWhen((field) => isPartOfDay(field)),
  endTime: time()
    .use(after({ field: 'startTime' }))
    .optional()
    .requiredWhen((field) => isPartOfDay(field)),
  reason: vine.string().trim().maxLength(200).optional(),
})

/** The availability page: whose availability to show */
export const availabilityPageValidator = vine.create({
  user: userId().optional(),
})

/**
 * Messages for the forms above: `availability.validation.<field>.<rule>`
 * when the namespace has one, otherwise the shared validator message with
 * the field's label from `availability.fields.<field>`.
 */
class AvailabilityMessages implements MessagesProviderContact {
  #i18n: I18n
  #shared: ValidationMessages

  constructor(i18n: I18n) {
    this.#i18n = i18n
    this.#shared = new ValidationMessages(i18n)
  }

  #label(name: string | number): string {
    const label = this.#i18n.resolveIdentifier(`availability.fields.${name}`)
    return label ? this.#i18n.formatRawMessage(label.message) : String(name)
  }

  getMessage(defaultMessage: string, rule: string, field: FieldContext, meta?: Record<string, any>) {
    const own = this.#i18n.resolveIdentifier(`availability.validation.${field.wildCardPath}.${rule}`)
    const values = { ...meta, field: this.#label(field.name), ...(meta?.other ? { other: this.#label(meta.other) } : {}) }
    if (own) return this.#i18n.formatRawMessage(own.message, values)
    return this.#shared.getMessage(defaultMessage, rule, { ...field, name: values.field } as FieldContext, meta)
  }
}

export function availabilityMessages(i18n: I18n): MessagesProviderContact {
  return new AvailabilityMessages(i18n)
}

/** Whose availability a change concerns (checked before the rest of the form) */
export const availabilityOwnerValidator = vine.create({
  userId: userId().optional().nullable(),
})
