import { BaseMail } from '@adonisjs/mail'
import i18nManager from '@adonisjs/i18n/services/main'
import type User from '#models/user'
import type Organization from '#models/organization'

/** "Forgot password": a link valid one hour */
export default class PasswordResetMail extends BaseMail {
  constructor(
    private user: User,
    private organization: Organization,
    readonly link: string
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
      link: this.link,
    }
    this.message
      .to(this.user.email, this.user.fullName)
      .subject(i18n.t('emails.password_reset.subject', { organization: this.organization.name }))
      .htmlView('emails/password_reset', data)
      .textView('emails/password_reset_text', data)
  }
}
