/* eslint-disable prettier/prettier */
import type { AdonisEndpoint } from '@tuyau/core/types'
import type { Registry } from './schema.d.ts'
import type { ApiDefinition } from './tree.d.ts'

const placeholder: any = {}

const routes = {
  'chat.index': {
    methods: ["GET","HEAD"],
    pattern: '/chat',
    tokens: [{"old":"/chat","type":0,"val":"chat","end":""}],
    types: placeholder as Registry['chat.index']['types'],
  },
  'questionnaires.index': {
    methods: ["GET","HEAD"],
    pattern: '/questionnaires',
    tokens: [{"old":"/questionnaires","type":0,"val":"questionnaires","end":""}],
    types: placeholder as Registry['questionnaires.index']['types'],
  },
  'websites.index': {
    methods: ["GET","HEAD"],
    pattern: '/websites',
    tokens: [{"old":"/websites","type":0,"val":"websites","end":""}],
    types: placeholder as Registry['websites.index']['types'],
  },
  'payments.index': {
    methods: ["GET","HEAD"],
    pattern: '/payments',
    tokens: [{"old":"/payments","type":0,"val":"payments","end":""}],
    types: placeholder as Registry['payments.index']['types'],
  },
  'widgets.index': {
    methods: ["GET","HEAD"],
    pattern: '/widgets',
    tokens: [{"old":"/widgets","type":0,"val":"widgets","end":""}],
    types: placeholder as Registry['widgets.index']['types'],
  },
  'event_stream': {
    methods: ["GET","HEAD"],
    pattern: '/__transmit/events',
    tokens: [{"old":"/__transmit/events","type":0,"val":"__transmit","end":""},{"old":"/__transmit/events","type":0,"val":"events","end":""}],
    types: placeholder as Registry['event_stream']['types'],
  },
  'subscribe': {
    methods: ["POST"],
    pattern: '/__transmit/subscribe',
    tokens: [{"old":"/__transmit/subscribe","type":0,"val":"__transmit","end":""},{"old":"/__transmit/subscribe","type":0,"val":"subscribe","end":""}],
    types: placeholder as Registry['subscribe']['types'],
  },
  'unsubscribe': {
    methods: ["POST"],
    pattern: '/__transmit/unsubscribe',
    tokens: [{"old":"/__transmit/unsubscribe","type":0,"val":"__transmit","end":""},{"old":"/__transmit/unsubscribe","type":0,"val":"unsubscribe","end":""}],
    types: placeholder as Registry['unsubscribe']['types'],
  },
  'organization.logo': {
    methods: ["GET","HEAD"],
    pattern: '/logo',
    tokens: [{"old":"/logo","type":0,"val":"logo","end":""}],
    types: placeholder as Registry['organization.logo']['types'],
  },
  'session.create': {
    methods: ["GET","HEAD"],
    pattern: '/login',
    tokens: [{"old":"/login","type":0,"val":"login","end":""}],
    types: placeholder as Registry['session.create']['types'],
  },
  'session.store': {
    methods: ["POST"],
    pattern: '/login',
    tokens: [{"old":"/login","type":0,"val":"login","end":""}],
    types: placeholder as Registry['session.store']['types'],
  },
  'password_reset.create': {
    methods: ["GET","HEAD"],
    pattern: '/forgot-password',
    tokens: [{"old":"/forgot-password","type":0,"val":"forgot-password","end":""}],
    types: placeholder as Registry['password_reset.create']['types'],
  },
  'password_reset.store': {
    methods: ["POST"],
    pattern: '/forgot-password',
    tokens: [{"old":"/forgot-password","type":0,"val":"forgot-password","end":""}],
    types: placeholder as Registry['password_reset.store']['types'],
  },
  'password.show': {
    methods: ["GET","HEAD"],
    pattern: '/password/:token',
    tokens: [{"old":"/password/:token","type":0,"val":"password","end":""},{"old":"/password/:token","type":1,"val":"token","end":""}],
    types: placeholder as Registry['password.show']['types'],
  },
  'password.update': {
    methods: ["POST"],
    pattern: '/password/:token',
    tokens: [{"old":"/password/:token","type":0,"val":"password","end":""},{"old":"/password/:token","type":1,"val":"token","end":""}],
    types: placeholder as Registry['password.update']['types'],
  },
  'dashboard': {
    methods: ["GET","HEAD"],
    pattern: '/',
    tokens: [{"old":"/","type":0,"val":"/","end":""}],
    types: placeholder as Registry['dashboard']['types'],
  },
  'session.destroy': {
    methods: ["POST"],
    pattern: '/logout',
    tokens: [{"old":"/logout","type":0,"val":"logout","end":""}],
    types: placeholder as Registry['session.destroy']['types'],
  },
  'me': {
    methods: ["GET","HEAD"],
    pattern: '/me',
    tokens: [{"old":"/me","type":0,"val":"me","end":""}],
    types: placeholder as Registry['me']['types'],
  },
  'support': {
    methods: ["GET","HEAD"],
    pattern: '/support',
    tokens: [{"old":"/support","type":0,"val":"support","end":""}],
    types: placeholder as Registry['support']['types'],
  },
  'profile.show': {
    methods: ["GET","HEAD"],
    pattern: '/profile',
    tokens: [{"old":"/profile","type":0,"val":"profile","end":""}],
    types: placeholder as Registry['profile.show']['types'],
  },
  'profile.update': {
    methods: ["PUT"],
    pattern: '/profile',
    tokens: [{"old":"/profile","type":0,"val":"profile","end":""}],
    types: placeholder as Registry['profile.update']['types'],
  },
  'profile.password': {
    methods: ["PUT"],
    pattern: '/profile/password',
    tokens: [{"old":"/profile/password","type":0,"val":"profile","end":""},{"old":"/profile/password","type":0,"val":"password","end":""}],
    types: placeholder as Registry['profile.password']['types'],
  },
  'profile.avatar': {
    methods: ["POST"],
    pattern: '/profile/avatar',
    tokens: [{"old":"/profile/avatar","type":0,"val":"profile","end":""},{"old":"/profile/avatar","type":0,"val":"avatar","end":""}],
    types: placeholder as Registry['profile.avatar']['types'],
  },
  'profile.avatar.destroy': {
    methods: ["DELETE"],
    pattern: '/profile/avatar',
    tokens: [{"old":"/profile/avatar","type":0,"val":"profile","end":""},{"old":"/profile/avatar","type":0,"val":"avatar","end":""}],
    types: placeholder as Registry['profile.avatar.destroy']['types'],
  },
  'users.avatar': {
    methods: ["GET","HEAD"],
    pattern: '/users/:id/avatar',
    tokens: [{"old":"/users/:id/avatar","type":0,"val":"users","end":""},{"old":"/users/:id/avatar","type":1,"val":"id","end":""},{"old":"/users/:id/avatar","type":0,"val":"avatar","end":""}],
    types: placeholder as Registry['users.avatar']['types'],
  },
  'departments.index': {
    methods: ["GET","HEAD"],
    pattern: '/departments',
    tokens: [{"old":"/departments","type":0,"val":"departments","end":""}],
    types: placeholder as Registry['departments.index']['types'],
  },
  'departments.store': {
    methods: ["POST"],
    pattern: '/departments',
    tokens: [{"old":"/departments","type":0,"val":"departments","end":""}],
    types: placeholder as Registry['departments.store']['types'],
  },
  'departments.update': {
    methods: ["PUT"],
    pattern: '/departments/:id',
    tokens: [{"old":"/departments/:id","type":0,"val":"departments","end":""},{"old":"/departments/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['departments.update']['types'],
  },
  'departments.destroy': {
    methods: ["DELETE"],
    pattern: '/departments/:id',
    tokens: [{"old":"/departments/:id","type":0,"val":"departments","end":""},{"old":"/departments/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['departments.destroy']['types'],
  },
  'employees.index': {
    methods: ["GET","HEAD"],
    pattern: '/employees',
    tokens: [{"old":"/employees","type":0,"val":"employees","end":""}],
    types: placeholder as Registry['employees.index']['types'],
  },
  'employees.create': {
    methods: ["GET","HEAD"],
    pattern: '/employees/new',
    tokens: [{"old":"/employees/new","type":0,"val":"employees","end":""},{"old":"/employees/new","type":0,"val":"new","end":""}],
    types: placeholder as Registry['employees.create']['types'],
  },
  'employees.store': {
    methods: ["POST"],
    pattern: '/employees',
    tokens: [{"old":"/employees","type":0,"val":"employees","end":""}],
    types: placeholder as Registry['employees.store']['types'],
  },
  'employees.edit': {
    methods: ["GET","HEAD"],
    pattern: '/employees/:id/edit',
    tokens: [{"old":"/employees/:id/edit","type":0,"val":"employees","end":""},{"old":"/employees/:id/edit","type":1,"val":"id","end":""},{"old":"/employees/:id/edit","type":0,"val":"edit","end":""}],
    types: placeholder as Registry['employees.edit']['types'],
  },
  'employees.update': {
    methods: ["PUT"],
    pattern: '/employees/:id',
    tokens: [{"old":"/employees/:id","type":0,"val":"employees","end":""},{"old":"/employees/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['employees.update']['types'],
  },
  'employees.destroy': {
    methods: ["DELETE"],
    pattern: '/employees/:id',
    tokens: [{"old":"/employees/:id","type":0,"val":"employees","end":""},{"old":"/employees/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['employees.destroy']['types'],
  },
  'employees.invitation': {
    methods: ["POST"],
    pattern: '/employees/:id/invitation',
    tokens: [{"old":"/employees/:id/invitation","type":0,"val":"employees","end":""},{"old":"/employees/:id/invitation","type":1,"val":"id","end":""},{"old":"/employees/:id/invitation","type":0,"val":"invitation","end":""}],
    types: placeholder as Registry['employees.invitation']['types'],
  },
  'groups.index': {
    methods: ["GET","HEAD"],
    pattern: '/groups',
    tokens: [{"old":"/groups","type":0,"val":"groups","end":""}],
    types: placeholder as Registry['groups.index']['types'],
  },
  'groups.store': {
    methods: ["POST"],
    pattern: '/groups',
    tokens: [{"old":"/groups","type":0,"val":"groups","end":""}],
    types: placeholder as Registry['groups.store']['types'],
  },
  'groups.update': {
    methods: ["PUT"],
    pattern: '/groups/:id',
    tokens: [{"old":"/groups/:id","type":0,"val":"groups","end":""},{"old":"/groups/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['groups.update']['types'],
  },
  'groups.destroy': {
    methods: ["DELETE"],
    pattern: '/groups/:id',
    tokens: [{"old":"/groups/:id","type":0,"val":"groups","end":""},{"old":"/groups/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['groups.destroy']['types'],
  },
  'organization.settings': {
    methods: ["GET","HEAD"],
    pattern: '/organization/settings',
    tokens: [{"old":"/organization/settings","type":0,"val":"organization","end":""},{"old":"/organization/settings","type":0,"val":"settings","end":""}],
    types: placeholder as Registry['organization.settings']['types'],
  },
  'organization.update': {
    methods: ["PUT"],
    pattern: '/organization/settings',
    tokens: [{"old":"/organization/settings","type":0,"val":"organization","end":""},{"old":"/organization/settings","type":0,"val":"settings","end":""}],
    types: placeholder as Registry['organization.update']['types'],
  },
  'organization.logo.update': {
    methods: ["POST"],
    pattern: '/organization/logo',
    tokens: [{"old":"/organization/logo","type":0,"val":"organization","end":""},{"old":"/organization/logo","type":0,"val":"logo","end":""}],
    types: placeholder as Registry['organization.logo.update']['types'],
  },
  'organization.logo.destroy': {
    methods: ["DELETE"],
    pattern: '/organization/logo',
    tokens: [{"old":"/organization/logo","type":0,"val":"organization","end":""},{"old":"/organization/logo","type":0,"val":"logo","end":""}],
    types: placeholder as Registry['organization.logo.destroy']['types'],
  },
  'organization.api_key.rotate': {
    methods: ["POST"],
    pattern: '/organization/api-key',
    tokens: [{"old":"/organization/api-key","type":0,"val":"organization","end":""},{"old":"/organization/api-key","type":0,"val":"api-key","end":""}],
    types: placeholder as Registry['organization.api_key.rotate']['types'],
  },
  'organization.api_key.revoke': {
    methods: ["DELETE"],
    pattern: '/organization/api-key',
    tokens: [{"old":"/organization/api-key","type":0,"val":"organization","end":""},{"old":"/organization/api-key","type":0,"val":"api-key","end":""}],
    types: placeholder as Registry['organization.api_key.revoke']['types'],
  },
  'organization.advanced': {
    methods: ["GET","HEAD"],
    pattern: '/organization/advanced',
    tokens: [{"old":"/organization/advanced","type":0,"val":"organization","end":""},{"old":"/organization/advanced","type":0,"val":"advanced","end":""}],
    types: placeholder as Registry['organization.advanced']['types'],
  },
  'organization.advanced.update': {
    methods: ["PUT"],
    pattern: '/organization/advanced',
    tokens: [{"old":"/organization/advanced","type":0,"val":"organization","end":""},{"old":"/organization/advanced","type":0,"val":"advanced","end":""}],
    types: placeholder as Registry['organization.advanced.update']['types'],
  },
  'organization.modules': {
    methods: ["GET","HEAD"],
    pattern: '/organization/modules',
    tokens: [{"old":"/organization/modules","type":0,"val":"organization","end":""},{"old":"/organization/modules","type":0,"val":"modules","end":""}],
    types: placeholder as Registry['organization.modules']['types'],
  },
  'organization.modules.update': {
    methods: ["PUT"],
    pattern: '/organization/modules/:key',
    tokens: [{"old":"/organization/modules/:key","type":0,"val":"organization","end":""},{"old":"/organization/modules/:key","type":0,"val":"modules","end":""},{"old":"/organization/modules/:key","type":1,"val":"key","end":""}],
    types: placeholder as Registry['organization.modules.update']['types'],
  },
  'organization.audit_log': {
    methods: ["GET","HEAD"],
    pattern: '/organization/audit-log',
    tokens: [{"old":"/organization/audit-log","type":0,"val":"organization","end":""},{"old":"/organization/audit-log","type":0,"val":"audit-log","end":""}],
    types: placeholder as Registry['organization.audit_log']['types'],
  },
  'platform.home': {
    methods: ["GET","HEAD"],
    pattern: '/',
    tokens: [{"old":"/","type":0,"val":"/","end":""}],
    types: placeholder as Registry['platform.home']['types'],
  },
  'platform.find': {
    methods: ["POST"],
    pattern: '/find-organization',
    tokens: [{"old":"/find-organization","type":0,"val":"find-organization","end":""}],
    types: placeholder as Registry['platform.find']['types'],
  },
  'health': {
    methods: ["GET","HEAD"],
    pattern: '/health',
    tokens: [{"old":"/health","type":0,"val":"health","end":""}],
    types: placeholder as Registry['health']['types'],
  },
  'platform.session.create': {
    methods: ["GET","HEAD"],
    pattern: '/login',
    tokens: [{"old":"/login","type":0,"val":"login","end":""}],
    types: placeholder as Registry['platform.session.create']['types'],
  },
  'platform.session.store': {
    methods: ["POST"],
    pattern: '/login',
    tokens: [{"old":"/login","type":0,"val":"login","end":""}],
    types: placeholder as Registry['platform.session.store']['types'],
  },
  'platform.session.destroy': {
    methods: ["POST"],
    pattern: '/logout',
    tokens: [{"old":"/logout","type":0,"val":"logout","end":""}],
    types: placeholder as Registry['platform.session.destroy']['types'],
  },
  'dev.outbox': {
    methods: ["GET","HEAD"],
    pattern: '/_dev/outbox',
    tokens: [{"old":"/_dev/outbox","type":0,"val":"_dev","end":""},{"old":"/_dev/outbox","type":0,"val":"outbox","end":""}],
    types: placeholder as Registry['dev.outbox']['types'],
  },
} as const satisfies Record<string, AdonisEndpoint>

export { routes }

export const registry = {
  routes,
  $tree: {} as ApiDefinition,
}

declare module '@tuyau/core/types' {
  export interface UserRegistry {
    routes: typeof routes
    $tree: ApiDefinition
  }
}
