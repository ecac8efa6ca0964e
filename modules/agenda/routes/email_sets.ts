import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { organizationRoutes } from '#start/route_groups'

const EmailSetsController = () => import('#modules/agenda/controllers/email_sets_controller')

const id = router.matchers.number()

/* E-mail sets: the texts of the appointment e-mails. Organization admins only. */
organizationRoutes(() => {
  router.get('/email-sets', [EmailSetsController, 'index']).as('agenda.email_sets.index')
  router.get('/email-sets/new', [EmailSetsController, 'create']).as('agenda.email_sets.create')
  router.post('/email-sets', [EmailSetsController, 'store']).as('agenda.email_sets.store')
  router.post('/email-sets/preview', [EmailSetsController, 'preview']).as('agenda.email_sets.preview')
  router.get('/email-sets/:id/edit', [EmailSetsController, 'edit']).where('id', id).as('agenda.email_sets.edit')
  router.put('/email-sets/:id', [EmailSetsController, 'update']).where('id', id).as('agenda.email_sets.update')
  router.delete('/email-sets/:id', [EmailSetsController, 'destroy']).where('id', id).as('agenda.email_sets.destroy')
}).use(middleware.role({ roles: ['org_admin'] }))
