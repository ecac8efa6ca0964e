import type { ApplicationService } from '@adonisjs/core/types'
import moduleRegistry from '#core/modules/module_registry'
import manifest from './manifest.js'

export default class AgendaProvider {
  constructor(protected app: ApplicationService) {}

  async boot() {
    moduleRegistry.register(manifest)
  }

  async start() {
    await import('./routes/clients.js')
    await import('./routes/appointments.js')
    await import('./routes/availability.js')
    await import('./routes/email_sets.js')
    await import('./routes/waiting_room_content.js')
    await import('./routes/visit.js')
    await import('./routes/api.js')
  }
}
