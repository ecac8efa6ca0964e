/*
| Recurring jobs. The web server registers them (environment "web", mode
| "run"), never tests, code generation or ace commands such as migrations,
| which may run before the queue's tables exist; the queue worker runs them
| when they are due. Schedules live in the
| queue's store (database table or Redis) under a fixed id: registering them
| again on every start updates them instead of adding copies, and a restart
| loses nothing.
*/
import app from '@adonisjs/core/services/app'
import logger from '@adonisjs/core/services/logger'

if (app.getMode() === 'run' && app.getEnvironment() === 'web') {
  app.ready(async () => {
    try {
      const { default: SendDueReminders } = await import('#modules/agenda/jobs/send_due_reminders')
      const { default: AnonymizeAppointments } = await import('#modules/agenda/jobs/anonymize_appointments')
      await SendDueReminders.schedule({}).id('agenda.reminders').every('5m')
      await AnonymizeAppointments.schedule({}).id('agenda.anonymize').cron('30 2 * * *')
      const { default: EndAbandonedConsultations } = await import('#modules/consultation/jobs/end_abandoned_consultations')
      await EndAbandonedConsultations.schedule({}).id('consultation.end_abandoned').every('15m')
    } catch (error) {
      logger.error({ err: error }, 'could not register the scheduled jobs')
    }
  })
}
