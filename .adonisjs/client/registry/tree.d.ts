/* eslint-disable prettier/prettier */
import type { routes } from './index.ts'

export interface ApiDefinition {
  chat: {
    index: typeof routes['chat.index']
  }
  questionnaires: {
    index: typeof routes['questionnaires.index']
  }
  websites: {
    index: typeof routes['websites.index']
  }
  payments: {
    index: typeof routes['payments.index']
  }
  widgets: {
    index: typeof routes['widgets.index']
  }
  eventStream: typeof routes['event_stream']
  subscribe: typeof routes['subscribe']
  unsubscribe: typeof routes['unsubscribe']
  organization: {
    logo: typeof routes['organization.logo'] & {
      update: typeof routes['organization.logo.update']
      destroy: typeof routes['organization.logo.destroy']
    }
    settings: typeof routes['organization.settings']
    update: typeof routes['organization.update']
    apiKey: {
      rotate: typeof routes['organization.api_key.rotate']
      revoke: typeof routes['organization.api_key.revoke']
    }
    advanced: typeof routes['organization.advanced'] & {
      update: typeof routes['organization.advanced.update']
    }
    modules: typeof routes['organization.modules'] & {
      update: typeof routes['organization.modules.update']
    }
    auditLog: typeof routes['organization.audit_log']
  }
  session: {
    create: typeof routes['session.create']
    store: typeof routes['session.store']
    destroy: typeof routes['session.destroy']
  }
  passwordReset: {
    create: typeof routes['password_reset.create']
    store: typeof routes['password_reset.store']
  }
  password: {
    show: typeof routes['password.show']
    update: typeof routes['password.update']
  }
  dashboard: typeof routes['dashboard']
  me: typeof routes['me']
  support: typeof routes['support']
  profile: {
    show: typeof routes['profile.show']
    update: typeof routes['profile.update']
    password: typeof routes['profile.password']
    avatar: typeof routes['profile.avatar'] & {
      destroy: typeof routes['profile.avatar.destroy']
    }
  }
  users: {
    avatar: typeof routes['users.avatar']
  }
  departments: {
    index: typeof routes['departments.index']
    store: typeof routes['departments.store']
    update: typeof routes['departments.update']
    destroy: typeof routes['departments.destroy']
  }
  employees: {
    index: typeof routes['employees.index']
    create: typeof routes['employees.create']
    store: typeof routes['employees.store']
    edit: typeof routes['employees.edit']
    update: typeof routes['employees.update']
    destroy: typeof routes['employees.destroy']
    invitation: typeof routes['employees.invitation']
  }
  groups: {
    index: typeof routes['groups.index']
    store: typeof routes['groups.store']
    update: typeof routes['groups.update']
    destroy: typeof routes['groups.destroy']
  }
  platform: {
    home: typeof routes['platform.home']
    find: typeof routes['platform.find']
    session: {
      create: typeof routes['platform.session.create']
      store: typeof routes['platform.session.store']
      destroy: typeof routes['platform.session.destroy']
    }
  }
  health: typeof routes['health']
  dev: {
    outbox: typeof routes['dev.outbox']
  }
}
