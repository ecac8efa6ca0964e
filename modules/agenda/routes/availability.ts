import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { organizationRoutes } from '#start/route_groups'
import manifest from '#modules/agenda/manifest'

const AvailabilityController = () => import('#modules/agenda/controllers/availability_controller')
const AvailabilityExceptionsController = () => import('#modules/agenda/controllers/availability_exceptions_controller')

/*
 * Availability: every employee manages their own; who may manage whose is
 * AvailabilityPolicy's decision (department admins: their departments'
 * handlers; org admins: everyone). Pick someone with /availability?user=<id>.
 */
organizationRoutes(() => {
  router.get('/availability', [AvailabilityController, 'index']).as('agenda.availability.index')
  router.post('/availability', [AvailabilityController, 'store']).as('agenda.availability.store')
  router.put('/availability/:id', [AvailabilityController, 'update']).as('agenda.availability.update')
  router.delete('/availability/:id', [AvailabilityController, 'destroy']).as('agenda.availability.destroy')
  router
    .post('/availability/exceptions', [AvailabilityExceptionsController, 'store'])
    .as('agenda.availability.exceptions.store')
  router
    .delete('/availability/exceptions/:id', [AvailabilityExceptionsController, 'destroy'])
    .as('agenda.availability.exceptions.destroy')
}).use([middleware.module({ module: manifest.key }), middleware.role({ roles: [...manifest.roles] })])
