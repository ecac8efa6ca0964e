import router from '@adonisjs/core/services/router'
import { organizationGuestRoutes } from '#start/route_groups'

const VisitController = () => import('#modules/agenda/controllers/visit_controller')

/* The e-mailed access link of an invitee (no login; the token is the key) */
organizationGuestRoutes(() => {
  router.get('/visit/:token', [VisitController, 'show']).as('agenda.visit')
})
