import router from '@adonisjs/core/services/router'
import { organizationRoutes } from '#start/route_groups'
import { roomRoutes } from '#modules/consultation/routes/room_routes'

const RoomChatController = () => import('#modules/consultation/controllers/room_chat_controller')
const RoomFilesController = () => import('#modules/consultation/controllers/room_files_controller')

/*
 * Chat: also for invitees still waiting (they read; they write where the
 * organization allows chat there). Chat and files belong to the running
 * consultation: after the end they answer 410 (the room page opened it).
 */
roomRoutes(
  () => {
    router.get('/messages', [RoomChatController, 'index']).as('messages.index')
    router.post('/messages', [RoomChatController, 'store']).as('messages.store')
  },
  { waiting: true, running: true }
)

/* Files: only for those in the room. The upload is parsed by the controller (config/bodyparser.ts processManually) */
roomRoutes(
  () => {
    router.get('/files', [RoomFilesController, 'index']).as('files.index')
    router.post('/files', [RoomFilesController, 'store']).as('files.store')
    router.get('/files/:fileId', [RoomFilesController, 'show']).as('files.show').where('fileId', router.matchers.number())
  },
  { running: true }
)

/* A practitioner's message to someone in the waiting room (the same people who may let them in) */
organizationRoutes(() => {
  router
    .post('/waiting-room/:id/message', [RoomChatController, 'toWaiting'])
    .as('consultation.waiting.message')
    .where('id', router.matchers.number())
})
