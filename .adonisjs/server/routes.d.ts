import '@adonisjs/core/types/http'

type ParamValue = string | number | bigint | boolean

export type ScannedRoutes = {
  ALL: {
    'platform.home': { paramsTuple?: []; params?: {} }
    'platform.find': { paramsTuple?: []; params?: {} }
    'health': { paramsTuple?: []; params?: {} }
    'platform.session.create': { paramsTuple?: []; params?: {} }
    'platform.session.store': { paramsTuple?: []; params?: {} }
    'platform.session.destroy': { paramsTuple?: []; params?: {} }
    'dev.outbox': { paramsTuple?: []; params?: {} }
    'chat.index': { paramsTuple?: []; params?: {} }
    'questionnaires.index': { paramsTuple?: []; params?: {} }
    'websites.index': { paramsTuple?: []; params?: {} }
    'payments.index': { paramsTuple?: []; params?: {} }
    'widgets.index': { paramsTuple?: []; params?: {} }
    'event_stream': { paramsTuple?: []; params?: {} }
    'subscribe': { paramsTuple?: []; params?: {} }
    'unsubscribe': { paramsTuple?: []; params?: {} }
    'organization.logo': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
    'session.store': { paramsTuple?: []; params?: {} }
    'password_reset.create': { paramsTuple?: []; params?: {} }
    'password_reset.store': { paramsTuple?: []; params?: {} }
    'password.show': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'password.update': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'dashboard': { paramsTuple?: []; params?: {} }
    'session.destroy': { paramsTuple?: []; params?: {} }
    'me': { paramsTuple?: []; params?: {} }
    'support': { paramsTuple?: []; params?: {} }
    'profile.show': { paramsTuple?: []; params?: {} }
    'profile.update': { paramsTuple?: []; params?: {} }
    'profile.password': { paramsTuple?: []; params?: {} }
    'profile.avatar': { paramsTuple?: []; params?: {} }
    'profile.avatar.destroy': { paramsTuple?: []; params?: {} }
    'users.avatar': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'departments.index': { paramsTuple?: []; params?: {} }
    'departments.store': { paramsTuple?: []; params?: {} }
    'departments.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'departments.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'employees.index': { paramsTuple?: []; params?: {} }
    'employees.create': { paramsTuple?: []; params?: {} }
    'employees.store': { paramsTuple?: []; params?: {} }
    'employees.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'employees.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'employees.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'employees.invitation': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'groups.index': { paramsTuple?: []; params?: {} }
    'groups.store': { paramsTuple?: []; params?: {} }
    'groups.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'groups.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'organization.settings': { paramsTuple?: []; params?: {} }
    'organization.update': { paramsTuple?: []; params?: {} }
    'organization.logo.update': { paramsTuple?: []; params?: {} }
    'organization.logo.destroy': { paramsTuple?: []; params?: {} }
    'organization.api_key.rotate': { paramsTuple?: []; params?: {} }
    'organization.api_key.revoke': { paramsTuple?: []; params?: {} }
    'organization.advanced': { paramsTuple?: []; params?: {} }
    'organization.advanced.update': { paramsTuple?: []; params?: {} }
    'organization.modules': { paramsTuple?: []; params?: {} }
    'organization.modules.update': { paramsTuple: [ParamValue]; params: {'key': ParamValue} }
    'organization.audit_log': { paramsTuple?: []; params?: {} }
  }
  GET: {
    'platform.home': { paramsTuple?: []; params?: {} }
    'health': { paramsTuple?: []; params?: {} }
    'platform.session.create': { paramsTuple?: []; params?: {} }
    'dev.outbox': { paramsTuple?: []; params?: {} }
    'chat.index': { paramsTuple?: []; params?: {} }
    'questionnaires.index': { paramsTuple?: []; params?: {} }
    'websites.index': { paramsTuple?: []; params?: {} }
    'payments.index': { paramsTuple?: []; params?: {} }
    'widgets.index': { paramsTuple?: []; params?: {} }
    'event_stream': { paramsTuple?: []; params?: {} }
    'organization.logo': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
    'password_reset.create': { paramsTuple?: []; params?: {} }
    'password.show': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'dashboard': { paramsTuple?: []; params?: {} }
    'me': { paramsTuple?: []; params?: {} }
    'support': { paramsTuple?: []; params?: {} }
    'profile.show': { paramsTuple?: []; params?: {} }
    'users.avatar': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'departments.index': { paramsTuple?: []; params?: {} }
    'employees.index': { paramsTuple?: []; params?: {} }
    'employees.create': { paramsTuple?: []; params?: {} }
    'employees.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'groups.index': { paramsTuple?: []; params?: {} }
    'organization.settings': { paramsTuple?: []; params?: {} }
    'organization.advanced': { paramsTuple?: []; params?: {} }
    'organization.modules': { paramsTuple?: []; params?: {} }
    'organization.audit_log': { paramsTuple?: []; params?: {} }
  }
  HEAD: {
    'platform.home': { paramsTuple?: []; params?: {} }
    'health': { paramsTuple?: []; params?: {} }
    'platform.session.create': { paramsTuple?: []; params?: {} }
    'dev.outbox': { paramsTuple?: []; params?: {} }
    'chat.index': { paramsTuple?: []; params?: {} }
    'questionnaires.index': { paramsTuple?: []; params?: {} }
    'websites.index': { paramsTuple?: []; params?: {} }
    'payments.index': { paramsTuple?: []; params?: {} }
    'widgets.index': { paramsTuple?: []; params?: {} }
    'event_stream': { paramsTuple?: []; params?: {} }
    'organization.logo': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
    'password_reset.create': { paramsTuple?: []; params?: {} }
    'password.show': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'dashboard': { paramsTuple?: []; params?: {} }
    'me': { paramsTuple?: []; params?: {} }
    'support': { paramsTuple?: []; params?: {} }
    'profile.show': { paramsTuple?: []; params?: {} }
    'users.avatar': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'departments.index': { paramsTuple?: []; params?: {} }
    'employees.index': { paramsTuple?: []; params?: {} }
    'employees.create': { paramsTuple?: []; params?: {} }
    'employees.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'groups.index': { paramsTuple?: []; params?: {} }
    'organization.settings': { paramsTuple?: []; params?: {} }
    'organization.advanced': { paramsTuple?: []; params?: {} }
    'organization.modules': { paramsTuple?: []; params?: {} }
    'organization.audit_log': { paramsTuple?: []; params?: {} }
  }
  POST: {
    'platform.find': { paramsTuple?: []; params?: {} }
    'platform.session.store': { paramsTuple?: []; params?: {} }
    'platform.session.destroy': { paramsTuple?: []; params?: {} }
    'subscribe': { paramsTuple?: []; params?: {} }
    'unsubscribe': { paramsTuple?: []; params?: {} }
    'session.store': { paramsTuple?: []; params?: {} }
    'password_reset.store': { paramsTuple?: []; params?: {} }
    'password.update': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'session.destroy': { paramsTuple?: []; params?: {} }
    'profile.avatar': { paramsTuple?: []; params?: {} }
    'departments.store': { paramsTuple?: []; params?: {} }
    'employees.store': { paramsTuple?: []; params?: {} }
    'employees.invitation': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'groups.store': { paramsTuple?: []; params?: {} }
    'organization.logo.update': { paramsTuple?: []; params?: {} }
    'organization.api_key.rotate': { paramsTuple?: []; params?: {} }
  }
  PUT: {
    'profile.update': { paramsTuple?: []; params?: {} }
    'profile.password': { paramsTuple?: []; params?: {} }
    'departments.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'employees.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'groups.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'organization.update': { paramsTuple?: []; params?: {} }
    'organization.advanced.update': { paramsTuple?: []; params?: {} }
    'organization.modules.update': { paramsTuple: [ParamValue]; params: {'key': ParamValue} }
  }
  DELETE: {
    'profile.avatar.destroy': { paramsTuple?: []; params?: {} }
    'departments.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'employees.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'groups.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'organization.logo.destroy': { paramsTuple?: []; params?: {} }
    'organization.api_key.revoke': { paramsTuple?: []; params?: {} }
  }
}
declare module '@adonisjs/core/types/http' {
  export interface RoutesList extends ScannedRoutes {}
}