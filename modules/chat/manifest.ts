import { defineModule } from '#core/modules/module_manifest'

/* Placeholder: the module is declared and switchable; its features arrive in a later issue */
export default defineModule({
  key: 'chat',
  name: 'modules.chat.name',
  description: 'modules.chat.description',
  defaultEnabled: false,
  roles: ['org_admin', 'dept_admin', 'handler'],
  settings: [],
  menu: [
    {
      block: 'messages',
      label: 'modules.chat.menu',
      href: '/chat',
      icon: 'IconMessages',
      roles: ['org_admin', 'dept_admin', 'handler'],
    },
  ],
})
