import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import tenancy from '#core/tenancy/tenancy'
import type Organization from '#models/organization'
import type User from '#models/user'
import Client from '#modules/agenda/models/client'
import Appointment from '#modules/agenda/models/appointment'
import AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import { AccessLinks } from '#modules/agenda/services/access_link'

let sequence = 0

/** A client of the organization (each call a different person) */
export async function createClient(organization: Organization, attributes: Partial<Client> = {}) {
  const n = ++sequence
  return tenancy.run(organization, () =>
    Client.create({
      initials: 'J.',
      lastName: `Jansen${n}`,
      dateOfBirth: '1980-04-12',
      email: `client${n}-${Date.now().toString(36)}@example.test`,
      clientNumber: null,
      phone: null,
      locale: null,
      departmentId: null,
      ...attributes,
    })
  )
}

/**
 * An appointment written straight to the tables (no e-mails), for tests of
 * what happens around a given time. Returns the client's access token.
 */
export async function plannedAppointment(
  organization: Organization,
  options: { startsAt: DateTime; durationMinutes?: number; handler?: User | null; client?: Client; status?: 'scheduled' | 'cancelled'; departmentId?: number | null }
) {
  const client = options.client ?? (await createClient(organization))
  return tenancy.run(organization, async () => {
    const duration = options.durationMinutes ?? 20
    const appointment = await Appointment.create({
      uid: randomUUID(),
      kind: 'regular',
      status: options.status ?? 'scheduled',
      handlerId: options.handler?.id ?? null,
      departmentId: options.departmentId ?? null,
      startsAt: options.startsAt.toUTC(),
      endsAt: options.startsAt.toUTC().plus({ minutes: duration }),
      durationMinutes: duration,
      personalMessage: null,
      sequence: 0,
    })
    const participant = new AppointmentParticipant()
    participant.merge({ appointmentId: appointment.id, role: 'client', clientId: client.id, emailStatus: 'sent' })
    const token = AccessLinks.issue(participant)
    await participant.save()
    return { appointment, participant, client, token }
  })
}
