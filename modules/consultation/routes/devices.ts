import router from '@adonisjs/core/services/router'
import { organizationGuestRoutes } from '#start/route_groups'

const DeviceTestController = () => import('#modules/consultation/controllers/device_test_controller')

/*
 * The network & hardware test (issue 4, item 5): open to anyone, before
 * logging in, on an organization's subdomain (with its logo) and on the
 * bare platform domain.
 */
function deviceTestRoutes(prefix: string) {
  router.get('/device-test', [DeviceTestController, 'show']).as(`${prefix}device_test`)
  router.get('/device-test/ping', [DeviceTestController, 'ping']).as(`${prefix}device_test.ping`)
  router.get('/device-test/download', [DeviceTestController, 'download']).as(`${prefix}device_test.download`)
  router.post('/device-test/upload', [DeviceTestController, 'upload']).as(`${prefix}device_test.upload`)
}

organizationGuestRoutes(() => {
  deviceTestRoutes('consultation.')
  /* the media server's relay lives on the organization's host only */
  router.post('/device-test/media-ticket', [DeviceTestController, 'mediaTicket']).as('consultation.device_test.media_ticket')
})
deviceTestRoutes('platform.consultation.')
