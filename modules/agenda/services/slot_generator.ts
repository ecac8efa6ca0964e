import { DateTime } from 'luxon'
import type { AvailabilityPurpose, Recurrence } from '#modules/agenda/types'

/**
 * Turns availability (local wall-clock periods of the organization) into
 * concrete UTC intervals: bookable slots, and opening hours (walk-in
 * consultation hours). Pure: no database, no clock (pass `now`), so it can be
 * unit-tested and called from scripts and benchmarks.
 *
 * Rules
 *  - A period `start–end` with slot length S and gap G offers slots at
 *    start, start + (S+G), start + 2(S+G), ... as long as the slot itself
 *    (not its gap) ends within the period: 14:00–16:00 with 20 + 10 gives
 *    14:00, 14:30, 15:00 and 15:30.
 *  - Weekly periods keep their local wall-clock time across daylight-saving
 *    changes (09:00 stays 09:00; the UTC instant moves). A slot starting at a
 *    local time that does not exist (the hour skipped in spring) is left out.
 *  - A slot that overlaps an exception (a day or a period off) or a booked
 *    appointment is not offered; neither is one that starts before `now`.
 *  - Two periods of one handler that overlap never offer overlapping slots:
 *    the earlier slot wins.
 *  - Only periods with purpose 'booking' offer slots; `openings()` lists the
 *    periods themselves (by default the 'walk_in' ones), minus exceptions.
 *
 * Speed: everything is computed in epoch milliseconds and minutes of the day.
 * Luxon is only asked for each day's UTC offset (and, on the few days with a
 * daylight-saving change, for each slot). Booked intervals are sorted and
 * merged once per handler and swept with one pointer while the days advance.
 */

/** One availability period as stored (times are HH:mm in the organization's zone) */
export interface AvailabilityRule {
  id: number
  userId: number
  recurrence: Recurrence
  purpose: AvailabilityPurpose
  /** 'once': the date; 'weekly': the first date it applies (optional) */
  date: string | null
  /** 'weekly': the last date it applies (optional) */
  untilDate: string | null
  /** 'weekly': ISO weekday, 1 = Monday .. 7 = Sunday */
  weekday: number | null
  startTime: string
  endTime: string
  slotMinutes: number
  gapMinutes: number
}

/** A day off (no times) or a period off on a date, local time */
export interface ExceptionRule {
  userId: number
  date: string
  startTime: string | null
  endTime: string | null
}

/** An instant as a luxon DateTime, a JS Date or epoch milliseconds */
export type Instant = DateTime | Date | number

/** Time a handler is already taken (a scheduled appointment), UTC */
export interface BusyInterval {
  userId: number
  startsAt: Instant
  endsAt: Instant
}

/** A bookable slot */
export interface Slot {
  userId: number
  /** The availability period that offers it */
  availabilityId: number
  /** UTC, ISO 8601 (`2025-03-31T12:00:00.000Z`) */
  startsAt: string
  endsAt: string
  /** Local date (YYYY-MM-DD) and times (HH:mm) in the organization's zone */
  date: string
  startTime: string
  endTime: string
}

/** An occurrence of a period (e.g. walk-in hours on one date), minus the time off */
export interface Opening {
  userId: number
  availabilityId: number
  purpose: AvailabilityPurpose
  startsAt: string
  endsAt: string
  date: string
  startTime: string
  endTime: string
}

export interface SlotQuery {
  availabilities: readonly AvailabilityRule[]
  exceptions?: readonly ExceptionRule[]
  /** Only for slots(): scheduled appointments of the handlers */
  booked?: readonly BusyInterval[]
  /** First and last local date (YYYY-MM-DD), both included */
  from: string
  to: string
  /** IANA zone of the organization, e.g. Europe/Amsterdam */
  zone: string
  /** Slots starting before this instant (openings ending before it) are left out */
  now?: Instant
}

const MINUTE = 60_000
const DAY = 86_400_000

/** 'HH:mm' -> minutes since midnight */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
}

/** minutes since midnight -> 'HH:mm' */
export function timeOf(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`
}

/** 'YYYY-MM-DD' -> days since 1970-01-01 */
function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY
}

function toMillis(instant: Instant): number {
  if (typeof instant === 'number') return instant
  if (instant instanceof Date) return instant.getTime()
  return instant.toMillis()
}

/**
 * How many slots a period of this length offers: the figure forms show while
 * someone types (14:00–16:00, 20 + 10 -> 4).
 */
export function slotsPerPeriod(startTime: string, endTime: string, slotMinutes: number, gapMinutes: number): number {
  const length = minutesOf(endTime) - minutesOf(startTime)
  if (slotMinutes <= 0 || length < slotMinutes) return 0
  return Math.floor((length - slotMinutes) / (slotMinutes + gapMinutes)) + 1
}

/** A local day of the range, with what is needed to place wall-clock times on it */
interface Day {
  date: string
  weekday: number
  /** epoch ms of 00:00 on this date as if it were UTC */
  base: number
  /** UTC offset in minutes valid the whole day; null on a day with a daylight-saving change */
  offset: number | null
  year: number
  month: number
  day: number
}

/** Per handler: periods by weekday and by date, exceptions by date, busy time merged */
interface HandlerPlan {
  weekly: AvailabilityRule[][]
  once: Map<string, AvailabilityRule[]>
  daysOff: Set<string>
  periodsOff: Map<string, Array<[number, number]>>
  busyStart: number[]
  busyEnd: number[]
}

export class SlotGenerator {
  #zone: string

  constructor(zone: string) {
    if (!DateTime.local().setZone(zone).isValid) throw new Error(`Unknown time zone ${zone}`)
    this.#zone = zone
  }

  /** Bookable slots, sorted by start (then handler) */
  static slots(query: SlotQuery): Slot[] {
    return new SlotGenerator(query.zone).slots(query)
  }

  /** Occurrences of the periods (default: walk-in hours) minus the time off, sorted by start */
  static openings(query: SlotQuery, purpose: AvailabilityPurpose = 'walk_in'): Opening[] {
    return new SlotGenerator(query.zone).openings(query, purpose)
  }

  slots(query: SlotQuery): Slot[] {
    const days = this.#days(query.from, query.to)
    const plans = this.#plans(
      query.availabilities.filter((rule) => rule.purpose === 'booking'),
      query.exceptions ?? [],
      query.booked ?? []
    )
    const now = query.now === undefined ? Number.NEGATIVE_INFINITY : toMillis(query.now)
    const result: Slot[] = []

    /* per handler: index into its merged busy list, and where its last slot ended */
    const pointers = new Map<number, number>()
    const lastEnd = new Map<number, number>()

    for (const day of days) {
      const dayStart = result.length
      for (const [userId, plan] of plans) {
        const rules = this.#rulesOn(plan, day)
        if (rules.length === 0 || plan.daysOff.has(day.date)) continue
        const off = plan.periodsOff.get(day.date)

        const candidates: Array<[number, number, number, AvailabilityRule]> = []
        for (const rule of rules) {
          const start = minutesOf(rule.startTime)
          const end = minutesOf(rule.endTime)
          const step = rule.slotMinutes + rule.gapMinutes
          if (rule.slotMinutes <= 0 || step <= 0) continue
          /* on a day with a clock change, the slot must also end within the period in real time */
          const periodEnd = day.offset === null ? this.#wallClockToUtc(day, end, true) : null
          for (let t = start; t + rule.slotMinutes <= end; t += step) {
            const tEnd = t + rule.slotMinutes
            if (off && off.some(([a, b]) => a < tEnd && b > t)) continue
            const startMs = day.offset === null ? this.#wallClockToUtc(day, t, false) : day.base + (t - day.offset) * MINUTE
            if (startMs === null || startMs < now) continue
            const endMs = startMs + rule.slotMinutes * MINUTE
            if (periodEnd !== null && endMs > periodEnd) continue
            candidates.push([startMs, endMs, t, rule])
          }
        }
        if (rules.length > 1) candidates.sort((x, y) => x[0] - y[0])

        let i = pointers.get(userId) ?? 0
        let previousEnd = lastEnd.get(userId) ?? Number.NEGATIVE_INFINITY
        const { busyStart, busyEnd } = plan
        for (const [startMs, endMs, t, rule] of candidates) {
          while (i < busyEnd.length && busyEnd[i] <= startMs) i++
          if (i < busyStart.length && busyStart[i] < endMs) continue
          if (startMs < previousEnd) continue
          previousEnd = endMs
          result.push({
            userId,
            availabilityId: rule.id,
            startsAt: new Date(startMs).toISOString(),
            endsAt: new Date(endMs).toISOString(),
            date: day.date,
            startTime: timeOf(t),
            endTime: day.offset === null ? this.#localTime(endMs) : timeOf(t + rule.slotMinutes),
          })
        }
        pointers.set(userId, i)
        lastEnd.set(userId, previousEnd)
      }
      if (plans.size > 1 && result.length - dayStart > 1) {
        const today = result.splice(dayStart).sort((a, b) =>
          a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : a.userId - b.userId
        )
        for (const slot of today) result.push(slot)
      }
    }
    return result
  }

  openings(query: SlotQuery, purpose: AvailabilityPurpose = 'walk_in'): Opening[] {
    const days = this.#days(query.from, query.to)
    const plans = this.#plans(
      query.availabilities.filter((rule) => rule.purpose === purpose),
      query.exceptions ?? [],
      []
    )
    const now = query.now === undefined ? Number.NEGATIVE_INFINITY : toMillis(query.now)
    const result: Opening[] = []
    for (const day of days) {
      for (const [userId, plan] of plans) {
        const rules = this.#rulesOn(plan, day)
        if (rules.length === 0 || plan.daysOff.has(day.date)) continue
        const off = [...(plan.periodsOff.get(day.date) ?? [])].sort((a, b) => a[0] - b[0])
        for (const rule of rules) {
          for (const [start, end] of subtract(minutesOf(rule.startTime), minutesOf(rule.endTime), off)) {
            const startMs = this.#wallClockToUtc(day, start, true)
            const endMs = this.#wallClockToUtc(day, end, true)
            if (startMs === null || endMs === null || endMs <= startMs || endMs <= now) continue
            result.push({
              userId,
              availabilityId: rule.id,
              purpose: rule.purpose,
              startsAt: new Date(startMs).toISOString(),
              endsAt: new Date(endMs).toISOString(),
              date: day.date,
              startTime: timeOf(start),
              endTime: timeOf(end),
            })
          }
        }
      }
    }
    return result.sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : a.userId - b.userId))
  }

  /** The local days from..to (inclusive) with each day's UTC offset */
  #days(from: string, to: string): Day[] {
    const first = dayNumber(from)
    const last = dayNumber(to)
    if (!Number.isFinite(first) || !Number.isFinite(last)) throw new Error(`Invalid date range ${from}..${to}`)
    const days: Day[] = []
    let midnightOffset = this.#offsetAt(first)
    for (let n = first; n <= last; n++) {
      const base = n * DAY
      const date = new Date(base)
      const nextOffset = this.#offsetAt(n + 1)
      days.push({
        date: date.toISOString().slice(0, 10),
        weekday: ((date.getUTCDay() + 6) % 7) + 1,
        base,
        offset: midnightOffset === nextOffset ? midnightOffset : null,
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
      })
      midnightOffset = nextOffset
    }
    return days
  }

  /** UTC offset (minutes) at the start of a local day */
  #offsetAt(day: number): number {
    const date = new Date(day * DAY)
    return DateTime.fromObject(
      { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() },
      { zone: this.#zone }
    ).offset
  }

  /**
   * A wall-clock time (minutes) on a day as epoch ms. On a day with a
   * daylight-saving change the zone decides; a time that does not exist gives
   * null, unless `shift` (then it moves forward, as the clocks did).
   */
  #wallClockToUtc(day: Day, minutes: number, shift: boolean): number | null {
    if (day.offset !== null) return day.base + (minutes - day.offset) * MINUTE
    const hour = Math.floor(minutes / 60)
    const minute = minutes % 60
    const local = DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour, minute }, { zone: this.#zone })
    if (!local.isValid) return null
    if (!shift && (local.hour !== hour || local.minute !== minute)) return null
    return local.toMillis()
  }

  #localTime(ms: number): string {
    return DateTime.fromMillis(ms, { zone: this.#zone }).toFormat('HH:mm')
  }

  /** The periods of a handler that apply on a day, by start time */
  #rulesOn(plan: HandlerPlan, day: Day): AvailabilityRule[] {
    const weekly = plan.weekly[day.weekday]
    const once = plan.once.get(day.date)
    const rules: AvailabilityRule[] = []
    for (const rule of weekly) {
      if (rule.date !== null && day.date < rule.date) continue
      if (rule.untilDate !== null && day.date > rule.untilDate) continue
      rules.push(rule)
    }
    if (once) rules.push(...once)
    if (rules.length > 1) rules.sort((a, b) => (a.startTime < b.startTime ? -1 : a.startTime > b.startTime ? 1 : 0))
    return rules
  }

  #plans(
    rules: readonly AvailabilityRule[],
    exceptions: readonly ExceptionRule[],
    booked: readonly BusyInterval[]
  ): Map<number, HandlerPlan> {
    const plans = new Map<number, HandlerPlan>()
    const planOf = (userId: number) => {
      let plan = plans.get(userId)
      if (!plan) {
        plan = {
          weekly: Array.from({ length: 8 }, () => []),
          once: new Map(),
          daysOff: new Set(),
          periodsOff: new Map(),
          busyStart: [],
          busyEnd: [],
        }
        plans.set(userId, plan)
      }
      return plan
    }
    for (const rule of rules) {
      if (rule.recurrence === 'weekly') {
        if (rule.weekday !== null && rule.weekday >= 1 && rule.weekday <= 7) planOf(rule.userId).weekly[rule.weekday].push(rule)
      } else if (rule.date !== null) {
        const once = planOf(rule.userId).once
        const list = once.get(rule.date)
        if (list) list.push(rule)
        else once.set(rule.date, [rule])
      }
    }
    for (const exception of exceptions) {
      const plan = plans.get(exception.userId)
      if (!plan) continue
      if (exception.startTime === null || exception.endTime === null) {
        plan.daysOff.add(exception.date)
      } else {
        const list = plan.periodsOff.get(exception.date) ?? []
        list.push([minutesOf(exception.startTime), minutesOf(exception.endTime)])
        plan.periodsOff.set(exception.date, list)
      }
    }
    /* busy intervals: sorted by start and merged, so their ends rise too and one pointer can sweep them */
    const byUser = new Map<number, Array<[number, number]>>()
    for (const interval of booked) {
      if (!plans.has(interval.userId)) continue
      const list = byUser.get(interval.userId) ?? []
      list.push([toMillis(interval.startsAt), toMillis(interval.endsAt)])
      byUser.set(interval.userId, list)
    }
    for (const [userId, list] of byUser) {
      list.sort((a, b) => a[0] - b[0])
      const plan = plans.get(userId)!
      for (const [start, end] of list) {
        const last = plan.busyEnd.length - 1
        if (last >= 0 && start <= plan.busyEnd[last]) {
          if (end > plan.busyEnd[last]) plan.busyEnd[last] = end
        } else {
          plan.busyStart.push(start)
          plan.busyEnd.push(end)
        }
      }
    }
    return plans
  }
}

/** [start, end] minus the sorted periods off: the pieces that remain */
function subtract(start: number, end: number, off: Array<[number, number]>): Array<[number, number]> {
  const pieces: Array<[number, number]> = []
  let cursor = start
  for (const [a, b] of off) {
    if (b <= cursor || a >= end) continue
    if (a > cursor) pieces.push([cursor, a])
    cursor = Math.max(cursor, b)
    if (cursor >= end) break
  }
  if (cursor < end) pieces.push([cursor, end])
  return pieces
}
