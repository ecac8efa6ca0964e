import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { organizationRoutes } from '#start/route_groups'

const ClientsController = () => import('#modules/agenda/controllers/clients_controller')
const ExternalParticipantsController = () => import('#modules/agenda/controllers/external_participants_controller')

const id = { id: router.matchers.number() }

/*
 * Clients: every employee, limited to what their AgendaScope shows them.
 * External participants: every employee lists and picks them.
 */
organizationRoutes(() => {
  router.get('/clients', [ClientsController, 'index']).as('agenda.clients.index')
  router.get('/clients/search', [ClientsController, 'search']).as('agenda.clients.search')
  router.post('/clients/duplicates', [ClientsController, 'duplicates']).as('agenda.clients.duplicates')
  router.get('/clients/new', [ClientsController, 'create']).as('agenda.clients.create')
  router.post('/clients', [ClientsController, 'store']).as('agenda.clients.store')
  router.get('/clients/:id/edit', [ClientsController, 'edit']).where('id', id.id).as('agenda.clients.edit')
  router.put('/clients/:id', [ClientsController, 'update']).where('id', id.id).as('agenda.clients.update')
  router.delete('/clients/:id', [ClientsController, 'destroy']).where('id', id.id).as('agenda.clients.destroy')

  router
    .get('/external-participants', [ExternalParticipantsController, 'index'])
    .as('agenda.external_participants.index')
  router
    .get('/external-participants/search', [ExternalParticipantsController, 'search'])
    .as('agenda.external_participants.search')
})

/* External participants are managed by organization and department admins */
organizationRoutes(() => {
  router
    .post('/external-participants/duplicates', [ExternalParticipantsController, 'duplicates'])
    .as('agenda.external_participants.duplicates')
  router
    .get('/external-participants/new', [ExternalParticipantsController, 'create'])
    .as('agenda.external_participants.create')
  router
    .post('/external-participants', [ExternalParticipantsController, 'store'])
    .as('agenda.external_participants.store')
  router
    .get('/external-participants/:id/edit', [ExternalParticipantsController, 'edit'])
    .where('id', id.id)
    .as('agenda.external_participants.edit')
  router
    .put('/external-participants/:id', [ExternalParticipantsController, 'update'])
    .where('id', id.id)
    .as('agenda.external_participants.update')
  router
    .delete('/external-participants/:id', [ExternalParticipantsController, 'destroy'])
    .where('id', id.id)
    .as('agenda.external_participants.destroy')
}).use(middleware.role({ roles: ['org_admin', 'dept_admin'] }))
