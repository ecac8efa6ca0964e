import { defineModule } from '#core/modules/module_manifest'

/* Placeholder: the module is declared and switchable; its features arrive in a later issue */
export default defineModule({
  key: 'sms',
  name: 'modules.sms.name',
  description: 'modules.sms.description',
  defaultEnabled: false,
  roles: ['org_admin'],
  settings: [],
  menu: [],
})
