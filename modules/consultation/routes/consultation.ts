import router from '@adonisjs/core/services/router'
import { organizationGuestRoutes, organizationRoutes } from '#start/route_groups'
import { roomRoutes } from '#modules/consultation/routes/room_routes'

const WaitingRoomController = () => import('#modules/consultation/controllers/waiting_room_controller')
const RoomController = () => import('#modules/consultation/controllers/room_controller')
const RoomPhotosController = () => import('#modules/consultation/controllers/room_photos_controller')
const SharedDocumentController = () => import('#modules/consultation/controllers/shared_document_controller')
const CameraStateController = () => import('#modules/consultation/controllers/camera_state_controller')

organizationRoutes(() => {
  router.get('/appointments/:id/room', [RoomController, 'show']).as('consultation.room.show').where('id', router.matchers.number())
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
  router.post('/visit/:token/check-in', [WaitingRoomController, 'checkIn']).as('consultation.waiting.check_in')
})

/* The room's JSON endpoints, for the practitioner and for invitees alike (see roomRoutes) */
roomRoutes(
  () => {
    router.get('/state', [RoomController, 'state']).as('state')
    /* a second "end" (double click, another tab) finds the ended one instead of opening a new consultation */
    router.post('/end', [RoomController, 'end']).as('end')
  },
  /* the closing screen reads the state of a consultation that just ended */
  { ended: true }
)
/* entering: the practitioner's ticket or force start opens the consultation when none runs */
roomRoutes(() => {
  router.post('/ticket', [RoomController, 'ticket']).as('ticket')
  router.post('/force-start', [RoomController, 'forceStart']).as('force_start')
})
/* acting on the running call: after the end these answer 410 instead of opening a new consultation */
roomRoutes(
  () => {
    router.post('/streams', [RoomController, 'streams']).as('streams')
    router.post('/send-back', [RoomController, 'sendBack']).as('send_back')
    /* the photo of an employee in this consultation, and whether one's camera is off, for the tiles (4.3); the shared-document link (4.4) */
    router.get('/participants/:uid/photo', [RoomPhotosController, 'show']).as('participant_photo')
    router.post('/camera', [CameraStateController, 'update']).as('camera')
    router.put('/shared-document', [SharedDocumentController, 'update']).as('shared_document.update')
    router.delete('/shared-document', [SharedDocumentController, 'destroy']).as('shared_document.destroy')
  },
  { running: true }
)
