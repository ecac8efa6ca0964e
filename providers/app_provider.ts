import type { ApplicationService } from '@adonisjs/core/types'
import { Settings } from 'luxon'

/**
 * Core wiring that belongs to no single package: e-mails go out through the
 * queue (mail.sendLater -> SendQueuedMail job), so a slow or failing SMTP
 * server never blocks a request and a failed send is retried.
 */
export default class AppProvider {
  constructor(protected app: ApplicationService) {}

  /*
   * Times are stored in UTC. SQLite keeps them as zone-less text, which Lucid
   * reads back in luxon's default zone: make that UTC whatever the machine's
   * zone is. Pages convert to the organization's zone explicitly.
   */
  register() {
    Settings.defaultZone = 'utc'
  }

  async ready() {
    const mail = await this.app.container.make('mail.manager')
    const { default: SendQueuedMail } = await import('#jobs/send_queued_mail')
    mail.setMessenger((mailer) => ({
      async queue(mailMessage, sendConfig) {
        await SendQueuedMail.dispatch({ mailerName: mailer.name, mailMessage, sendConfig })
      },
    }))
  }
}
