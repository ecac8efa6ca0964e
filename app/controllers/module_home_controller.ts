import type { HttpContext } from '@adonisjs/core/http'
import moduleRegistry from '#core/modules/module_registry'
import NotFoundException from '#exceptions/not_found_exception'

/**
 * The landing page of a feature module that is switched on but whose screens
 * arrive in a later release. Routes are named "<module key>.index".
 */
export default class ModuleHomeController {
  async show({ inertia, route, i18n }: HttpContext) {
    const manifest = moduleRegistry.get(String(route?.name).split('.')[0])
    if (!manifest) throw new NotFoundException('Not found')
    return inertia.render('modules/placeholder', {
      module: { key: manifest.key, name: i18n.t(manifest.name), description: i18n.t(manifest.description) },
    })
  }
}
