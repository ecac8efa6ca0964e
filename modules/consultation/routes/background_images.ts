import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { organizationRoutes } from '#start/route_groups'

const BackgroundImagesController = () => import('#modules/consultation/controllers/background_images_controller')

/* Background images for the consultation room (PRODUCT 4.4): listed and loaded by every employee, managed by org admins */
organizationRoutes(() => {
  router.get('/organization/backgrounds', [BackgroundImagesController, 'index']).as('consultation.backgrounds.index')
  router
    .get('/organization/backgrounds/:id/image', [BackgroundImagesController, 'image'])
    .as('consultation.backgrounds.image')
    .where('id', router.matchers.number())
  router
    .group(() => {
      router.post('/organization/backgrounds', [BackgroundImagesController, 'store']).as('consultation.backgrounds.store')
      router
        .delete('/organization/backgrounds/:id', [BackgroundImagesController, 'destroy'])
        .as('consultation.backgrounds.destroy')
        .where('id', router.matchers.number())
    })
    .use(middleware.role({ roles: ['org_admin'] }))
})
