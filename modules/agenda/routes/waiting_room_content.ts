/*
 * What the waiting room shows: service announcements (org and department
 * admins), the info texts per situation and language (org admins) and, for
 * visitors with an access link, the content itself.
 */
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { organizationGuestRoutes, organizationRoutes } from '#start/route_groups'

const Announcements = () => import('#modules/agenda/controllers/announcements_controller')
const WaitingRoomTexts = () => import('#modules/agenda/controllers/waiting_room_texts_controller')
const WaitingRoomContent = () => import('#modules/agenda/controllers/waiting_room_content_controller')

organizationRoutes(() => {
  router.get('/announcements', [Announcements, 'index']).as('agenda.announcements.index')
  router.post('/announcements', [Announcements, 'store']).as('agenda.announcements.store')
  router.delete('/announcements', [Announcements, 'destroyAll']).as('agenda.announcements.destroy_all')
  router.delete('/announcements/:id', [Announcements, 'destroy']).as('agenda.announcements.destroy')
}).use(middleware.role({ roles: ['org_admin', 'dept_admin'] }))

organizationRoutes(() => {
  router.get('/waiting-room-texts', [WaitingRoomTexts, 'index']).as('agenda.waiting_room_texts.index')
  router
    .put('/waiting-room-texts/:kind/:locale', [WaitingRoomTexts, 'update'])
    .as('agenda.waiting_room_texts.update')
  router
    .delete('/waiting-room-texts/:kind/:locale', [WaitingRoomTexts, 'reset'])
    .as('agenda.waiting_room_texts.reset')
}).use(middleware.role({ roles: ['org_admin'] }))

/* The access-link token is the visitor's only credential (see the controller) */
organizationGuestRoutes(() => {
  router.get('/visit/:token/content', [WaitingRoomContent, 'show']).as('agenda.visit.content')
})
