import type { HttpContext } from '@adonisjs/core/http'
import { join } from 'node:path'
import { dataDir } from '#config/paths'
import { OutboxTransport } from '#core/mail/outbox_transport'

function formatRecipients(to: unknown): string {
  return ([] as unknown[])
    .concat(to ?? [])
    .map((entry) =>
      typeof entry === 'string'
        ? entry
        : `${(entry as { name?: string }).name ?? ''} <${(entry as { address: string }).address}>`.trim()
    )
    .join(', ')
}

/** Development only: the e-mails the app "sent", as a developer reads them */
export default class DevOutboxController {
  async index({ inertia }: HttpContext) {
    const messages = await OutboxTransport.list(join(dataDir, 'outbox'))
    return inertia.render('dev/outbox', {
      messages: messages.map((message) => ({
        id: message.id,
        sentAt: message.sentAt,
        to: formatRecipients(message.to),
        subject: message.subject,
        html: message.html,
        text: message.text,
      })),
    })
  }
}
