import router from '@adonisjs/core/services/router'
import { organizationGuestRoutes, organizationRoutes } from '#start/route_groups'

const WalkInController = () => import('#modules/consultation/controllers/walk_in_controller')
const RoomParticipantsController = () => import('#modules/consultation/controllers/room_participants_controller')
const VisitDisclaimerController = () => import('#modules/consultation/controllers/visit_disclaimer_controller')

/* Employees: the walk-in switch, adding someone to a running consultation */
organizationRoutes(() => {
  router.get('/walk-in', [WalkInController, 'show']).as('consultation.walk_in.show')
  router.post('/walk-in', [WalkInController, 'update']).as('consultation.walk_in.update')
  router
    .post('/appointments/:id/room/participants', [RoomParticipantsController, 'store'])
    .as('consultation.room.participants.store')
    .where('id', router.matchers.number())
  router
    .get('/appointments/:id/room/groups', [RoomParticipantsController, 'groups'])
    .as('consultation.room.groups')
    .where('id', router.matchers.number())
})

/* Invitees, with their access link: the disclaimer before the waiting room */
organizationGuestRoutes(() => {
  router.post('/visit/:token/disclaimer', [VisitDisclaimerController, 'accept']).as('consultation.visit.disclaimer')
})
