import router from '@adonisjs/core/services/router'
import { organizationRoutes } from '#start/route_groups'

const AppointmentsController = () => import('#modules/agenda/controllers/appointments_controller')

organizationRoutes(() => {
  router.get('/agenda/today', [AppointmentsController, 'today']).as('agenda.today')
  router.get('/appointments', [AppointmentsController, 'index']).as('agenda.appointments.index')
  router.get('/appointments/new', [AppointmentsController, 'create']).as('agenda.appointments.create')
  router.post('/appointments', [AppointmentsController, 'store']).as('agenda.appointments.store')
  router.get('/appointments/quick', [AppointmentsController, 'quick']).as('agenda.appointments.quick')
  router.post('/appointments/quick', [AppointmentsController, 'startQuick']).as('agenda.appointments.start_quick')
  router.get('/appointments/:id', [AppointmentsController, 'show']).as('agenda.appointments.show').where('id', router.matchers.number())
  router.get('/appointments/:id/edit', [AppointmentsController, 'edit']).as('agenda.appointments.edit').where('id', router.matchers.number())
  router.put('/appointments/:id', [AppointmentsController, 'update']).as('agenda.appointments.update').where('id', router.matchers.number())
  router.post('/appointments/:id/cancel', [AppointmentsController, 'cancel']).as('agenda.appointments.cancel').where('id', router.matchers.number())
})
