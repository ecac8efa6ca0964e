import { defineModule } from '#core/modules/module_manifest'

/* Placeholder: the module is declared and switchable; its features arrive in a later issue */
export default defineModule({
  key: 'widgets',
  name: 'modules.widgets.name',
  description: 'modules.widgets.description',
  defaultEnabled: false,
  roles: ['org_admin', 'dept_admin'],
  settings: [],
  menu: [
    {
      block: 'organization',
      label: 'modules.widgets.menu',
      href: '/widgets',
      icon: 'IconAppWindow',
      roles: ['org_admin', 'dept_admin'],
    },
  ],
})
