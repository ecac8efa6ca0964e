import router from '@adonisjs/core/services/router'
import { organizationGuestRoutes, organizationRoutes } from '#start/route_groups'

const MediaTicketsController = () => import('#modules/consultation/controllers/media_tickets_controller')

organizationRoutes(() => {
  router
    .post('/appointments/:id/media-ticket', [MediaTicketsController, 'staff'])
    .as('consultation.media_ticket.staff')
    .where('id', router.matchers.number())
})

organizationGuestRoutes(() => {
  router.post('/visit/:token/media-ticket', [MediaTicketsController, 'invitee']).as('consultation.media_ticket.invitee')
})
