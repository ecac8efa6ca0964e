import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import AppointmentAnonymizer from '#modules/agenda/services/appointment_anonymizer'

/** Scheduled nightly (start/scheduler.ts) */
export default class AnonymizeAppointments extends Job<Record<string, never>> {
  static options: JobOptions = { queue: 'default', maxRetries: 2 }

  async execute() {
    await new AppointmentAnonymizer().run()
  }
}
