import { defineModule } from '#core/modules/module_manifest'

/* Placeholder: the module is declared and switchable; its features arrive in a later issue */
export default defineModule({
  key: 'payments',
  name: 'modules.payments.name',
  description: 'modules.payments.description',
  defaultEnabled: false,
  roles: ['org_admin'],
  settings: [],
  menu: [
    {
      block: 'organization',
      label: 'modules.payments.menu',
      href: '/payments',
      icon: 'IconCreditCard',
      roles: ['org_admin'],
    },
  ],
})
