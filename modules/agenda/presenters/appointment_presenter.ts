import clock from '#core/clock'
import type Appointment from '#modules/agenda/models/appointment'
import type AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import { accessState, AccessLinks } from '#modules/agenda/services/access_link'
import { toLocal } from '#modules/agenda/services/local_time'

export type ParticipantView = {
  id: number
  role: 'client' | 'external'
  personId: number | null
  name: string | null
  email: string | null
  groupId: number | null
  /** the group the invitee came through, when it was loaded */
  groupName: string | null
  emailStatus: string
  emailError: string | null
}

export type AppointmentView = {
  id: number
  kind: string
  status: string
  date: string
  time: string
  endTime: string
  startsAt: string
  durationMinutes: number
  handler: { id: number; name: string } | null
  department: { id: number; name: string; color: string } | null
  participants: ParticipantView[]
  access: string
  anonymized: boolean
}

/** What the agenda screens show of an appointment, in the organization's time zone */
export function presentAppointment(appointment: Appointment, zone: string, now = clock.now()): AppointmentView {
  const start = toLocal(appointment.startsAt, zone)
  return {
    id: appointment.id,
    kind: appointment.kind,
    status: appointment.status,
    date: start.toISODate()!,
    time: start.toFormat('HH:mm'),
    endTime: toLocal(appointment.endsAt, zone).toFormat('HH:mm'),
    startsAt: appointment.startsAt.toISO()!,
    durationMinutes: appointment.durationMinutes,
    handler: appointment.handler ? { id: appointment.handler.id, name: appointment.handler.fullName } : null,
    department: appointment.department
      ? { id: appointment.department.id, name: appointment.department.name, color: appointment.department.color }
      : null,
    participants: (appointment.participants ?? []).map(presentParticipant),
    access: accessState(appointment, now).state,
    anonymized: appointment.anonymizedAt !== null,
  }
}

export function presentParticipant(participant: AppointmentParticipant): ParticipantView {
  const person = participant.person
  return {
    id: participant.id,
    role: participant.role,
    personId: person?.id ?? null,
    name: person?.displayName ?? null,
    email: person?.email ?? null,
    groupId: participant.groupId,
    groupName: participant.$preloaded.group ? (participant.group?.name ?? null) : null,
    emailStatus: participant.emailStatus,
    emailError: participant.emailError,
  }
}

/** Staff may copy a participant's link to pass it on another way */
export function participantLink(participant: AppointmentParticipant, organizationSlug: string): string | null {
  const token = AccessLinks.tokenOf(participant)
  return token ? AccessLinks.url(organizationSlug, token) : null
}
