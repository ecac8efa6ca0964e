import { BaseMail } from '@adonisjs/mail'
import i18nManager from '@adonisjs/i18n/services/main'
import type User from '#models/user'
import type Organization from '#models/organization'

export type BounceDetails = {
  /** the address the server refused: the admin needs it to correct the client's record */
  recipient: string
  date: string
  time: string
  kind: string
  reason: string
  link: string
}

/** Tells an admin that an appointment e-mail could not be delivered, and why */
export default class AppointmentBounceMail extends BaseMail {
  constructor(
    private admin: User,
    private organization: Organization,
    private details: BounceDetails
  ) {
    super()
  }

  prepare() {
    const i18n = i18nManager.locale(this.admin.locale ?? this.organization.defaultLocale ?? 'en')
    const t = (key: string, values?: Record<string, unknown>) => i18n.t(`agenda_emails.${key}`, values)
    const data = {
      lang: i18n.locale,
      t,
      organization: this.organization.name,
      name: this.admin.fullName,
      ...this.details,
      kind: t(`kinds.${this.details.kind}`),
    }
    this.message
      .to(this.admin.email, this.admin.fullName)
      .subject(t('bounce.subject'))
      .htmlView('emails/appointment_bounce', data)
      .textView('emails/appointment_bounce_text', data)
  }
}
