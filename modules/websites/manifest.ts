import { defineModule } from '#core/modules/module_manifest'

/* Placeholder: the module is declared and switchable; its features arrive in a later issue */
export default defineModule({
  key: 'websites',
  name: 'modules.websites.name',
  description: 'modules.websites.description',
  defaultEnabled: false,
  roles: ['org_admin'],
  settings: [],
  menu: [
    {
      block: 'organization',
      label: 'modules.websites.menu',
      href: '/websites',
      icon: 'IconWorldWww',
      roles: ['org_admin'],
    },
  ],
})
