import type { ApplicationService } from '@adonisjs/core/types'
import moduleRegistry from '#core/modules/module_registry'
import manifest from './manifest.js'

export default class SmsProvider {
  constructor(protected app: ApplicationService) {}

  async boot() {
    moduleRegistry.register(manifest)
  }
}
