import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { join } from 'node:path'
import { defineConfig, transports } from '@adonisjs/mail'
import { dataDir } from '#config/paths'
import { OutboxTransport } from '#core/mail/outbox_transport'

/* SMTP in production; the development outbox writes each message to DATA_DIR/outbox */
const mailConfig = defineConfig({
  /* production never silently writes mail to disk */
  default: env.get('MAIL_MAILER', app.inProduction ? 'smtp' : 'outbox'),
  from: {
    address: env.get('MAIL_FROM_ADDRESS', 'noreply@consult.localhost'),
    name: env.get('MAIL_FROM_NAME', 'Consult'),
  },
  mailers: {
    smtp: transports.smtp({
      host: env.get('SMTP_HOST', '127.0.0.1'),
      port: env.get('SMTP_PORT', 587),
      ...(env.get('SMTP_USERNAME')
        ? {
            auth: {
              type: 'login' as const,
              user: env.get('SMTP_USERNAME')!,
              pass: env.get('SMTP_PASSWORD', ''),
            },
          }
        : {}),
    }),
    outbox: () => new OutboxTransport(join(dataDir, 'outbox')),
  },
})

export default mailConfig

declare module '@adonisjs/mail/types' {
  export interface MailersList extends InferMailers<typeof mailConfig> {}
}
