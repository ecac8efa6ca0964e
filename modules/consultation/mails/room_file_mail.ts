import { BaseMail } from '@adonisjs/mail'
import i18nManager from '@adonisjs/i18n/services/main'
import type Organization from '#models/organization'
import { recipientLocale } from '#modules/agenda/services/template_renderer'

export type RoomFileRecipient = { address: string; name: string; locale: string | null }

/** A file the practitioner shared during a consultation, sent to an invitee as an attachment */
export default class RoomFileMail extends BaseMail {
  constructor(
    private organization: Organization,
    private recipient: RoomFileRecipient,
    private sender: string,
    private file: { name: string; mimeType: string; bytes: Buffer }
  ) {
    super()
  }

  prepare() {
    const i18n = i18nManager.locale(recipientLocale(this.recipient.locale, this.organization.defaultLocale))
    const t = (key: string, values?: Record<string, unknown>) => i18n.t(`room_files.email.${key}`, values)
    const data = {
      lang: i18n.locale,
      t,
      organization: this.organization.name,
      name: this.recipient.name,
      sender: this.sender,
    }
    this.message
      .to(this.recipient.address, this.recipient.name)
      .subject(t('subject', { organization: this.organization.name }))
      .htmlView('emails/room_file', data)
      .textView('emails/room_file_text', data)
      .attachData(this.file.bytes, { filename: this.file.name, contentType: this.file.mimeType })
  }
}
