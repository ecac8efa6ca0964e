/* eslint-disable prettier/prettier */
import type { routes } from './index.ts'

export interface ApiDefinition {
  agenda: {
    clients: {
      index: typeof routes['agenda.clients.index']
      search: typeof routes['agenda.clients.search']
      duplicates: typeof routes['agenda.clients.duplicates']
      create: typeof routes['agenda.clients.create']
      store: typeof routes['agenda.clients.store']
      edit: typeof routes['agenda.clients.edit']
      update: typeof routes['agenda.clients.update']
      destroy: typeof routes['agenda.clients.destroy']
    }
    externalParticipants: {
      index: typeof routes['agenda.external_participants.index']
      search: typeof routes['agenda.external_participants.search']
      duplicates: typeof routes['agenda.external_participants.duplicates']
      create: typeof routes['agenda.external_participants.create']
      store: typeof routes['agenda.external_participants.store']
      edit: typeof routes['agenda.external_participants.edit']
      update: typeof routes['agenda.external_participants.update']
      destroy: typeof routes['agenda.external_participants.destroy']
    }
    today: typeof routes['agenda.today']
    appointments: {
      index: typeof routes['agenda.appointments.index']
      create: typeof routes['agenda.appointments.create']
      store: typeof routes['agenda.appointments.store']
      quick: typeof routes['agenda.appointments.quick']
      startQuick: typeof routes['agenda.appointments.start_quick']
      show: typeof routes['agenda.appointments.show']
      edit: typeof routes['agenda.appointments.edit']
      update: typeof routes['agenda.appointments.update']
      cancel: typeof routes['agenda.appointments.cancel']
    }
    availability: {
      index: typeof routes['agenda.availability.index']
      store: typeof routes['agenda.availability.store']
      update: typeof routes['agenda.availability.update']
      destroy: typeof routes['agenda.availability.destroy']
      exceptions: {
        store: typeof routes['agenda.availability.exceptions.store']
        destroy: typeof routes['agenda.availability.exceptions.destroy']
      }
    }
    emailSets: {
      index: typeof routes['agenda.email_sets.index']
      create: typeof routes['agenda.email_sets.create']
      store: typeof routes['agenda.email_sets.store']
      preview: typeof routes['agenda.email_sets.preview']
      edit: typeof routes['agenda.email_sets.edit']
      update: typeof routes['agenda.email_sets.update']
      destroy: typeof routes['agenda.email_sets.destroy']
    }
    announcements: {
      index: typeof routes['agenda.announcements.index']
      store: typeof routes['agenda.announcements.store']
      destroyAll: typeof routes['agenda.announcements.destroy_all']
      destroy: typeof routes['agenda.announcements.destroy']
    }
    waitingRoomTexts: {
      index: typeof routes['agenda.waiting_room_texts.index']
      update: typeof routes['agenda.waiting_room_texts.update']
      reset: typeof routes['agenda.waiting_room_texts.reset']
    }
    visit: typeof routes['agenda.visit'] & {
      content: typeof routes['agenda.visit.content']
    }
  }
  api: {
    v1: {
      openapi: typeof routes['api.v1.openapi']
      clients: {
        index: typeof routes['api.v1.clients.index']
        store: typeof routes['api.v1.clients.store']
        show: typeof routes['api.v1.clients.show']
        update: typeof routes['api.v1.clients.update']
        destroy: typeof routes['api.v1.clients.destroy']
      }
      appointments: {
        index: typeof routes['api.v1.appointments.index']
        store: typeof routes['api.v1.appointments.store']
        show: typeof routes['api.v1.appointments.show']
        update: typeof routes['api.v1.appointments.update']
        cancel: typeof routes['api.v1.appointments.cancel']
      }
    }
  }
  consultation: {
    room: {
      show: typeof routes['consultation.room.show']
      participants: {
        store: typeof routes['consultation.room.participants.store']
      }
      groups: typeof routes['consultation.room.groups']
    }
    waiting: {
      index: typeof routes['consultation.waiting.index']
      admit: typeof routes['consultation.waiting.admit']
      sendBack: typeof routes['consultation.waiting.send_back']
      checkIn: typeof routes['consultation.waiting.check_in']
      message: typeof routes['consultation.waiting.message']
    }
    deviceTest: typeof routes['consultation.device_test'] & {
      ping: typeof routes['consultation.device_test.ping']
      download: typeof routes['consultation.device_test.download']
      upload: typeof routes['consultation.device_test.upload']
      mediaTicket: typeof routes['consultation.device_test.media_ticket']
    }
    walkIn: {
      show: typeof routes['consultation.walk_in.show']
      update: typeof routes['consultation.walk_in.update']
    }
    visit: {
      disclaimer: typeof routes['consultation.visit.disclaimer']
    }
    backgrounds: {
      index: typeof routes['consultation.backgrounds.index']
      image: typeof routes['consultation.backgrounds.image']
      store: typeof routes['consultation.backgrounds.store']
      destroy: typeof routes['consultation.backgrounds.destroy']
    }
  }
  room: {
    staff: {
      state: typeof routes['room.staff.state']
      end: typeof routes['room.staff.end']
      ticket: typeof routes['room.staff.ticket']
      forceStart: typeof routes['room.staff.force_start']
      streams: typeof routes['room.staff.streams']
      sendBack: typeof routes['room.staff.send_back']
      participantPhoto: typeof routes['room.staff.participant_photo']
      camera: typeof routes['room.staff.camera']
      sharedDocument: {
        update: typeof routes['room.staff.shared_document.update']
        destroy: typeof routes['room.staff.shared_document.destroy']
      }
      messages: {
        index: typeof routes['room.staff.messages.index']
        store: typeof routes['room.staff.messages.store']
      }
      files: {
        index: typeof routes['room.staff.files.index']
        store: typeof routes['room.staff.files.store']
        show: typeof routes['room.staff.files.show']
      }
    }
    visit: {
      state: typeof routes['room.visit.state']
      end: typeof routes['room.visit.end']
      ticket: typeof routes['room.visit.ticket']
      forceStart: typeof routes['room.visit.force_start']
      streams: typeof routes['room.visit.streams']
      sendBack: typeof routes['room.visit.send_back']
      participantPhoto: typeof routes['room.visit.participant_photo']
      camera: typeof routes['room.visit.camera']
      sharedDocument: {
        update: typeof routes['room.visit.shared_document.update']
        destroy: typeof routes['room.visit.shared_document.destroy']
      }
      messages: {
        index: typeof routes['room.visit.messages.index']
        store: typeof routes['room.visit.messages.store']
      }
      files: {
        index: typeof routes['room.visit.files.index']
        store: typeof routes['room.visit.files.store']
        show: typeof routes['room.visit.files.show']
      }
    }
  }
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
    consultation: {
      deviceTest: typeof routes['platform.consultation.device_test'] & {
        ping: typeof routes['platform.consultation.device_test.ping']
        download: typeof routes['platform.consultation.device_test.download']
        upload: typeof routes['platform.consultation.device_test.upload']
      }
    }
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
