import router from '@adonisjs/core/services/router'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { organizationGuestRoutes } from '#start/route_groups'

const ApiClientsController = () => import('#modules/agenda/controllers/api/clients_controller')
const ApiAppointmentsController = () => import('#modules/agenda/controllers/api/appointments_controller')
const ApiDocumentController = () => import('#modules/agenda/controllers/api/document_controller')

/** The organization's API key (Bearer), rate limit, JSON bodies: loaded on first use */
async function apiKey(ctx: HttpContext, next: NextFn) {
  const { default: ApiKeyMiddleware } = await import('#modules/agenda/middleware/api_key_middleware')
  return new ApiKeyMiddleware().handle(ctx, next)
}

/** The public document: no key, and no session either */
async function stateless(ctx: HttpContext, next: NextFn) {
  const { withoutSession } = await import('#modules/agenda/middleware/api_key_middleware')
  withoutSession(ctx)
  return next()
}

const id = router.matchers.number()

/*
 * REST API v1 on the organization's subdomain: the organization's API key
 * instead of a session (no cookie, no CSRF: config/shield.ts skips /api/).
 * Errors are problem details (app/exceptions/handler.ts hands /api/ errors
 * to app/core/http/problem_details.ts). Described at /api/v1/openapi.json.
 */
organizationGuestRoutes(() => {
  router.get('/api/v1/openapi.json', [ApiDocumentController, 'show']).use(stateless).as('api.v1.openapi')

  router
    .group(() => {
      router.get('/clients', [ApiClientsController, 'index']).as('api.v1.clients.index')
      router.post('/clients', [ApiClientsController, 'store']).as('api.v1.clients.store')
      router.get('/clients/:id', [ApiClientsController, 'show']).where('id', id).as('api.v1.clients.show')
      router.patch('/clients/:id', [ApiClientsController, 'update']).where('id', id).as('api.v1.clients.update')
      router.delete('/clients/:id', [ApiClientsController, 'destroy']).where('id', id).as('api.v1.clients.destroy')

      router.get('/appointments', [ApiAppointmentsController, 'index']).as('api.v1.appointments.index')
      router.post('/appointments', [ApiAppointmentsController, 'store']).as('api.v1.appointments.store')
      router.get('/appointments/:id', [ApiAppointmentsController, 'show']).where('id', id).as('api.v1.appointments.show')
      router
        .patch('/appointments/:id', [ApiAppointmentsController, 'update'])
        .where('id', id)
        .as('api.v1.appointments.update')
      router
        .post('/appointments/:id/cancel', [ApiAppointmentsController, 'cancel'])
        .where('id', id)
        .as('api.v1.appointments.cancel')
    })
    .prefix('/api/v1')
    .use(apiKey)
})
