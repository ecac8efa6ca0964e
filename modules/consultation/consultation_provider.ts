import type { ApplicationService } from '@adonisjs/core/types'
import moduleRegistry from '#core/modules/module_registry'
import manifest from './manifest.js'

export default class ConsultationProvider {
  constructor(protected app: ApplicationService) {}

  async boot() {
    moduleRegistry.register(manifest)
  }

  async start() {
    await import('./routes/consultation.js')
    await import('./routes/devices.js')
  }
}
