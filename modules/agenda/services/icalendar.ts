import { DateTime } from 'luxon'
import env from '#start/env'
import type { EmailKind } from '#modules/agenda/types'
import { CALENDAR_TEXTS } from '#modules/agenda/services/default_email_templates'
import { TemplateRenderer, type RenderContext } from '#modules/agenda/services/template_renderer'

/**
 * The calendar invitation (.ics, RFC 5545) that goes with each appointment
 * e-mail, written for what Google Calendar, Outlook and Apple Calendar
 * actually import:
 *
 *  - METHOD:REQUEST for confirmation, reminder and change; METHOD:CANCEL with
 *    STATUS:CANCELLED for a cancellation. The e-mail's text/calendar part
 *    must carry the same `method` parameter (see `contentType`).
 *  - One VEVENT whose UID stays the same for the appointment's whole life and
 *    whose SEQUENCE rises with every change, so calendars update or remove
 *    the event instead of adding a second one.
 *  - Local times with TZID=<the organization's zone> and a VTIMEZONE for that
 *    zone. Outlook ignores RDATE and mistimes observances without RRULE, so
 *    the zone is described the way Google exports it: a STANDARD and a
 *    DAYLIGHT observance starting in 1970 with a yearly RRULE, derived from
 *    the transitions of the event's year (found by scanning the zone's offset
 *    with luxon). A zone without daylight saving time gets one STANDARD; a
 *    zone whose year does not fit a yearly rule gets one observance per
 *    transition, from the year before the event on.
 *  - Lines folded at 75 octets without splitting a UTF-8 character; CRLF.
 */

export type CalendarMethod = 'REQUEST' | 'CANCEL'

export type CalendarInvite = {
  method: CalendarMethod
  /** The whole VCALENDAR text, CRLF line endings */
  content: string
  /** For the e-mail's text/calendar part (and the attachment) */
  contentType: string
  filename: string
}

export type CalendarInput = RenderContext & {
  appointment: RenderContext['appointment'] & { uid: string; sequence: number }
  kind: EmailKind
  /** ORGANIZER address (default: the no-reply sender, so calendar replies do not flood the practice) */
  organizerEmail?: string
  /** DTSTAMP (default: now) */
  now?: DateTime
}

export function methodFor(kind: EmailKind): CalendarMethod {
  return kind === 'cancellation' ? 'CANCEL' : 'REQUEST'
}

/* ---------- text helpers ---------- */

/** TEXT value escaping (RFC 5545 3.3.11) */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n')
}

/** A parameter value (CN=...): quoted, without the characters a quoted value cannot hold */
function paramValue(value: string): string {
  return `"${value.replace(/[\u0000-\u001f\u007f"]/g, ' ').replace(/\s+/g, ' ').trim()}"`
}

/** Folds a content line at 75 octets; continuation lines start with a space (which counts) */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8')
    const limit = parts.length === 0 ? 75 : 74
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

const UTC_FORMAT = "yyyyMMdd'T'HHmmss'Z'"
const LOCAL_FORMAT = "yyyyMMdd'T'HHmmss"

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`
}

/* ---------- the zone's transitions ---------- */

export type Transition = {
  /** The first instant of the new offset */
  at: DateTime
  offsetFrom: number
  offsetTo: number
  daylight: boolean
}

const HOUR = 3_600_000
const offsetAt = (millis: number, zone: string) => DateTime.fromMillis(millis, { zone }).offset

/** The moments in [from, to) at which the zone's UTC offset changes (to the minute) */
export function transitionsBetween(zone: string, from: DateTime, to: DateTime): Transition[] {
  const transitions: Transition[] = []
  const end = to.toMillis()
  let low = from.toMillis()
  let lowOffset = offsetAt(low, zone)
  /* Offsets never change twice within 12 hours: probe in such steps, then narrow down to the minute */
  while (low < end) {
    const probe = Math.min(low + 12 * HOUR, end)
    const probeOffset = offsetAt(probe, zone)
    if (probeOffset !== lowOffset) {
      let before = low
      let after = probe
      while (after - before > 60_000) {
        const middle = before + Math.max(1, Math.floor((after - before) / 120_000)) * 60_000
        if (offsetAt(middle, zone) === lowOffset) before = middle
        else after = middle
      }
      const at = DateTime.fromMillis(after, { zone })
      transitions.push({ at, offsetFrom: lowOffset, offsetTo: probeOffset, daylight: at.isInDST })
    }
    low = probe
    lowOffset = probeOffset
  }
  return transitions
}

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']

/** "the last Sunday of March" or "the second Sunday of March" as a yearly RRULE */
function yearlyRule(localDate: DateTime): { rule: string; firstIn1970: DateTime } {
  const weekday = WEEKDAYS[localDate.weekday - 1]
  const isLast = localDate.day + 7 > localDate.daysInMonth!
  const nth = isLast ? -1 : Math.ceil(localDate.day / 7)
  const rule = `FREQ=YEARLY;BYMONTH=${localDate.month};BYDAY=${nth}${weekday}`
  /* The same weekday occurrence in 1970, at the same local wall-clock time */
  const month = DateTime.fromObject(
    { year: 1970, month: localDate.month, day: 1, hour: localDate.hour, minute: localDate.minute },
    { zone: 'utc' }
  )
  let day: DateTime
  if (nth > 0) {
    day = month.plus({ days: (localDate.weekday - month.weekday + 7) % 7 + 7 * (nth - 1) })
  } else {
    const last = month.endOf('month').set({ hour: localDate.hour, minute: localDate.minute, second: 0, millisecond: 0 })
    day = last.minus({ days: (last.weekday - localDate.weekday + 7) % 7 })
  }
  return { rule, firstIn1970: day }
}

/** The zone's abbreviation (CET, EDT) where English has one; optional in iCalendar */
function tzName(at: DateTime): string | null {
  for (const locale of ['en-US', 'en-GB']) {
    const name = at.setLocale(locale).offsetNameShort
    if (name && /^[A-Z]{2,5}$/.test(name)) return name
  }
  return null
}

function observance(lines: string[], transition: Transition, start: DateTime, rule: string | null) {
  const type = transition.daylight ? 'DAYLIGHT' : 'STANDARD'
  lines.push(`BEGIN:${type}`)
  lines.push(`DTSTART:${start.toFormat(LOCAL_FORMAT)}`)
  if (rule) lines.push(`RRULE:${rule}`)
  lines.push(`TZOFFSETFROM:${offsetText(transition.offsetFrom)}`)
  lines.push(`TZOFFSETTO:${offsetText(transition.offsetTo)}`)
  const name = tzName(transition.at)
  if (name) lines.push(`TZNAME:${name}`)
  lines.push(`END:${type}`)
}

/*
 * A VTIMEZONE depends only on the zone and the years it must cover, and
 * finding the transitions is the costly part of an invitation (the reminder
 * round writes thousands): computed once per zone and years.
 */
const vtimezoneCache = new Map<string, string[]>()

/** A VTIMEZONE for `zone` that is right for every instant in [from, to] */
export function vtimezone(zone: string, from: DateTime, to: DateTime): string[] {
  const firstYear = from.setZone(zone).year
  const lastYear = to.setZone(zone).year
  const key = `${zone}|${firstYear}|${lastYear}`
  const cached = vtimezoneCache.get(key)
  if (cached) return cached
  const lines = computeVtimezone(zone, firstYear, lastYear)
  if (vtimezoneCache.size > 500) vtimezoneCache.clear()
  vtimezoneCache.set(key, lines)
  return lines
}

function computeVtimezone(zone: string, firstYear: number, lastYear: number): string[] {
  const yearStart = DateTime.fromObject({ year: firstYear, month: 1, day: 1 }, { zone })
  const yearEnd = DateTime.fromObject({ year: lastYear + 1, month: 1, day: 1 }, { zone })
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, `X-LIC-LOCATION:${zone}`]
  const inYear = transitionsBetween(zone, yearStart, yearEnd)

  /* The local time at which an observance starts is read in the offset it replaces */
  const localStart = (transition: Transition) =>
    DateTime.fromMillis(transition.at.toMillis() + transition.offsetFrom * 60_000, { zone: 'utc' })

  const pair = inYear.length === 2 && firstYear === lastYear && inYear[0].daylight !== inYear[1].daylight
  if (inYear.length === 0) {
    const offset = yearStart.offset
    const steady: Transition = { at: yearStart, offsetFrom: offset, offsetTo: offset, daylight: false }
    lines.push('BEGIN:STANDARD', 'DTSTART:19700101T000000')
    lines.push(`TZOFFSETFROM:${offsetText(offset)}`, `TZOFFSETTO:${offsetText(offset)}`)
    const name = tzName(steady.at)
    if (name) lines.push(`TZNAME:${name}`)
    lines.push('END:STANDARD')
  } else if (pair) {
    for (const transition of inYear) {
      const { rule, firstIn1970 } = yearlyRule(localStart(transition))
      observance(lines, transition, firstIn1970, rule)
    }
  } else {
    /* Irregular years: every transition from the year before on, each its own observance */
    const previousYear = transitionsBetween(zone, yearStart.minus({ years: 1 }), yearStart)
    const all = [...previousYear, ...inYear]
    if (previousYear.length === 0) {
      const offset = yearStart.offset
      all.unshift({ at: yearStart.minus({ years: 1 }), offsetFrom: offset, offsetTo: offset, daylight: yearStart.isInDST })
    }
    for (const transition of all) observance(lines, transition, localStart(transition), null)
  }
  lines.push('END:VTIMEZONE')
  return lines
}

/* ---------- the invitation ---------- */

function uidOf(uid: string): string {
  return uid.includes('@') ? uid : `${uid}@${env.get('APP_DOMAIN')}`
}

/** An e-mail address as a mailto: value (nothing that could break the line) */
const address = (email: string) => email.replace(/[\s\u0000-\u001f\u007f;:,"]/g, '')

function defaultOrganizer(): string {
  return env.get('MAIL_FROM_ADDRESS') ?? `noreply@${env.get('APP_DOMAIN')}`
}

export const ICalendar = {
  methodFor,

  /**
   * The invitation for one recipient of an appointment. Pass the same
   * context as to the TemplateRenderer plus the e-mail's kind; the
   * appointment needs its `uid` and `sequence` (and preloaded handler and
   * department for the title).
   */
  forAppointment(input: CalendarInput): CalendarInvite {
    const { organization, appointment, recipient, kind } = input
    const method = methodFor(kind)
    const renderer = new TemplateRenderer(input)
    const texts = CALENDAR_TEXTS[renderer.locale]
    const zone = organization.timezone
    const now = (input.now ?? DateTime.utc()).toUTC()
    const link = method === 'REQUEST' ? input.accessLink : null

    const lines: string[] = [
      'BEGIN:VCALENDAR',
      `PRODID:-//${(env.get('APP_NAME') ?? 'Consult').replace(/[/\r\n]/g, ' ')}//Agenda//EN`,
      'VERSION:2.0',
      'CALSCALE:GREGORIAN',
      `METHOD:${method}`,
      ...vtimezone(zone, appointment.startsAt, appointment.endsAt),
      'BEGIN:VEVENT',
      `UID:${uidOf(appointment.uid)}`,
      `SEQUENCE:${appointment.sequence}`,
      `DTSTAMP:${now.toFormat(UTC_FORMAT)}`,
      `DTSTART;TZID=${zone}:${appointment.startsAt.setZone(zone).toFormat(LOCAL_FORMAT)}`,
      `DTEND;TZID=${zone}:${appointment.endsAt.setZone(zone).toFormat(LOCAL_FORMAT)}`,
      `SUMMARY:${escapeText(renderer.subject(texts.summary))}`,
      `DESCRIPTION:${escapeText(renderer.text(method === 'CANCEL' ? texts.cancelled : texts.description))}`,
    ]
    if (link) {
      lines.push(`LOCATION:${escapeText(link)}`)
      lines.push(`URL:${link}`)
    }
    lines.push(
      `ORGANIZER;CN=${paramValue(organization.name)}:mailto:${address(input.organizerEmail ?? defaultOrganizer())}`,
      `ATTENDEE;CN=${paramValue(recipient.name)};CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:${address(recipient.email)}`,
      `STATUS:${method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
      'TRANSP:OPAQUE',
      'CLASS:PRIVATE',
      'END:VEVENT',
      'END:VCALENDAR'
    )
    const content = lines.map(foldLine).join('\r\n') + '\r\n'
    return {
      method,
      content,
      contentType: `text/calendar; charset=UTF-8; method=${method}`,
      filename: method === 'CANCEL' ? 'cancel.ics' : 'invite.ics',
    }
  },
}
