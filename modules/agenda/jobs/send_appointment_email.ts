import mail from '@adonisjs/mail/services/main'
import logger from '@adonisjs/core/services/logger'
import type { JobOptions } from '@adonisjs/queue/types'
import ModuleJob, { type ModuleJobPayload } from '#core/modules/module_job'
import type Organization from '#models/organization'
import AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import BounceNotifier from '#modules/agenda/services/bounce_notifier'
import { classifySendError } from '#modules/agenda/services/send_errors'
import type { EmailKind } from '#modules/agenda/types'

/** A composed appointment e-mail: rendered when the event happened, sent by the worker */
export type ComposedAppointmentEmail = {
  to: { address: string; name: string }
  from?: { address: string; name: string }
  replyTo?: { address: string; name: string } | null
  subject: string
  html: string
  text: string
  icalendar: { content: string; method: 'REQUEST' | 'CANCEL' }
}

export type SendAppointmentEmailPayload = ModuleJobPayload & {
  appointmentId: number
  /** null once the participant was removed from the appointment (their cancellation) */
  participantId: number | null
  kind: EmailKind
  email: ComposedAppointmentEmail
}

/**
 * Delivers one appointment e-mail. A recipient the mail server refuses (an
 * SMTP 5xx answer) is final: the participant is marked failed with the
 * server's reason and the department admin (else the org admin) is told, so
 * the appointment can be re-entered with another address. Temporary failures
 * are retried; when retries run out, the same notice goes out.
 */
export default class SendAppointmentEmail extends ModuleJob<SendAppointmentEmailPayload> {
  static options: JobOptions = { queue: 'mail', maxRetries: 5 }
  protected readonly module = 'agenda'

  protected async handle(organization: Organization) {
    const { email } = this.payload
    try {
      await mail.use().send((message) => {
        message.to(email.to.address, email.to.name).subject(email.subject).html(email.html).text(email.text)
        if (email.from) message.from(email.from.address, email.from.name)
        if (email.replyTo) message.replyTo(email.replyTo.address, email.replyTo.name)
        message.icalEvent(email.icalendar.content, {
          method: email.icalendar.method,
          filename: email.icalendar.method === 'CANCEL' ? 'cancellation.ics' : 'invitation.ics',
        })
      })
    } catch (error) {
      const failure = classifySendError(error)
      logger.warn(
        { organizationId: organization.id, appointmentId: this.payload.appointmentId, kind: this.payload.kind, permanent: failure.permanent, code: failure.code },
        'appointment e-mail not delivered'
      )
      if (!failure.permanent) throw error
      await this.markFailed(organization, failure.reason)
      return
    }
    await this.mark('sent', null)
  }

  /** Retries exhausted on a temporary failure */
  async failed(error: Error) {
    const { default: Organization } = await import('#models/organization')
    const { default: tenancy } = await import('#core/tenancy/tenancy')
    const organization = await Organization.find(this.payload.organizationId)
    if (!organization) return
    await tenancy.run(organization, () => this.markFailed(organization, classifySendError(error).reason))
  }

  private async markFailed(organization: Organization, reason: string) {
    await this.mark('failed', reason)
    await new BounceNotifier(organization).notify({
      appointmentId: this.payload.appointmentId,
      recipient: this.payload.email.to,
      kind: this.payload.kind,
      reason,
    })
  }

  private async mark(status: 'sent' | 'failed', error: string | null) {
    if (this.payload.participantId === null) return
    await AppointmentParticipant.query()
      .where('id', this.payload.participantId)
      .update({ email_status: status, email_error: error?.slice(0, 500) ?? null })
  }
}
