import { BaseMail } from '@adonisjs/mail'
import i18nManager from '@adonisjs/i18n/services/main'
import type User from '#models/user'
import type Organization from '#models/organization'

/** Sent when an org admin adds an employee: a link to choose a password, valid 48 hours */
export default class EmployeeInvitationMail extends BaseMail {
  constructor(
    private user: User,
    private organization: Organization,
    readonly link: string,
    private invitedBy: string
  ) {
    super()
  }

  prepare() {
    const i18n = i18nManager.locale(this.user.locale ?? this.organization.defaultLocale ?? 'en')
    const data = {
      lang: i18n.locale,
      t: (key: string, values?: Record<string, unknown>) => i18n.t(`emails.${key}`, values),
      name: this.user.fullName,
      organization: this.organization.name,
      invitedBy: this.invitedBy,
      link: this.link,
    }
    this.message
      .to(this.user.email, this.user.fullName)
      .subject(i18n.t('emails.invitation.subject', { organization: this.organization.name }))
      .htmlView('emails/invitation', data)
      .textView('emails/invitation_text', data)
  }
}
