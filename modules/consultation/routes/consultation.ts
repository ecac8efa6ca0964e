import router from '@adonisjs/core/services/router'
import { organizationGuestRoutes, organizationRoutes } from '#start/route_groups'

const MediaTicketsController = () => import('#modules/consultation/controllers/media_tickets_controller')
const WaitingRoomController = () => import('#modules/consultation/controllers/waiting_room_controller')

organizationRoutes(() => {
  router
    .post('/appointments/:id/media-ticket', [MediaTicketsController, 'staff'])
    .as('consultation.media_ticket.staff')
    .where('id', router.matchers.number())
  router.get('/waiting-room/list', [WaitingRoomController, 'index']).as('consultation.waiting.index')
  router
    .post('/waiting-room/:id/admit', [WaitingRoomController, 'admit'])
    .as('consultation.waiting.admit')
    .where('id', router.matchers.number())
  router
    .post('/waiting-room/:id/send-back', [WaitingRoomController, 'sendBack'])
    .as('consultation.waiting.send_back')
    .where('id', router.matchers.number())
})

organizationGuestRoutes(() => {
  router.post('/visit/:token/media-ticket', [MediaTicketsController, 'invitee']).as('consultation.media_ticket.invitee')
  router.post('/visit/:token/check-in', [WaitingRoomController, 'checkIn']).as('consultation.waiting.check_in')
})
