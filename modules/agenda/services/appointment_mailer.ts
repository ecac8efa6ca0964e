import type Organization from '#models/organization'
import type Appointment from '#modules/agenda/models/appointment'
import AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import SendAppointmentEmail, { type SendAppointmentEmailPayload } from '#modules/agenda/jobs/send_appointment_email'
import { composeAppointmentEmail } from '#modules/agenda/services/appointment_email_composer'
import type { EmailKind } from '#modules/agenda/types'

/**
 * Composes each invitee's e-mail for an appointment event (confirmation,
 * reminder, change, cancellation) and queues it. Nothing is composed when the
 * organization sends no e-mails (it informs clients itself, e.g. through the
 * API): the invitees are marked "skipped".
 */
const AppointmentMailer = {
  async notify(organization: Organization, appointment: Appointment, participants: AppointmentParticipant[], kind: EmailKind) {
    const payloads = await AppointmentMailer.compose(organization, appointment, participants, kind)
    if (payloads.length > 0) await SendAppointmentEmail.dispatchMany(payloads)
  },

  /** The queued e-mails for one appointment event, without queueing them (batch senders queue many at once) */
  async compose(
    organization: Organization,
    appointment: Appointment,
    participants: AppointmentParticipant[],
    kind: EmailKind,
    templates = new Map()
  ): Promise<SendAppointmentEmailPayload[]> {
    if (participants.length === 0) return []
    const ids = participants.map((participant) => participant.id)
    if (organization.advancedSettings.do_not_send_emails === true) {
      await AppointmentParticipant.query().whereIn('id', ids).update({ email_status: 'skipped' })
      return []
    }
    /* a relation that was preloaded and found nothing is null: ask whether it was loaded, not whether it is set */
    if (!('handler' in appointment.$preloaded) || !('department' in appointment.$preloaded)) {
      await appointment.load((loader) => loader.load('handler').load('department'))
    }
    const loaded = participants.every((participant) => 'client' in participant.$preloaded && 'externalParticipant' in participant.$preloaded)
      ? participants
      : await AppointmentParticipant.query().whereIn('id', ids).preload('client').preload('externalParticipant')
    /* an invitee removed from a still-running appointment: their row is gone by the time the e-mail is sent */
    const removed = kind === 'cancellation' && appointment.status !== 'cancelled'
    const payloads: SendAppointmentEmailPayload[] = []
    for (const participant of loaded) {
      const email = await composeAppointmentEmail({ organization, appointment, participant, kind, templates })
      if (!email) continue
      payloads.push({
        organizationId: organization.id,
        appointmentId: appointment.id,
        participantId: removed ? null : participant.id,
        kind,
        email,
      })
    }
    return payloads
  },
}

export default AppointmentMailer
