import { randomBytes } from 'node:crypto'
import { DateTime } from 'luxon'
import { sha256 } from '#core/security/digest'
import { organizationUrl } from '#core/tenancy/hosts'
import clock from '#core/clock'
import type Appointment from '#modules/agenda/models/appointment'
import AppointmentParticipant from '#modules/agenda/models/appointment_participant'

/** The access link opens this long before the appointment starts and closes this long after it ends */
export const ACCESS_MARGIN_MINUTES = 60

export type AccessWindow = { opensAt: DateTime; closesAt: DateTime }

export type AccessState =
  | { state: 'open'; window: AccessWindow }
  | { state: 'too_early'; window: AccessWindow }
  | { state: 'too_late'; window: AccessWindow }
  | { state: 'cancelled'; window: AccessWindow }

/** The path of a participant's link on the organization's subdomain */
export const visitPath = (token: string) => `/visit/${token}`

export function accessWindow(appointment: Pick<Appointment, 'startsAt' | 'endsAt'>): AccessWindow {
  return {
    opensAt: appointment.startsAt.minus({ minutes: ACCESS_MARGIN_MINUTES }),
    closesAt: appointment.endsAt.plus({ minutes: ACCESS_MARGIN_MINUTES }),
  }
}

/** Whether the link works at `now` (both ends inclusive) */
export function accessState(
  appointment: Pick<Appointment, 'startsAt' | 'endsAt' | 'status'>,
  now: DateTime = clock.now()
): AccessState {
  const window = accessWindow(appointment)
  if (appointment.status === 'cancelled') return { state: 'cancelled', window }
  if (now < window.opensAt) return { state: 'too_early', window }
  if (now > window.closesAt) return { state: 'too_late', window }
  return { state: 'open', window }
}

/**
 * Per-participant link tokens: 32 random bytes (base64url). Only the SHA-256
 * is searchable; the token itself is stored encrypted so that the reminder and
 * change e-mails repeat the same link. Tokens are never logged.
 */
export const AccessLinks = {
  issue(participant: AppointmentParticipant): string {
    const token = randomBytes(32).toString('base64url')
    participant.tokenHash = sha256(token)
    participant.tokenEncrypted = token
    return token
  },

  /** The participant's token, when it still has one (anonymized appointments lose it) */
  tokenOf(participant: AppointmentParticipant): string | null {
    return participant.tokenEncrypted
  },

  url(organizationSlug: string, token: string): string {
    return organizationUrl(organizationSlug, visitPath(token))
  },

  /** The participant a token belongs to, in the current organization, with its appointment */
  async find(token: string): Promise<AppointmentParticipant | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null
    return AppointmentParticipant.query()
      .where('token_hash', sha256(token))
      .preload('appointment')
      .first()
  },
}

