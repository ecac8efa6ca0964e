import type { HttpContext } from '@adonisjs/core/http'
import moduleRegistry from '#core/modules/module_registry'

/**
 * The landing page of a feature module that is switched on but whose screens
 * arrive in a later release. Routes are named "<module key>.index".
 */
export default class ModuleHomeController {
  async show({ inertia, route, i18n, response }: HttpContext) {
    const manifest = moduleRegistry.get(String(route?.name).split('.')[0])
    if (!manifest) return response.notFound()
    return inertia.render('modules/placeholder', {
      module: { key: manifest.key, name: i18n.t(manifest.name), description: i18n.t(manifest.description) },
    })
  }
}
