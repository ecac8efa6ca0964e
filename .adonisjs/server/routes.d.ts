import '@adonisjs/core/types/http'

type ParamValue = string | number | bigint | boolean

export type ScannedRoutes = {
  ALL: {
    'platform.consultation.device_test': { paramsTuple?: []; params?: {} }
    'platform.consultation.device_test.ping': { paramsTuple?: []; params?: {} }
    'platform.consultation.device_test.download': { paramsTuple?: []; params?: {} }
    'platform.consultation.device_test.upload': { paramsTuple?: []; params?: {} }
    'platform.home': { paramsTuple?: []; params?: {} }
    'platform.find': { paramsTuple?: []; params?: {} }
    'health': { paramsTuple?: []; params?: {} }
    'platform.session.create': { paramsTuple?: []; params?: {} }
    'platform.session.store': { paramsTuple?: []; params?: {} }
    'platform.session.destroy': { paramsTuple?: []; params?: {} }
    'dev.outbox': { paramsTuple?: []; params?: {} }
    'agenda.clients.index': { paramsTuple?: []; params?: {} }
    'agenda.clients.search': { paramsTuple?: []; params?: {} }
    'agenda.clients.duplicates': { paramsTuple?: []; params?: {} }
    'agenda.clients.create': { paramsTuple?: []; params?: {} }
    'agenda.clients.store': { paramsTuple?: []; params?: {} }
    'agenda.clients.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.clients.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.clients.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.external_participants.index': { paramsTuple?: []; params?: {} }
    'agenda.external_participants.search': { paramsTuple?: []; params?: {} }
    'agenda.external_participants.duplicates': { paramsTuple?: []; params?: {} }
    'agenda.external_participants.create': { paramsTuple?: []; params?: {} }
    'agenda.external_participants.store': { paramsTuple?: []; params?: {} }
    'agenda.external_participants.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.external_participants.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.external_participants.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.today': { paramsTuple?: []; params?: {} }
    'agenda.appointments.index': { paramsTuple?: []; params?: {} }
    'agenda.appointments.create': { paramsTuple?: []; params?: {} }
    'agenda.appointments.store': { paramsTuple?: []; params?: {} }
    'agenda.appointments.quick': { paramsTuple?: []; params?: {} }
    'agenda.appointments.start_quick': { paramsTuple?: []; params?: {} }
    'agenda.appointments.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.appointments.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.appointments.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.appointments.cancel': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.availability.index': { paramsTuple?: []; params?: {} }
    'agenda.availability.store': { paramsTuple?: []; params?: {} }
    'agenda.availability.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.availability.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.availability.exceptions.store': { paramsTuple?: []; params?: {} }
    'agenda.availability.exceptions.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.email_sets.index': { paramsTuple?: []; params?: {} }
    'agenda.email_sets.create': { paramsTuple?: []; params?: {} }
    'agenda.email_sets.store': { paramsTuple?: []; params?: {} }
    'agenda.email_sets.preview': { paramsTuple?: []; params?: {} }
    'agenda.email_sets.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.email_sets.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.email_sets.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.announcements.index': { paramsTuple?: []; params?: {} }
    'agenda.announcements.store': { paramsTuple?: []; params?: {} }
    'agenda.announcements.destroy_all': { paramsTuple?: []; params?: {} }
    'agenda.announcements.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.waiting_room_texts.index': { paramsTuple?: []; params?: {} }
    'agenda.waiting_room_texts.update': { paramsTuple: [ParamValue,ParamValue]; params: {'kind': ParamValue,'locale': ParamValue} }
    'agenda.waiting_room_texts.reset': { paramsTuple: [ParamValue,ParamValue]; params: {'kind': ParamValue,'locale': ParamValue} }
    'agenda.visit.content': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'agenda.visit': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'api.v1.openapi': { paramsTuple?: []; params?: {} }
    'api.v1.clients.index': { paramsTuple?: []; params?: {} }
    'api.v1.clients.store': { paramsTuple?: []; params?: {} }
    'api.v1.clients.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.clients.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.clients.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.appointments.index': { paramsTuple?: []; params?: {} }
    'api.v1.appointments.store': { paramsTuple?: []; params?: {} }
    'api.v1.appointments.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.appointments.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.appointments.cancel': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'consultation.room.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'consultation.waiting.index': { paramsTuple?: []; params?: {} }
    'consultation.waiting.admit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'consultation.waiting.send_back': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'consultation.waiting.check_in': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'room.staff.state': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'room.staff.end': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'room.visit.state': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'room.visit.end': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'room.staff.ticket': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'room.staff.force_start': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'room.visit.ticket': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'room.visit.force_start': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'room.staff.streams': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'room.staff.send_back': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'room.staff.participant_photo': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'uid': ParamValue} }
    'room.staff.camera': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'room.staff.shared_document.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'room.staff.shared_document.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'room.visit.streams': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'room.visit.send_back': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'room.visit.participant_photo': { paramsTuple: [ParamValue,ParamValue]; params: {'token': ParamValue,'uid': ParamValue} }
    'room.visit.camera': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'room.visit.shared_document.update': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'room.visit.shared_document.destroy': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'consultation.device_test': { paramsTuple?: []; params?: {} }
    'consultation.device_test.ping': { paramsTuple?: []; params?: {} }
    'consultation.device_test.download': { paramsTuple?: []; params?: {} }
    'consultation.device_test.upload': { paramsTuple?: []; params?: {} }
    'consultation.device_test.media_ticket': { paramsTuple?: []; params?: {} }
    'room.staff.messages.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'room.staff.messages.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'room.visit.messages.index': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'room.visit.messages.store': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'room.staff.files.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'room.staff.files.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'room.staff.files.show': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'fileId': ParamValue} }
    'room.visit.files.index': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'room.visit.files.store': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'room.visit.files.show': { paramsTuple: [ParamValue,ParamValue]; params: {'token': ParamValue,'fileId': ParamValue} }
    'consultation.waiting.message': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'consultation.walk_in.show': { paramsTuple?: []; params?: {} }
    'consultation.walk_in.update': { paramsTuple?: []; params?: {} }
    'consultation.room.participants.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'consultation.room.groups': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'consultation.visit.disclaimer': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'consultation.backgrounds.index': { paramsTuple?: []; params?: {} }
    'consultation.backgrounds.image': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'consultation.backgrounds.store': { paramsTuple?: []; params?: {} }
    'consultation.backgrounds.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
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
    'platform.consultation.device_test': { paramsTuple?: []; params?: {} }
    'platform.consultation.device_test.ping': { paramsTuple?: []; params?: {} }
    'platform.consultation.device_test.download': { paramsTuple?: []; params?: {} }
    'platform.home': { paramsTuple?: []; params?: {} }
    'health': { paramsTuple?: []; params?: {} }
    'platform.session.create': { paramsTuple?: []; params?: {} }
    'dev.outbox': { paramsTuple?: []; params?: {} }
    'agenda.clients.index': { paramsTuple?: []; params?: {} }
    'agenda.clients.search': { paramsTuple?: []; params?: {} }
    'agenda.clients.create': { paramsTuple?: []; params?: {} }
    'agenda.clients.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.external_participants.index': { paramsTuple?: []; params?: {} }
    'agenda.external_participants.search': { paramsTuple?: []; params?: {} }
    'agenda.external_participants.create': { paramsTuple?: []; params?: {} }
    'agenda.external_participants.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.today': { paramsTuple?: []; params?: {} }
    'agenda.appointments.index': { paramsTuple?: []; params?: {} }
    'agenda.appointments.create': { paramsTuple?: []; params?: {} }
    'agenda.appointments.quick': { paramsTuple?: []; params?: {} }
    'agenda.appointments.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.appointments.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.availability.index': { paramsTuple?: []; params?: {} }
    'agenda.email_sets.index': { paramsTuple?: []; params?: {} }
    'agenda.email_sets.create': { paramsTuple?: []; params?: {} }
    'agenda.email_sets.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.announcements.index': { paramsTuple?: []; params?: {} }
    'agenda.waiting_room_texts.index': { paramsTuple?: []; params?: {} }
    'agenda.visit.content': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'agenda.visit': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'api.v1.openapi': { paramsTuple?: []; params?: {} }
    'api.v1.clients.index': { paramsTuple?: []; params?: {} }
    'api.v1.clients.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.appointments.index': { paramsTuple?: []; params?: {} }
    'api.v1.appointments.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'consultation.room.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'consultation.waiting.index': { paramsTuple?: []; params?: {} }
    'room.staff.state': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'room.visit.state': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'room.staff.participant_photo': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'uid': ParamValue} }
    'room.visit.participant_photo': { paramsTuple: [ParamValue,ParamValue]; params: {'token': ParamValue,'uid': ParamValue} }
    'consultation.device_test': { paramsTuple?: []; params?: {} }
    'consultation.device_test.ping': { paramsTuple?: []; params?: {} }
    'consultation.device_test.download': { paramsTuple?: []; params?: {} }
    'room.staff.messages.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'room.visit.messages.index': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'room.staff.files.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'room.staff.files.show': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'fileId': ParamValue} }
    'room.visit.files.index': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'room.visit.files.show': { paramsTuple: [ParamValue,ParamValue]; params: {'token': ParamValue,'fileId': ParamValue} }
    'consultation.walk_in.show': { paramsTuple?: []; params?: {} }
    'consultation.room.groups': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'consultation.backgrounds.index': { paramsTuple?: []; params?: {} }
    'consultation.backgrounds.image': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
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
    'platform.consultation.device_test': { paramsTuple?: []; params?: {} }
    'platform.consultation.device_test.ping': { paramsTuple?: []; params?: {} }
    'platform.consultation.device_test.download': { paramsTuple?: []; params?: {} }
    'platform.home': { paramsTuple?: []; params?: {} }
    'health': { paramsTuple?: []; params?: {} }
    'platform.session.create': { paramsTuple?: []; params?: {} }
    'dev.outbox': { paramsTuple?: []; params?: {} }
    'agenda.clients.index': { paramsTuple?: []; params?: {} }
    'agenda.clients.search': { paramsTuple?: []; params?: {} }
    'agenda.clients.create': { paramsTuple?: []; params?: {} }
    'agenda.clients.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.external_participants.index': { paramsTuple?: []; params?: {} }
    'agenda.external_participants.search': { paramsTuple?: []; params?: {} }
    'agenda.external_participants.create': { paramsTuple?: []; params?: {} }
    'agenda.external_participants.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.today': { paramsTuple?: []; params?: {} }
    'agenda.appointments.index': { paramsTuple?: []; params?: {} }
    'agenda.appointments.create': { paramsTuple?: []; params?: {} }
    'agenda.appointments.quick': { paramsTuple?: []; params?: {} }
    'agenda.appointments.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.appointments.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.availability.index': { paramsTuple?: []; params?: {} }
    'agenda.email_sets.index': { paramsTuple?: []; params?: {} }
    'agenda.email_sets.create': { paramsTuple?: []; params?: {} }
    'agenda.email_sets.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.announcements.index': { paramsTuple?: []; params?: {} }
    'agenda.waiting_room_texts.index': { paramsTuple?: []; params?: {} }
    'agenda.visit.content': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'agenda.visit': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'api.v1.openapi': { paramsTuple?: []; params?: {} }
    'api.v1.clients.index': { paramsTuple?: []; params?: {} }
    'api.v1.clients.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.appointments.index': { paramsTuple?: []; params?: {} }
    'api.v1.appointments.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'consultation.room.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'consultation.waiting.index': { paramsTuple?: []; params?: {} }
    'room.staff.state': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'room.visit.state': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'room.staff.participant_photo': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'uid': ParamValue} }
    'room.visit.participant_photo': { paramsTuple: [ParamValue,ParamValue]; params: {'token': ParamValue,'uid': ParamValue} }
    'consultation.device_test': { paramsTuple?: []; params?: {} }
    'consultation.device_test.ping': { paramsTuple?: []; params?: {} }
    'consultation.device_test.download': { paramsTuple?: []; params?: {} }
    'room.staff.messages.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'room.visit.messages.index': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'room.staff.files.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'room.staff.files.show': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'fileId': ParamValue} }
    'room.visit.files.index': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'room.visit.files.show': { paramsTuple: [ParamValue,ParamValue]; params: {'token': ParamValue,'fileId': ParamValue} }
    'consultation.walk_in.show': { paramsTuple?: []; params?: {} }
    'consultation.room.groups': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'consultation.backgrounds.index': { paramsTuple?: []; params?: {} }
    'consultation.backgrounds.image': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
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
    'platform.consultation.device_test.upload': { paramsTuple?: []; params?: {} }
    'platform.find': { paramsTuple?: []; params?: {} }
    'platform.session.store': { paramsTuple?: []; params?: {} }
    'platform.session.destroy': { paramsTuple?: []; params?: {} }
    'agenda.clients.duplicates': { paramsTuple?: []; params?: {} }
    'agenda.clients.store': { paramsTuple?: []; params?: {} }
    'agenda.external_participants.duplicates': { paramsTuple?: []; params?: {} }
    'agenda.external_participants.store': { paramsTuple?: []; params?: {} }
    'agenda.appointments.store': { paramsTuple?: []; params?: {} }
    'agenda.appointments.start_quick': { paramsTuple?: []; params?: {} }
    'agenda.appointments.cancel': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.availability.store': { paramsTuple?: []; params?: {} }
    'agenda.availability.exceptions.store': { paramsTuple?: []; params?: {} }
    'agenda.email_sets.store': { paramsTuple?: []; params?: {} }
    'agenda.email_sets.preview': { paramsTuple?: []; params?: {} }
    'agenda.announcements.store': { paramsTuple?: []; params?: {} }
    'api.v1.clients.store': { paramsTuple?: []; params?: {} }
    'api.v1.appointments.store': { paramsTuple?: []; params?: {} }
    'api.v1.appointments.cancel': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'consultation.waiting.admit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'consultation.waiting.send_back': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'consultation.waiting.check_in': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'room.staff.end': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'room.visit.end': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'room.staff.ticket': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'room.staff.force_start': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'room.visit.ticket': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'room.visit.force_start': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'room.staff.streams': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'room.staff.send_back': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'room.staff.camera': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'room.visit.streams': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'room.visit.send_back': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'room.visit.camera': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'consultation.device_test.upload': { paramsTuple?: []; params?: {} }
    'consultation.device_test.media_ticket': { paramsTuple?: []; params?: {} }
    'room.staff.messages.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'room.visit.messages.store': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'room.staff.files.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'room.visit.files.store': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'consultation.waiting.message': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'consultation.walk_in.update': { paramsTuple?: []; params?: {} }
    'consultation.room.participants.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'consultation.visit.disclaimer': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'consultation.backgrounds.store': { paramsTuple?: []; params?: {} }
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
    'agenda.clients.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.external_participants.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.appointments.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.availability.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.email_sets.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.waiting_room_texts.update': { paramsTuple: [ParamValue,ParamValue]; params: {'kind': ParamValue,'locale': ParamValue} }
    'room.staff.shared_document.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'room.visit.shared_document.update': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
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
    'agenda.clients.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.external_participants.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.availability.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.availability.exceptions.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.email_sets.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.announcements.destroy_all': { paramsTuple?: []; params?: {} }
    'agenda.announcements.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'agenda.waiting_room_texts.reset': { paramsTuple: [ParamValue,ParamValue]; params: {'kind': ParamValue,'locale': ParamValue} }
    'api.v1.clients.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'room.staff.shared_document.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'room.visit.shared_document.destroy': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'consultation.backgrounds.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'profile.avatar.destroy': { paramsTuple?: []; params?: {} }
    'departments.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'employees.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'groups.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'organization.logo.destroy': { paramsTuple?: []; params?: {} }
    'organization.api_key.revoke': { paramsTuple?: []; params?: {} }
  }
  PATCH: {
    'api.v1.clients.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.appointments.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
}
declare module '@adonisjs/core/types/http' {
  export interface RoutesList extends ScannedRoutes {}
}