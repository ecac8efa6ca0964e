import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import AbandonedConsultations from '#modules/consultation/services/abandoned_consultations'

/** Scheduled every 15 minutes (start/scheduler.ts) */
export default class EndAbandonedConsultations extends Job<Record<string, never>> {
  static options: JobOptions = { queue: 'default', maxRetries: 2 }

  async execute() {
    await new AbandonedConsultations().run()
  }
}
