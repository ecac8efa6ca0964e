import { defineModule } from '#core/modules/module_manifest'

const ALL = ['org_admin', 'dept_admin', 'handler'] as const
const ADMINS = ['org_admin', 'dept_admin'] as const

/* Clients, appointments, availability and the e-mails that bring patients in */
export default defineModule({
  key: 'agenda',
  name: 'modules.agenda.name',
  description: 'modules.agenda.description',
  defaultEnabled: true,
  alwaysOn: true,
  roles: ALL,
  settings: [],
  menu: [
    { block: 'agenda', label: 'agenda.menu.today', href: '/agenda/today', icon: 'IconCalendarEvent', roles: ALL },
    { block: 'agenda', label: 'agenda.menu.appointments', href: '/appointments', icon: 'IconCalendar', roles: ALL },
    { block: 'agenda', label: 'agenda.menu.clients', href: '/clients', icon: 'IconAddressBook', roles: ALL },
    { block: 'agenda', label: 'agenda.menu.external_participants', href: '/external-participants', icon: 'IconUsersPlus', roles: ALL },
    { block: 'agenda', label: 'agenda.menu.availability', href: '/availability', icon: 'IconClockHour4', roles: ALL },
    { block: 'messages', label: 'agenda.menu.announcements', href: '/announcements', icon: 'IconSpeakerphone', roles: ADMINS },
    { block: 'messages', label: 'agenda.menu.waiting_room_texts', href: '/waiting-room-texts', icon: 'IconMessage2', roles: ['org_admin'] },
    { block: 'messages', label: 'agenda.menu.email_sets', href: '/email-sets', icon: 'IconMail', roles: ['org_admin'] },
  ],
})
