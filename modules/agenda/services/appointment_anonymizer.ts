import { DateTime } from 'luxon'
import logger from '@adonisjs/core/services/logger'
import tenancy from '#core/tenancy/tenancy'
import Organization from '#models/organization'
import AuditLog from '#models/audit_log'
import Appointment from '#modules/agenda/models/appointment'
import AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import { dbTime } from '#modules/agenda/services/local_time'

const BATCH = 500

/**
 * "Consolidate and anonymize appointments older than N days" (PRODUCT.md
 * 1.8): for organizations that switched it on, every appointment that ended
 * more than N days ago loses everything about its invitees (who, their
 * links, e-mail outcomes) and its personal message. Date, time, duration,
 * handler and department remain for the usage reports. Irreversible; running
 * it twice changes nothing more.
 */
export default class AppointmentAnonymizer {
  async run(now: DateTime = DateTime.utc()): Promise<{ organizations: number; appointments: number }> {
    const organizations = await Organization.all()
    let touched = 0
    let appointments = 0
    for (const organization of organizations) {
      const settings = organization.advancedSettings
      if (settings.anonymize_appointments !== true) continue
      const days = Number(settings.anonymize_after_days)
      if (!Number.isInteger(days) || days < 1) continue
      const count = await tenancy.run(organization, () => this.anonymize(now.minus({ days }), now))
      if (count > 0) {
        touched++
        appointments += count
        await tenancy.run(organization, () =>
          AuditLog.create({
            actorId: null,
            actorName: null,
            action: 'appointment.anonymized',
            subjectType: null,
            subjectId: null,
            subjectLabel: null,
            changes: { count, olderThanDays: days },
            ipAddress: null,
          })
        )
      }
    }
    if (appointments > 0) logger.info({ organizations: touched, appointments }, 'appointments anonymized')
    return { organizations: touched, appointments }
  }

  /** Anonymizes this organization's appointments that ended before `cutoff`; returns how many */
  private async anonymize(cutoff: DateTime, now: DateTime): Promise<number> {
    let count = 0
    for (;;) {
      const ids = (
        await Appointment.query()
          .whereNull('anonymized_at')
          .where('ends_at', '<', dbTime(cutoff))
          .orderBy('id')
          .limit(BATCH)
          .select('id')
      ).map((appointment) => appointment.id)
      if (ids.length === 0) return count
      await AppointmentParticipant.query().whereIn('appointment_id', ids).delete()
      await Appointment.query()
        .whereIn('id', ids)
        .update({ personal_message: null, submission_key: null, anonymized_at: dbTime(now), updated_at: dbTime(now) })
      count += ids.length
    }
  }
}
