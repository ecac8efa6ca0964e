import { DateTime } from 'luxon'
import type { HttpContext } from '@adonisjs/core/http'
import type Organization from '#models/organization'
import type User from '#models/user'
import tenancy from '#core/tenancy/tenancy'
import AuditLogger from '#services/audit_logger'
import BusinessRuleException from '#exceptions/business_rule_exception'
import Availability from '#modules/agenda/models/availability'
import AvailabilityException from '#modules/agenda/models/availability_exception'
import Appointment from '#modules/agenda/models/appointment'
import type { AvailabilityPurpose, Recurrence } from '#modules/agenda/types'
import { dbTime, localDayBounds, localToday } from '#modules/agenda/services/local_time'
import {
  SlotGenerator,
  type AvailabilityRule,
  type BusyInterval,
  type ExceptionRule,
  type Opening,
  type Slot,
} from '#modules/agenda/services/slot_generator'

export type { Slot, Opening } from '#modules/agenda/services/slot_generator'

/** A local date (YYYY-MM-DD in the organization's zone) or an instant, whose local date is taken */
export type LocalDate = string | DateTime

export interface SlotsForOptions {
  /** Handlers (user ids) whose free slots are wanted */
  userIds: readonly number[]
  /** First and last local date, both included */
  from: LocalDate
  to: LocalDate
  /** Slots starting before this instant are left out (default: the current time) */
  now?: DateTime
}

/** The longest range one question may cover */
export const MAX_RANGE_DAYS = 366

/**
 * When handlers can be consulted: THE service the booking widget, the
 * appointment form and scripts ask. Reads availability periods, exceptions
 * and scheduled appointments of one organization and lets `SlotGenerator`
 * do the arithmetic.
 *
 *   const availability = new AvailabilityService(organization)
 *   const slots = await availability.slotsFor({ userIds: [7, 9], from: '2025-06-02', to: '2025-06-15' })
 *   const left = await availability.remainingBookingOptions(7, '2025-06-02', '2025-06-15')
 *   const hours = await availability.walkInHours([7], '2025-06-02', '2025-06-02')
 *   const slot = await availability.findSlot(7, DateTime.fromISO('2025-06-02T12:00:00Z'))
 *
 * - Dates are local dates of the organization (organization.timezone); a
 *   luxon DateTime is accepted too and stands for its local date.
 * - Slots and hours come back with UTC instants (`startsAt`, `endsAt`, ISO
 *   8601) and the local `date`, `startTime`, `endTime`, sorted by start.
 * - Every query is limited to the organization given to the constructor, so
 *   it works inside a request and from a script or job alike.
 * - Which users may be asked about is the caller's business (a public booking
 *   widget shows slots without any login); every scheduled appointment of a
 *   handler counts as busy, whoever may see it, and nothing of it is revealed.
 */
export default class AvailabilityService {
  constructor(readonly organization: Organization) {}

  get zone(): string {
    return this.organization.timezone
  }

  /** Free bookable slots of the handlers between two local dates (both included) */
  async slotsFor({ userIds, from, to, now = DateTime.utc() }: SlotsForOptions): Promise<Slot[]> {
    const range = this.#range(from, to)
    if (userIds.length === 0) return []
    return this.#scoped(async () => {
      const [availabilities, exceptions, booked] = await Promise.all([
        this.#rules(userIds, range, 'booking'),
        this.#exceptions(userIds, range),
        this.#busy(userIds, range),
      ])
      return new SlotGenerator(this.zone).slots({ availabilities, exceptions, booked, ...range, zone: this.zone, now })
    })
  }

  /** How many free bookable slots a handler still has between two local dates */
  async remainingBookingOptions(userId: number, from: LocalDate, to: LocalDate, now: DateTime = DateTime.utc()): Promise<number> {
    return (await this.slotsFor({ userIds: [userId], from, to, now })).length
  }

  /**
   * Walk-in consultation hours of the handlers per date between two local
   * dates, minus days and periods off (booked appointments do not shorten
   * them). With `now`, hours that have ended are left out.
   */
  async walkInHours(userIds: readonly number[], from: LocalDate, to: LocalDate, now?: DateTime): Promise<Opening[]> {
    const range = this.#range(from, to)
    if (userIds.length === 0) return []
    return this.#scoped(async () => {
      const [availabilities, exceptions] = await Promise.all([
        this.#rules(userIds, range, 'walk_in'),
        this.#exceptions(userIds, range),
      ])
      return new SlotGenerator(this.zone).openings({ availabilities, exceptions, ...range, zone: this.zone, now }, 'walk_in')
    })
  }

  /**
   * The free slot of a handler that starts at this instant, or null when
   * there is none (taken meanwhile, in the past, never offered): what a
   * booking must check just before it saves the appointment.
   */
  async findSlot(userId: number, startsAt: DateTime, now: DateTime = DateTime.utc()): Promise<Slot | null> {
    if (!startsAt.isValid) return null
    const date = startsAt.setZone(this.zone).toISODate()!
    const wanted = startsAt.toUTC().toMillis()
    const slots = await this.slotsFor({ userIds: [userId], from: date, to: date, now })
    return slots.find((slot) => Date.parse(slot.startsAt) === wanted) ?? null
  }

  /** Today's date in the organization's zone */
  today(now: DateTime = DateTime.utc()): string {
    return localToday(this.zone, now)
  }

  #range(from: LocalDate, to: LocalDate): { from: string; to: string } {
    const local = (value: LocalDate) => (typeof value === 'string' ? value : value.setZone(this.zone).toISODate())
    const range = { from: local(from), to: local(to) }
    const first = range.from ? DateTime.fromISO(range.from, { zone: 'utc' }) : null
    const last = range.to ? DateTime.fromISO(range.to, { zone: 'utc' }) : null
    if (!first?.isValid || !last?.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(range.from!) || !/^\d{4}-\d{2}-\d{2}$/.test(range.to!)) {
      throw new RangeError(`Invalid date range ${String(range.from)}..${String(range.to)}`)
    }
    const days = last.diff(first, 'days').days
    if (days < 0) throw new RangeError(`The range ends before it starts: ${range.from}..${range.to}`)
    if (days >= MAX_RANGE_DAYS) throw new RangeError(`The range is longer than ${MAX_RANGE_DAYS} days`)
    return range as { from: string; to: string }
  }

  #scoped<T>(work: () => Promise<T>): Promise<T> {
    return tenancy.run(this.organization, work)
  }

  /** Periods of the purpose that can apply somewhere in the range */
  async #rules(userIds: readonly number[], range: { from: string; to: string }, purpose: AvailabilityPurpose) {
    const rows = await Availability.query()
      .whereIn('user_id', [...userIds])
      .where('purpose', purpose)
      .where((applies) => {
        applies
          .where((once) => once.where('recurrence', 'once').whereBetween('date', [range.from, range.to]))
          .orWhere((weekly) =>
            weekly
              .where('recurrence', 'weekly')
              .where((first) => first.whereNull('date').orWhere('date', '<=', range.to))
              .where((last) => last.whereNull('until_date').orWhere('until_date', '>=', range.from))
          )
      })
    return rows.map(toRule)
  }

  async #exceptions(userIds: readonly number[], range: { from: string; to: string }): Promise<ExceptionRule[]> {
    const rows = await AvailabilityException.query()
      .whereIn('user_id', [...userIds])
      .whereBetween('date', [range.from, range.to])
    return rows.map((row) => ({ userId: row.userId, date: row.date, startTime: row.startTime, endTime: row.endTime }))
  }

  /** Scheduled appointments of the handlers overlapping the range (plain rows: there may be many) */
  async #busy(userIds: readonly number[], range: { from: string; to: string }): Promise<BusyInterval[]> {
    const start = localDayBounds(range.from, this.zone).start
    const end = localDayBounds(range.to, this.zone).end
    const rows = await Appointment.query()
      .select('handler_id', 'starts_at', 'ends_at')
      .whereIn('handler_id', [...userIds])
      .where('status', 'scheduled')
      .where('starts_at', '<', dbTime(end))
      .where('ends_at', '>', dbTime(start))
      .pojo<{ handler_id: number; starts_at: Date | string; ends_at: Date | string }>()
    return rows.map((row) => ({
      userId: Number(row.handler_id),
      startsAt: instantOf(row.starts_at),
      endsAt: instantOf(row.ends_at),
    }))
  }
}

function toRule(row: Availability): AvailabilityRule {
  return {
    id: row.id,
    userId: row.userId,
    recurrence: row.recurrence,
    purpose: row.purpose,
    date: row.date,
    untilDate: row.untilDate,
    weekday: row.weekday,
    startTime: row.startTime,
    endTime: row.endTime,
    slotMinutes: row.slotMinutes,
    gapMinutes: row.gapMinutes,
  }
}

/** A timestamp as the driver returns it: a Date (PostgreSQL) or UTC text (SQLite, see dbTime) */
function instantOf(value: Date | string): number {
  if (value instanceof Date) return value.getTime()
  const sql = DateTime.fromSQL(value, { zone: 'utc' })
  return (sql.isValid ? sql : DateTime.fromISO(value, { zone: 'utc' })).toMillis()
}

/* ------------------------------------------------------------------------ */

export interface PeriodInput {
  recurrence: Recurrence
  purpose: AvailabilityPurpose
  date?: string | null
  weekday?: number | null
  untilDate?: string | null
  startTime: string
  endTime: string
  slotMinutes: number
  gapMinutes: number
}

export interface ExceptionInput {
  date: string
  wholeDay: boolean
  startTime?: string | null
  endTime?: string | null
  reason?: string | null
}

/** What applies of a period once the form's irrelevant fields are dropped */
function normalized(input: PeriodInput) {
  const weekly = input.recurrence === 'weekly'
  return {
    recurrence: input.recurrence,
    purpose: input.purpose,
    date: input.date ?? null,
    weekday: weekly ? (input.weekday ?? null) : null,
    untilDate: weekly ? (input.untilDate ?? null) : null,
    startTime: input.startTime,
    endTime: input.endTime,
    slotMinutes: input.slotMinutes,
    gapMinutes: input.gapMinutes,
  }
}

type PeriodShape = ReturnType<typeof normalized>

/** The first date (>= from) that falls on an ISO weekday */
function firstOnWeekday(from: string, weekday: number): string {
  const day = DateTime.fromISO(from, { zone: 'utc' })
  return day.plus({ days: (weekday - day.weekday + 7) % 7 }).toISODate()!
}

/** Whether two periods share a moment: a date both apply on, and overlapping times */
export function periodsOverlap(a: PeriodShape, b: PeriodShape): boolean {
  if (!(a.startTime < b.endTime && b.startTime < a.endTime)) return false
  const weekdayOf = (date: string) => DateTime.fromISO(date, { zone: 'utc' }).weekday
  if (a.recurrence === 'once' && b.recurrence === 'once') return a.date === b.date
  if (a.recurrence === 'once' || b.recurrence === 'once') {
    const [single, weekly] = a.recurrence === 'once' ? [a, b] : [b, a]
    return (
      single.date !== null &&
      weekdayOf(single.date) === weekly.weekday &&
      (weekly.date === null || single.date >= weekly.date) &&
      (weekly.untilDate === null || single.date <= weekly.untilDate)
    )
  }
  if (a.weekday !== b.weekday || a.weekday === null) return false
  const first = [a.date, b.date].filter((d): d is string => d !== null).sort().pop() ?? '0001-01-01'
  const lasts = [a.untilDate, b.untilDate].filter((d): d is string => d !== null).sort()
  if (lasts.length === 0) return true
  return firstOnWeekday(first, a.weekday) <= lasts[0]
}

/**
 * Changes to availability, from the availability page: keeps a handler's
 * periods from overlapping and records every change in the audit log.
 * Authorization is the controller's (AvailabilityPolicy).
 */
export class AvailabilityEditor {
  constructor(private ctx: HttpContext) {}

  async createPeriod(owner: User, input: PeriodInput): Promise<Availability> {
    const values = normalized(input)
    await this.#refuseOverlap(owner, values, null)
    const period = await Availability.create({ ...values, userId: owner.id })
    await this.#audit('availability.created', owner, values)
    return period
  }

  async updatePeriod(owner: User, period: Availability, input: PeriodInput): Promise<Availability> {
    const values = normalized(input)
    await this.#refuseOverlap(owner, values, period.id)
    period.merge(values)
    const changes = { ...period.$dirty }
    await period.save()
    await this.#audit('availability.updated', owner, changes)
    return period
  }

  async deletePeriod(owner: User, period: Availability): Promise<void> {
    await period.delete()
    await this.#audit('availability.deleted', owner, normalized(period))
  }

  async createException(owner: User, input: ExceptionInput): Promise<AvailabilityException> {
    const values = {
      date: input.date,
      startTime: input.wholeDay ? null : (input.startTime ?? null),
      endTime: input.wholeDay ? null : (input.endTime ?? null),
      reason: input.reason?.trim() || null,
    }
    const exception = await AvailabilityException.create({ ...values, userId: owner.id })
    await this.#audit('availability_exception.created', owner, {
      date: values.date,
      startTime: values.startTime,
      endTime: values.endTime,
    })
    return exception
  }

  async deleteException(owner: User, exception: AvailabilityException): Promise<void> {
    await exception.delete()
    await this.#audit('availability_exception.deleted', owner, {
      date: exception.date,
      startTime: exception.startTime,
      endTime: exception.endTime,
    })
  }

  async #refuseOverlap(owner: User, values: PeriodShape, exceptId: number | null) {
    const others = await Availability.query()
      .where('user_id', owner.id)
      .if(exceptId !== null, (query) => query.whereNot('id', exceptId!))
    const clash = others.find((other) => periodsOverlap(values, normalized(other)))
    if (clash) {
      throw new BusinessRuleException('availability.errors.overlap', 'startTime', {
        period: this.#describe(clash),
      })
    }
  }

  /** "Every Monday 15:00–16:00" / "Mon 2 Jun 2025 15:00–16:00", in the reader's language */
  #describe(period: Availability): string {
    const { i18n } = this.ctx
    const values = { start: period.startTime, end: period.endTime }
    if (period.recurrence === 'weekly') return i18n.t('availability.describe.weekly', { ...values, weekday: String(period.weekday) })
    const date = DateTime.fromISO(period.date ?? '', { zone: 'utc' }).setLocale(i18n.locale)
    return i18n.t('availability.describe.once', { ...values, date: date.toLocaleString(DateTime.DATE_MED_WITH_WEEKDAY) })
  }

  async #audit(action: string, owner: User, changes: Record<string, unknown>) {
    /* reasons for time off may be personal: never logged */
    await AuditLogger.record(this.ctx, {
      action,
      subject: { type: 'user', id: owner.id, label: owner.fullName },
      changes,
    })
  }
}
