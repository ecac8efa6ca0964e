import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import mail from '@adonisjs/mail/services/main'

type Payload = {
  mailerName: string
  mailMessage: any
  sendConfig?: unknown
}

/** Delivers a message composed during a request (mail.sendLater) */
export default class SendQueuedMail extends Job<Payload> {
  static options: JobOptions = { queue: 'mail', maxRetries: 5 }

  async execute() {
    const { mailerName, mailMessage, sendConfig } = this.payload
    await mail.use(mailerName as any).sendCompiled(mailMessage, sendConfig)
  }
}
