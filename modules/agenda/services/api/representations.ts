import { DateTime } from 'luxon'
import type Organization from '#models/organization'
import type Client from '#modules/agenda/models/client'
import type Appointment from '#modules/agenda/models/appointment'
import type AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import { accessState } from '#modules/agenda/services/access_link'
import { toLocal } from '#modules/agenda/services/local_time'
import { participantLink } from '#modules/agenda/presenters/appointment_presenter'

/**
 * What the REST API returns (camelCase JSON; instants in UTC ISO 8601, with
 * the organization's time zone name and local date/time next to them). The
 * OpenAPI document describes these shapes (services/api/openapi.ts); the
 * functional tests check every response against it.
 */

/* whole seconds: the same text whether the value comes from memory or from SQLite (no milliseconds) or PostgreSQL */
const utc = (instant: DateTime | null | undefined) =>
  instant ? instant.toUTC().startOf('second').toISO({ suppressMilliseconds: true }) : null

export type ApiClient = {
  id: number
  initials: string
  lastName: string
  displayName: string
  dateOfBirth: string
  email: string
  clientNumber: string | null
  phone: string | null
  locale: string | null
  departmentId: number | null
  handlerIds: number[]
  createdAt: string
  updatedAt: string
}

/** A client; its handlers must be loaded */
export function apiClient(client: Client): ApiClient {
  return {
    id: client.id,
    initials: client.initials,
    lastName: client.lastName,
    displayName: client.displayName,
    dateOfBirth: client.dateOfBirth,
    email: client.email,
    clientNumber: client.clientNumber ?? null,
    phone: client.phone ?? null,
    locale: client.locale ?? null,
    departmentId: client.departmentId ?? null,
    handlerIds: (client.handlers ?? []).map((handler) => handler.id).sort((a, b) => a - b),
    createdAt: utc(client.createdAt)!,
    updatedAt: utc(client.updatedAt)!,
  }
}

export type ApiParticipant = {
  id: number
  role: 'client' | 'external'
  clientId: number | null
  externalParticipantId: number | null
  groupId: number | null
  displayName: string | null
  email: string | null
  emailStatus: string
  /** The participant's personal access link (null once anonymized) */
  accessUrl: string | null
}

export type ApiAppointment = {
  id: number
  kind: string
  status: string
  startsAt: string
  endsAt: string
  timeZone: string
  local: { date: string; startTime: string; endTime: string }
  durationMinutes: number
  handler: { id: number; fullName: string } | null
  department: { id: number; name: string } | null
  personalMessage: string | null
  access: string
  accessOpensAt: string
  accessClosesAt: string
  cancelledAt: string | null
  anonymized: boolean
  participants: ApiParticipant[]
  createdAt: string
  updatedAt: string
}

function apiParticipant(participant: AppointmentParticipant, organization: Organization): ApiParticipant {
  const person = participant.person
  return {
    id: participant.id,
    role: participant.role,
    clientId: participant.clientId ?? null,
    externalParticipantId: participant.externalParticipantId ?? null,
    groupId: participant.groupId ?? null,
    displayName: person?.displayName ?? null,
    email: person?.email ?? null,
    emailStatus: participant.emailStatus,
    accessUrl: participantLink(participant, organization.slug),
  }
}

/** Loads what apiAppointment shows */
export async function loadForApi(appointment: Appointment) {
  await appointment.load((loader) =>
    loader
      .load('handler')
      .load('department')
      .load('participants', (participants) =>
        participants.preload('client').preload('externalParticipant').orderBy('id')
      )
  )
  return appointment
}

/** An appointment with its handler, department and participants loaded */
export function apiAppointment(appointment: Appointment, organization: Organization, now = DateTime.utc()): ApiAppointment {
  const zone = organization.timezone
  const start = toLocal(appointment.startsAt, zone)
  const access = accessState(appointment, now)
  return {
    id: appointment.id,
    kind: appointment.kind,
    status: appointment.status,
    startsAt: utc(appointment.startsAt)!,
    endsAt: utc(appointment.endsAt)!,
    timeZone: zone,
    local: {
      date: start.toISODate()!,
      startTime: start.toFormat('HH:mm'),
      endTime: toLocal(appointment.endsAt, zone).toFormat('HH:mm'),
    },
    durationMinutes: appointment.durationMinutes,
    handler: appointment.handler ? { id: appointment.handler.id, fullName: appointment.handler.fullName } : null,
    department: appointment.department ? { id: appointment.department.id, name: appointment.department.name } : null,
    personalMessage: appointment.personalMessage ?? null,
    access: access.state,
    accessOpensAt: utc(access.window.opensAt)!,
    accessClosesAt: utc(access.window.closesAt)!,
    cancelledAt: utc(appointment.cancelledAt),
    anonymized: appointment.anonymizedAt !== null && appointment.anonymizedAt !== undefined,
    participants: (appointment.participants ?? []).map((participant) => apiParticipant(participant, organization)),
    createdAt: utc(appointment.createdAt)!,
    updatedAt: utc(appointment.updatedAt)!,
  }
}

/** A page of a list */
export type ApiPage<T> = { data: T[]; meta: { page: number; perPage: number; total: number; lastPage: number } }

export function apiPage<T, R>(
  page: { all(): T[]; currentPage: number; perPage: number; total: number; lastPage: number },
  present: (row: T) => R
): ApiPage<R> {
  return {
    data: page.all().map(present),
    meta: { page: page.currentPage, perPage: page.perPage, total: page.total, lastPage: Math.max(1, page.lastPage) },
  }
}
