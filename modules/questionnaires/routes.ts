import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { organizationRoutes } from '#start/route_groups'
import manifest from './manifest.js'

const ModuleHomeController = () => import('#controllers/module_home_controller')

organizationRoutes(() => {
  router.get('/questionnaires', [ModuleHomeController, 'show']).as('questionnaires.index')
})
  .use([middleware.module({ module: manifest.key }), middleware.role({ roles: [...manifest.roles] })])
