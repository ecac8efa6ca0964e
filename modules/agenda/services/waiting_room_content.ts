import { DateTime } from 'luxon'
import transmit from '@adonisjs/transmit/services/main'
import Department from '#models/department'
import type Organization from '#models/organization'
import type User from '#models/user'
import type Appointment from '#modules/agenda/models/appointment'
import type AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import ServiceAnnouncement from '#modules/agenda/models/service_announcement'
import { dbTime } from '#modules/agenda/services/local_time'
import { recipientLocale, renderWaitingRoomText } from '#modules/agenda/services/template_renderer'
import { waitingRoomTextFor } from '#modules/agenda/services/waiting_room_text_service'
import type { WaitingRoomTextKind } from '#modules/agenda/types'
import type { Locale } from '#core/i18n/locales'

/** After this many minutes past the start, a visitor still waiting sees the "running late" text */
export const LATE_AFTER_MINUTES = 5

/*
 * --- Real-time pings for waiting rooms ---------------------------------------
 * Visitors are not logged in, so their channel carries no content at all: only
 * `{ type: 'changed' }`, after which the waiting room fetches its content from
 * the token-protected endpoint (GET /visit/:token/content). Channels:
 *   organizations/<slug>/waiting-room/<department id>  something a waiting room of that department shows changed
 *   organizations/<slug>/waiting-room/all              something changed anywhere in the organization
 * A waiting room that belongs to exactly one department listens to that
 * department's channel, any other to `all`.
 */
export const WAITING_ROOM_PING = { type: 'changed' } as const

export function waitingRoomChannel(slug: string, departmentId: number | null): string {
  return `organizations/${slug}/waiting-room/${departmentId ?? 'all'}`
}

/**
 * Tells the waiting rooms that show something of these departments (null: the
 * whole organization) to fetch their content again.
 */
export async function pingWaitingRooms(organization: Organization, departmentIds: (number | null)[]) {
  const channels = new Set<string>([waitingRoomChannel(organization.slug, null)])
  const everyDepartment = departmentIds.includes(null)
    ? (await Department.query().select('id')).map((department) => department.id)
    : (departmentIds as number[])
  for (const id of everyDepartment) channels.add(waitingRoomChannel(organization.slug, id))
  for (const channel of channels) transmit.broadcast(channel, { ...WAITING_ROOM_PING })
}

/* --- What a waiting room shows ----------------------------------------------- */

/** early: before the appointment time; on_time: up to 5 minutes past it; late: after that */
export function waitingRoomSituation(appointment: Pick<Appointment, 'startsAt'>, now: DateTime): WaitingRoomTextKind {
  if (now < appointment.startsAt) return 'early'
  if (now <= appointment.startsAt.plus({ minutes: LATE_AFTER_MINUTES })) return 'on_time'
  return 'late'
}

/** The departments whose announcements a waiting room shows: the appointment's, else its handler's */
async function departmentsOf(appointment: Appointment): Promise<number[]> {
  if (appointment.departmentId !== null) return [appointment.departmentId]
  const handler = appointment.handler as User | null
  return handler ? handler.departmentIds() : []
}

/** Announcements that have not expired, for these departments and for the whole organization */
export async function activeAnnouncements(departmentIds: number[], now: DateTime) {
  return ServiceAnnouncement.query()
    .where('expires_at', '>', dbTime(now))
    .where((audience) => {
      audience.whereNull('department_id')
      if (departmentIds.length > 0) audience.orWhereIn('department_id', departmentIds)
    })
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
}

export type WaitingRoomContent = {
  situation: WaitingRoomTextKind
  locale: Locale
  text: string
  startsAt: string
  /** Announcements, newest first; each disappears at its expiresAt */
  announcements: { id: number; message: string; expiresAt: string }[]
  /** When this content changes by itself (the situation moves on, an announcement expires); fetch again then */
  refreshAt: string | null
  /** Where the "changed" pings arrive (they carry no content) */
  channel: string
}

/**
 * What the waiting room of a participant shows at `now`: the text for the
 * situation in their language, the live announcements and the channel to
 * listen on. The appointment must be open (see accessState).
 */
export async function waitingRoomContent(
  participant: AppointmentParticipant,
  organization: Organization,
  now: DateTime = DateTime.utc()
): Promise<WaitingRoomContent> {
  const appointment = participant.appointment
  await participant.load((loader) => loader.load('client').load('externalParticipant'))
  await appointment.load((loader) => loader.load('handler').load('department'))

  const person = participant.person
  /* the participant's language, else the organization's, else English */
  const locale = recipientLocale(person?.locale, organization.defaultLocale)
  const situation = waitingRoomSituation(appointment, now)

  const body = await waitingRoomTextFor(situation, locale)
  /* plain text (the page escapes it); times in the organization's zone, written the language's way */
  const text = renderWaitingRoomText(body, {
    organization,
    appointment,
    recipient: { name: person?.displayName ?? '', email: person?.email ?? '' },
    accessLink: null,
    withPersonalMessage: false,
    locale,
    clock: 'language',
  })

  const departmentIds = await departmentsOf(appointment)
  const announcements = await activeAnnouncements(departmentIds, now)

  const changes = [
    situation === 'early' ? appointment.startsAt : null,
    situation !== 'late' ? appointment.startsAt.plus({ minutes: LATE_AFTER_MINUTES, seconds: 1 }) : null,
    ...announcements.map((announcement) => announcement.expiresAt),
  ].filter((instant): instant is DateTime => instant !== null && instant > now)
  const refreshAt = changes.length > 0 ? DateTime.min(...changes) : null

  return {
    situation,
    locale,
    text,
    startsAt: appointment.startsAt.toUTC().toISO()!,
    announcements: announcements.map((announcement) => ({
      id: announcement.id,
      message: announcement.message,
      expiresAt: announcement.expiresAt.toUTC().toISO()!,
    })),
    refreshAt: refreshAt ? refreshAt.toUTC().toISO()! : null,
    channel: waitingRoomChannel(organization.slug, departmentIds.length === 1 ? departmentIds[0] : null),
  }
}
