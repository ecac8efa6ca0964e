import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import tenancy from '#core/tenancy/tenancy'
import Organization from '#models/organization'
import Appointment from '#modules/agenda/models/appointment'
import AppointmentMailer from '#modules/agenda/services/appointment_mailer'
import SendAppointmentEmail from '#modules/agenda/jobs/send_appointment_email'
import { dbTime } from '#modules/agenda/services/local_time'

/** Appointments claimed and e-mailed per round: a crash between the two loses at most this many reminders */
const BATCH = 100

/**
 * Sends the reminders that are due. Each appointment is claimed first by
 * setting reminder_sent_at where it is still empty: whichever worker wins the
 * claim sends, so a reminder never goes out twice, even with several workers
 * or after a restart. Work left when a worker stops is picked up by the next
 * run because it is selected from the table, not from memory.
 */
export default class ReminderDispatcher {
  async run(now: DateTime = DateTime.utc()): Promise<{ appointments: number; emails: number }> {
    let appointments = 0
    let emails = 0
    const organizations = new Map<number, Organization | null>()
    for (;;) {
      const due = await tenancy.unscoped(
        async () =>
          await Appointment.query()
          .where('status', 'scheduled')
          .whereNull('reminder_sent_at')
          .whereNull('anonymized_at')
          .where('reminder_due_at', '<=', dbTime(now))
          .where('ends_at', '>', dbTime(now))
          .orderBy('reminder_due_at')
          .limit(BATCH)
          .select('id', 'organization_id')
      )
      if (due.length === 0) break
      const claimed = await this.claim(due.map((appointment) => appointment.id), now)
      if (claimed.length === 0) continue

      const byOrganization = new Map<number, number[]>()
      for (const appointment of due) {
        if (!claimed.includes(appointment.id)) continue
        byOrganization.set(appointment.organizationId, [...(byOrganization.get(appointment.organizationId) ?? []), appointment.id])
      }
      for (const [organizationId, ids] of byOrganization) {
        if (!organizations.has(organizationId)) organizations.set(organizationId, await Organization.find(organizationId))
        const organization = organizations.get(organizationId)
        if (!organization) continue
        emails += await tenancy.run(organization, () => this.send(organization, ids))
        appointments += ids.length
      }
    }
    if (appointments > 0) logger.info({ appointments, emails }, 'appointment reminders queued')
    return { appointments, emails }
  }

  /** The ids this worker won (one conditional update per appointment, in one transaction) */
  private async claim(ids: number[], now: DateTime): Promise<number[]> {
    return db.transaction(async (trx) => {
      const won: number[] = []
      for (const id of ids) {
        const updated = await trx
          .from('appointments')
          .where('id', id)
          .whereNull('reminder_sent_at')
          .update({ reminder_sent_at: dbTime(now) })
        if (Number(Array.isArray(updated) ? updated[0] : updated) > 0) won.push(id)
      }
      return won
    })
  }

  private async send(organization: Organization, ids: number[]): Promise<number> {
    const appointments = await Appointment.query()
      .whereIn('id', ids)
      .preload('handler')
      .preload('department')
      .preload('participants', (participants) => participants.preload('client').preload('externalParticipant'))
    const payloads = []
    const templates = new Map()
    for (const appointment of appointments) {
      payloads.push(...(await AppointmentMailer.compose(organization, appointment, appointment.participants, 'reminder', templates)))
    }
    if (payloads.length > 0) await SendAppointmentEmail.dispatchMany(payloads)
    return payloads.length
  }
}
