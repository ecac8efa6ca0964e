import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import ReminderDispatcher from '#modules/agenda/services/reminder_dispatcher'

/** Scheduled every few minutes (start/scheduler.ts): queues the reminders that are due */
export default class SendDueReminders extends Job<Record<string, never>> {
  static options: JobOptions = { queue: 'default', maxRetries: 2 }

  async execute() {
    await new ReminderDispatcher().run()
  }
}
