import { DateTime } from 'luxon'
import type { ApiClient } from '@japa/api-client'
import tenancy from '#core/tenancy/tenancy'
import type Organization from '#models/organization'
import Consultation from '#modules/consultation/models/consultation'
import ConsultationParticipant from '#modules/consultation/models/consultation_participant'
import { plannedAppointment } from '#modules/agenda/tests/support/agenda_world'
import { onOrganization } from '#tests/support/requests'
import { createOrganization, createUser } from '#tests/support/world'

/**
 * An organization with an appointment starting in 10 minutes, held by
 * "Carla Cardio"; a colleague who does not hold it; its client checked in
 * (waiting) and, unless `admit` is false, brought in. `base` is the room's
 * address for each side.
 */
export async function roomWithClient(api: ApiClient, settings: Record<string, unknown> = {}, admit = true) {
  const organization = await createOrganization({ settings })
  const holder = await createUser(organization, 'handler', { fullName: 'Carla Cardio' })
  const colleague = await createUser(organization, 'handler', { fullName: 'Otto Onco' })
  const planned = await plannedAppointment(organization, { startsAt: DateTime.utc().plus({ minutes: 10 }), handler: holder })
  const staff = onOrganization(api, organization, { as: holder })
  const visitor = onOrganization(api, organization)
  const base = { staff: `/appointments/${planned.appointment.id}/room`, visit: `/visit/${planned.token}/room` }
  const checkIn = await visitor.post(`/visit/${planned.token}/check-in`)
  if (checkIn.status() !== 200) throw new Error(`check-in answered ${checkIn.status()}`)
  const record = await tenancy.run(organization, () =>
    ConsultationParticipant.query().where('appointment_participant_id', planned.participant.id).firstOrFail()
  )
  if (admit) {
    const admitted = await staff.post(`/waiting-room/${record.id}/admit`)
    if (admitted.status() !== 204) throw new Error(`admit answered ${admitted.status()}`)
  }
  return { organization, holder, colleague, ...planned, staff, visitor, base, waitingId: record.id }
}

export const consultationOf = (organization: Organization) =>
  tenancy.run(organization, async () => await Consultation.query().orderBy('id', 'desc').firstOrFail())
