import mail from '@adonisjs/mail/services/main'
import { organizationUrl } from '#core/tenancy/hosts'
import type Organization from '#models/organization'
import User from '#models/user'
import Appointment from '#modules/agenda/models/appointment'
import AppointmentBounceMail from '#modules/agenda/mails/appointment_bounce_mail'
import { toLocal } from '#modules/agenda/services/local_time'

export type Bounce = {
  appointmentId: number
  recipient: { address: string; name: string }
  kind: string
  reason: string
}

/**
 * An appointment e-mail that could not be delivered is reported to the
 * admins of the appointment's department, else to the org admins, unless the
 * organization switched the notice off.
 */
export default class BounceNotifier {
  constructor(private organization: Organization) {}

  async notify(bounce: Bounce) {
    if (this.organization.advancedSettings.notify_admins_on_bounce === false) return
    const appointment = await Appointment.find(bounce.appointmentId)
    if (!appointment) return
    const admins = await this.recipientsFor(appointment)
    const local = toLocal(appointment.startsAt, this.organization.timezone)
    for (const admin of admins) {
      await mail.sendLater(
        new AppointmentBounceMail(admin, this.organization, {
          recipient: bounce.recipient.address,
          date: local.toISODate()!,
          time: local.toFormat('HH:mm'),
          kind: bounce.kind,
          reason: bounce.reason,
          link: organizationUrl(this.organization.slug, `/appointments/${appointment.id}`),
        })
      )
    }
  }

  private async recipientsFor(appointment: Appointment): Promise<User[]> {
    if (appointment.departmentId !== null) {
      const departmentAdmins = await User.query()
        .where('role', 'dept_admin')
        .where('is_active', true)
        .whereNotNull('password')
        .whereHas('departments', (departments) => departments.where('departments.id', appointment.departmentId!))
      if (departmentAdmins.length > 0) return departmentAdmins
    }
    return User.query().where('role', 'org_admin').where('is_active', true).whereNotNull('password')
  }
}
