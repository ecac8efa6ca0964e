import '@adonisjs/inertia/types'

import type React from 'react'
import type { Prettify } from '@adonisjs/core/types/common'

type ExtractProps<T> =
  T extends React.FC<infer Props>
    ? Prettify<Omit<Props, 'children'>>
    : T extends React.Component<infer Props>
      ? Prettify<Omit<Props, 'children'>>
      : never

declare module '@adonisjs/inertia/types' {
  export interface InertiaPages {
    'agenda/announcements/index': ExtractProps<(typeof import('../../inertia/pages/agenda/announcements/index.tsx'))['default']>
    'agenda/appointments/form': ExtractProps<(typeof import('../../inertia/pages/agenda/appointments/form.tsx'))['default']>
    'agenda/appointments/index': ExtractProps<(typeof import('../../inertia/pages/agenda/appointments/index.tsx'))['default']>
    'agenda/appointments/quick': ExtractProps<(typeof import('../../inertia/pages/agenda/appointments/quick.tsx'))['default']>
    'agenda/appointments/show': ExtractProps<(typeof import('../../inertia/pages/agenda/appointments/show.tsx'))['default']>
    'agenda/appointments/today': ExtractProps<(typeof import('../../inertia/pages/agenda/appointments/today.tsx'))['default']>
    'agenda/availability/index': ExtractProps<(typeof import('../../inertia/pages/agenda/availability/index.tsx'))['default']>
    'agenda/clients/form': ExtractProps<(typeof import('../../inertia/pages/agenda/clients/form.tsx'))['default']>
    'agenda/clients/index': ExtractProps<(typeof import('../../inertia/pages/agenda/clients/index.tsx'))['default']>
    'agenda/email_sets/form': ExtractProps<(typeof import('../../inertia/pages/agenda/email_sets/form.tsx'))['default']>
    'agenda/email_sets/index': ExtractProps<(typeof import('../../inertia/pages/agenda/email_sets/index.tsx'))['default']>
    'agenda/external_participants/form': ExtractProps<(typeof import('../../inertia/pages/agenda/external_participants/form.tsx'))['default']>
    'agenda/external_participants/index': ExtractProps<(typeof import('../../inertia/pages/agenda/external_participants/index.tsx'))['default']>
    'agenda/waiting_room_texts/index': ExtractProps<(typeof import('../../inertia/pages/agenda/waiting_room_texts/index.tsx'))['default']>
    'auth/forgot_password': ExtractProps<(typeof import('../../inertia/pages/auth/forgot_password.tsx'))['default']>
    'auth/link_expired': ExtractProps<(typeof import('../../inertia/pages/auth/link_expired.tsx'))['default']>
    'auth/login': ExtractProps<(typeof import('../../inertia/pages/auth/login.tsx'))['default']>
    'auth/set_password': ExtractProps<(typeof import('../../inertia/pages/auth/set_password.tsx'))['default']>
    'consultation/device_test': ExtractProps<(typeof import('../../inertia/pages/consultation/device_test.tsx'))['default']>
    'consultation/room': ExtractProps<(typeof import('../../inertia/pages/consultation/room.tsx'))['default']>
    'dashboard': ExtractProps<(typeof import('../../inertia/pages/dashboard.tsx'))['default']>
    'departments/index': ExtractProps<(typeof import('../../inertia/pages/departments/index.tsx'))['default']>
    'dev/outbox': ExtractProps<(typeof import('../../inertia/pages/dev/outbox.tsx'))['default']>
    'employees/form': ExtractProps<(typeof import('../../inertia/pages/employees/form.tsx'))['default']>
    'employees/index': ExtractProps<(typeof import('../../inertia/pages/employees/index.tsx'))['default']>
    'errors/forbidden': ExtractProps<(typeof import('../../inertia/pages/errors/forbidden.tsx'))['default']>
    'errors/not_found': ExtractProps<(typeof import('../../inertia/pages/errors/not_found.tsx'))['default']>
    'errors/server_error': ExtractProps<(typeof import('../../inertia/pages/errors/server_error.tsx'))['default']>
    'errors/unknown_organization': ExtractProps<(typeof import('../../inertia/pages/errors/unknown_organization.tsx'))['default']>
    'groups/index': ExtractProps<(typeof import('../../inertia/pages/groups/index.tsx'))['default']>
    'modules/placeholder': ExtractProps<(typeof import('../../inertia/pages/modules/placeholder.tsx'))['default']>
    'organization/advanced': ExtractProps<(typeof import('../../inertia/pages/organization/advanced.tsx'))['default']>
    'organization/audit_log': ExtractProps<(typeof import('../../inertia/pages/organization/audit_log.tsx'))['default']>
    'organization/modules': ExtractProps<(typeof import('../../inertia/pages/organization/modules.tsx'))['default']>
    'organization/settings': ExtractProps<(typeof import('../../inertia/pages/organization/settings.tsx'))['default']>
    'platform/home': ExtractProps<(typeof import('../../inertia/pages/platform/home.tsx'))['default']>
    'platform/support': ExtractProps<(typeof import('../../inertia/pages/platform/support.tsx'))['default']>
    'profile/show': ExtractProps<(typeof import('../../inertia/pages/profile/show.tsx'))['default']>
    'support': ExtractProps<(typeof import('../../inertia/pages/support.tsx'))['default']>
    'visit/link': ExtractProps<(typeof import('../../inertia/pages/visit/link.tsx'))['default']>
  }
}
