import type { ApplicationService } from '@adonisjs/core/types'

/**
 * Core wiring that belongs to no single package: e-mails go out through the
 * queue (mail.sendLater -> SendQueuedMail job), so a slow or failing SMTP
 * server never blocks a request and a failed send is retried.
 */
export default class AppProvider {
  constructor(protected app: ApplicationService) {}

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
