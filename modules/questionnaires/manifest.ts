import { defineModule } from '#core/modules/module_manifest'

/* Placeholder: the module is declared and switchable; its features arrive in a later issue */
export default defineModule({
  key: 'questionnaires',
  name: 'modules.questionnaires.name',
  description: 'modules.questionnaires.description',
  defaultEnabled: false,
  roles: ['org_admin', 'dept_admin', 'handler'],
  settings: [],
  menu: [
    {
      block: 'agenda',
      label: 'modules.questionnaires.menu',
      href: '/questionnaires',
      icon: 'IconClipboardList',
      roles: ['org_admin', 'dept_admin', 'handler'],
    },
  ],
})
