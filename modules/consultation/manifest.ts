import { defineModule } from '#core/modules/module_manifest'

const ALL = ['org_admin', 'dept_admin', 'handler'] as const

/* The video consultation: device check, waiting room, consultation room and the media server */
export default defineModule({
  key: 'consultation',
  name: 'modules.consultation.name',
  description: 'modules.consultation.description',
  defaultEnabled: true,
  alwaysOn: true,
  roles: ALL,
  settings: [],
  menu: [],
})
