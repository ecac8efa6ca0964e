/* eslint-disable prettier/prettier */
/// <reference path="../manifest.d.ts" />

import type { ExtractBody, ExtractErrorResponse, ExtractQuery, ExtractQueryForGet, ExtractResponse } from '@tuyau/core/types'
import type { InferInput, SimpleError } from '@vinejs/vine/types'

export type ParamValue = string | number | bigint | boolean

export interface Registry {
  'agenda.clients.index': {
    methods: ["GET","HEAD"]
    pattern: '/clients'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#modules/agenda/validators/client').clientListValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/clients_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/clients_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.clients.search': {
    methods: ["GET","HEAD"]
    pattern: '/clients/search'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#modules/agenda/validators/client').personSearchValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/clients_controller').default['search']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/clients_controller').default['search']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.clients.duplicates': {
    methods: ["POST"]
    pattern: '/clients/duplicates'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/agenda/validators/client').duplicateCheckValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#modules/agenda/validators/client').duplicateCheckValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/clients_controller').default['duplicates']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/clients_controller').default['duplicates']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.clients.create': {
    methods: ["GET","HEAD"]
    pattern: '/clients/new'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/clients_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/clients_controller').default['create']>>>
    }
  }
  'agenda.clients.store': {
    methods: ["POST"]
    pattern: '/clients'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/agenda/validators/client').clientValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#modules/agenda/validators/client').clientValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/clients_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/clients_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.clients.edit': {
    methods: ["GET","HEAD"]
    pattern: '/clients/:id/edit'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQueryForGet<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/clients_controller').default['edit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/clients_controller').default['edit']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.clients.update': {
    methods: ["PUT"]
    pattern: '/clients/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/common').idParamsValidator)>|InferInput<(typeof import('#modules/agenda/validators/client').clientValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/common').idParamsValidator)>|InferInput<(typeof import('#modules/agenda/validators/client').clientValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/clients_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/clients_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.clients.destroy': {
    methods: ["DELETE"]
    pattern: '/clients/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/clients_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/clients_controller').default['destroy']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.external_participants.index': {
    methods: ["GET","HEAD"]
    pattern: '/external-participants'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#modules/agenda/validators/external_participant').externalParticipantListValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/external_participants_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/external_participants_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.external_participants.search': {
    methods: ["GET","HEAD"]
    pattern: '/external-participants/search'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#modules/agenda/validators/client').personSearchValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/external_participants_controller').default['search']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/external_participants_controller').default['search']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.external_participants.duplicates': {
    methods: ["POST"]
    pattern: '/external-participants/duplicates'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/agenda/validators/client').duplicateCheckValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#modules/agenda/validators/client').duplicateCheckValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/external_participants_controller').default['duplicates']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/external_participants_controller').default['duplicates']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.external_participants.create': {
    methods: ["GET","HEAD"]
    pattern: '/external-participants/new'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/external_participants_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/external_participants_controller').default['create']>>>
    }
  }
  'agenda.external_participants.store': {
    methods: ["POST"]
    pattern: '/external-participants'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/agenda/validators/external_participant').externalParticipantValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#modules/agenda/validators/external_participant').externalParticipantValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/external_participants_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/external_participants_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.external_participants.edit': {
    methods: ["GET","HEAD"]
    pattern: '/external-participants/:id/edit'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQueryForGet<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/external_participants_controller').default['edit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/external_participants_controller').default['edit']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.external_participants.update': {
    methods: ["PUT"]
    pattern: '/external-participants/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/common').idParamsValidator)>|InferInput<(typeof import('#modules/agenda/validators/external_participant').externalParticipantValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/common').idParamsValidator)>|InferInput<(typeof import('#modules/agenda/validators/external_participant').externalParticipantValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/external_participants_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/external_participants_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.external_participants.destroy': {
    methods: ["DELETE"]
    pattern: '/external-participants/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/external_participants_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/external_participants_controller').default['destroy']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.today': {
    methods: ["GET","HEAD"]
    pattern: '/agenda/today'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/appointments_controller').default['today']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/appointments_controller').default['today']>>>
    }
  }
  'agenda.appointments.index': {
    methods: ["GET","HEAD"]
    pattern: '/appointments'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#modules/agenda/validators/appointment').appointmentFiltersValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/appointments_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/appointments_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.appointments.create': {
    methods: ["GET","HEAD"]
    pattern: '/appointments/new'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/appointments_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/appointments_controller').default['create']>>>
    }
  }
  'agenda.appointments.store': {
    methods: ["POST"]
    pattern: '/appointments'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/agenda/validators/appointment').appointmentValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#modules/agenda/validators/appointment').appointmentValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/appointments_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/appointments_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.appointments.quick': {
    methods: ["GET","HEAD"]
    pattern: '/appointments/quick'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/appointments_controller').default['quick']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/appointments_controller').default['quick']>>>
    }
  }
  'agenda.appointments.start_quick': {
    methods: ["POST"]
    pattern: '/appointments/quick'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/agenda/validators/appointment').quickConsultationValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#modules/agenda/validators/appointment').quickConsultationValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/appointments_controller').default['startQuick']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/appointments_controller').default['startQuick']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.appointments.show': {
    methods: ["GET","HEAD"]
    pattern: '/appointments/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/appointments_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/appointments_controller').default['show']>>>
    }
  }
  'agenda.appointments.edit': {
    methods: ["GET","HEAD"]
    pattern: '/appointments/:id/edit'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/appointments_controller').default['edit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/appointments_controller').default['edit']>>>
    }
  }
  'agenda.appointments.update': {
    methods: ["PUT"]
    pattern: '/appointments/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/agenda/validators/appointment').appointmentValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/agenda/validators/appointment').appointmentValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/appointments_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/appointments_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.appointments.cancel': {
    methods: ["POST"]
    pattern: '/appointments/:id/cancel'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/appointments_controller').default['cancel']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/appointments_controller').default['cancel']>>>
    }
  }
  'agenda.availability.index': {
    methods: ["GET","HEAD"]
    pattern: '/availability'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#modules/agenda/validators/availability').availabilityPageValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/availability_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/availability_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.availability.store': {
    methods: ["POST"]
    pattern: '/availability'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/agenda/validators/availability').availabilityOwnerValidator)>|InferInput<(typeof import('#modules/agenda/validators/availability').availabilityValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#modules/agenda/validators/availability').availabilityOwnerValidator)>|InferInput<(typeof import('#modules/agenda/validators/availability').availabilityValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/availability_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/availability_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.availability.update': {
    methods: ["PUT"]
    pattern: '/availability/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/common').idParamsValidator)>|InferInput<(typeof import('#modules/agenda/validators/availability').availabilityValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/common').idParamsValidator)>|InferInput<(typeof import('#modules/agenda/validators/availability').availabilityValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/availability_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/availability_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.availability.destroy': {
    methods: ["DELETE"]
    pattern: '/availability/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/availability_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/availability_controller').default['destroy']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.availability.exceptions.store': {
    methods: ["POST"]
    pattern: '/availability/exceptions'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/agenda/validators/availability').availabilityOwnerValidator)>|InferInput<(typeof import('#modules/agenda/validators/availability').availabilityExceptionValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#modules/agenda/validators/availability').availabilityOwnerValidator)>|InferInput<(typeof import('#modules/agenda/validators/availability').availabilityExceptionValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/availability_exceptions_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/availability_exceptions_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.availability.exceptions.destroy': {
    methods: ["DELETE"]
    pattern: '/availability/exceptions/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/availability_exceptions_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/availability_exceptions_controller').default['destroy']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.email_sets.index': {
    methods: ["GET","HEAD"]
    pattern: '/email-sets'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#modules/agenda/validators/email_set').emailSetListValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/email_sets_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/email_sets_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.email_sets.create': {
    methods: ["GET","HEAD"]
    pattern: '/email-sets/new'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/email_sets_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/email_sets_controller').default['create']>>>
    }
  }
  'agenda.email_sets.store': {
    methods: ["POST"]
    pattern: '/email-sets'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/agenda/validators/email_set').emailSetValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#modules/agenda/validators/email_set').emailSetValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/email_sets_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/email_sets_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.email_sets.preview': {
    methods: ["POST"]
    pattern: '/email-sets/preview'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/agenda/validators/email_set').emailPreviewValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#modules/agenda/validators/email_set').emailPreviewValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/email_sets_controller').default['preview']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/email_sets_controller').default['preview']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.email_sets.edit': {
    methods: ["GET","HEAD"]
    pattern: '/email-sets/:id/edit'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQueryForGet<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/email_sets_controller').default['edit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/email_sets_controller').default['edit']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.email_sets.update': {
    methods: ["PUT"]
    pattern: '/email-sets/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/common').idParamsValidator)>|InferInput<(typeof import('#modules/agenda/validators/email_set').emailSetValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/common').idParamsValidator)>|InferInput<(typeof import('#modules/agenda/validators/email_set').emailSetValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/email_sets_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/email_sets_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.email_sets.destroy': {
    methods: ["DELETE"]
    pattern: '/email-sets/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/email_sets_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/email_sets_controller').default['destroy']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.announcements.index': {
    methods: ["GET","HEAD"]
    pattern: '/announcements'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/announcements_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/announcements_controller').default['index']>>>
    }
  }
  'agenda.announcements.store': {
    methods: ["POST"]
    pattern: '/announcements'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/agenda/validators/announcement').announcementValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#modules/agenda/validators/announcement').announcementValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/announcements_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/announcements_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.announcements.destroy_all': {
    methods: ["DELETE"]
    pattern: '/announcements'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/announcements_controller').default['destroyAll']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/announcements_controller').default['destroyAll']>>>
    }
  }
  'agenda.announcements.destroy': {
    methods: ["DELETE"]
    pattern: '/announcements/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/announcements_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/announcements_controller').default['destroy']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.waiting_room_texts.index': {
    methods: ["GET","HEAD"]
    pattern: '/waiting-room-texts'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/waiting_room_texts_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/waiting_room_texts_controller').default['index']>>>
    }
  }
  'agenda.waiting_room_texts.update': {
    methods: ["PUT"]
    pattern: '/waiting-room-texts/:kind/:locale'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/agenda/validators/waiting_room_text').waitingRoomTextValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { kind: ParamValue; locale: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/agenda/validators/waiting_room_text').waitingRoomTextValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/waiting_room_texts_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/waiting_room_texts_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.waiting_room_texts.reset': {
    methods: ["DELETE"]
    pattern: '/waiting-room-texts/:kind/:locale'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/agenda/validators/waiting_room_text').waitingRoomTextParamsValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { kind: ParamValue; locale: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/agenda/validators/waiting_room_text').waitingRoomTextParamsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/waiting_room_texts_controller').default['reset']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/waiting_room_texts_controller').default['reset']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'agenda.visit.content': {
    methods: ["GET","HEAD"]
    pattern: '/visit/:token/content'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { token: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/waiting_room_content_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/waiting_room_content_controller').default['show']>>>
    }
  }
  'agenda.visit': {
    methods: ["GET","HEAD"]
    pattern: '/visit/:token'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { token: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/visit_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/visit_controller').default['show']>>>
    }
  }
  'api.v1.openapi': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/openapi.json'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/api/document_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/api/document_controller').default['show']>>>
    }
  }
  'api.v1.clients.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/clients'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#modules/agenda/validators/api').apiClientListValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/api/clients_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/api/clients_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.clients.store': {
    methods: ["POST"]
    pattern: '/api/v1/clients'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/agenda/validators/api').apiClientCreateValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#modules/agenda/validators/api').apiClientCreateValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/api/clients_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/api/clients_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.clients.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/clients/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQueryForGet<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/api/clients_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/api/clients_controller').default['show']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.clients.update': {
    methods: ["PATCH"]
    pattern: '/api/v1/clients/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/common').idParamsValidator)>|InferInput<(typeof import('#modules/agenda/validators/api').apiClientUpdateValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/common').idParamsValidator)>|InferInput<(typeof import('#modules/agenda/validators/api').apiClientUpdateValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/api/clients_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/api/clients_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.clients.destroy': {
    methods: ["DELETE"]
    pattern: '/api/v1/clients/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/api/clients_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/api/clients_controller').default['destroy']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.appointments.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/appointments'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#modules/agenda/validators/api').apiAppointmentListValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/api/appointments_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/api/appointments_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.appointments.store': {
    methods: ["POST"]
    pattern: '/api/v1/appointments'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/agenda/validators/api').apiAppointmentCreateValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#modules/agenda/validators/api').apiAppointmentCreateValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/api/appointments_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/api/appointments_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.appointments.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/appointments/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/api/appointments_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/api/appointments_controller').default['show']>>>
    }
  }
  'api.v1.appointments.update': {
    methods: ["PATCH"]
    pattern: '/api/v1/appointments/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/agenda/validators/api').apiAppointmentUpdateValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/agenda/validators/api').apiAppointmentUpdateValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/api/appointments_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/api/appointments_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.appointments.cancel': {
    methods: ["POST"]
    pattern: '/api/v1/appointments/:id/cancel'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/agenda/controllers/api/appointments_controller').default['cancel']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/agenda/controllers/api/appointments_controller').default['cancel']>>>
    }
  }
  'consultation.room.show': {
    methods: ["GET","HEAD"]
    pattern: '/appointments/:id/room'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQueryForGet<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_controller').default['show']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'consultation.waiting.index': {
    methods: ["GET","HEAD"]
    pattern: '/waiting-room/list'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/waiting_room_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/waiting_room_controller').default['index']>>>
    }
  }
  'consultation.waiting.admit': {
    methods: ["POST"]
    pattern: '/waiting-room/:id/admit'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/waiting_room_controller').default['admit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/waiting_room_controller').default['admit']>>>
    }
  }
  'consultation.waiting.send_back': {
    methods: ["POST"]
    pattern: '/waiting-room/:id/send-back'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/waiting_room_controller').default['sendBack']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/waiting_room_controller').default['sendBack']>>>
    }
  }
  'consultation.waiting.check_in': {
    methods: ["POST"]
    pattern: '/visit/:token/check-in'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { token: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/waiting_room_controller').default['checkIn']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/waiting_room_controller').default['checkIn']>>>
    }
  }
  'room.staff.state': {
    methods: ["GET","HEAD"]
    pattern: '/appointments/:id/room/state'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_controller').default['state']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_controller').default['state']>>>
    }
  }
  'room.staff.end': {
    methods: ["POST"]
    pattern: '/appointments/:id/room/end'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_controller').default['end']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_controller').default['end']>>>
    }
  }
  'room.visit.state': {
    methods: ["GET","HEAD"]
    pattern: '/visit/:token/room/state'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { token: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_controller').default['state']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_controller').default['state']>>>
    }
  }
  'room.visit.end': {
    methods: ["POST"]
    pattern: '/visit/:token/room/end'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { token: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_controller').default['end']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_controller').default['end']>>>
    }
  }
  'room.staff.ticket': {
    methods: ["POST"]
    pattern: '/appointments/:id/room/ticket'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_controller').default['ticket']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_controller').default['ticket']>>>
    }
  }
  'room.staff.force_start': {
    methods: ["POST"]
    pattern: '/appointments/:id/room/force-start'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_controller').default['forceStart']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_controller').default['forceStart']>>>
    }
  }
  'room.visit.ticket': {
    methods: ["POST"]
    pattern: '/visit/:token/room/ticket'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { token: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_controller').default['ticket']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_controller').default['ticket']>>>
    }
  }
  'room.visit.force_start': {
    methods: ["POST"]
    pattern: '/visit/:token/room/force-start'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { token: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_controller').default['forceStart']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_controller').default['forceStart']>>>
    }
  }
  'room.staff.streams': {
    methods: ["POST"]
    pattern: '/appointments/:id/room/streams'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/consultation/validators/room').streamsValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/consultation/validators/room').streamsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_controller').default['streams']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_controller').default['streams']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'room.staff.send_back': {
    methods: ["POST"]
    pattern: '/appointments/:id/room/send-back'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/consultation/validators/room').sendBackValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/consultation/validators/room').sendBackValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_controller').default['sendBack']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_controller').default['sendBack']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'room.staff.participant_photo': {
    methods: ["GET","HEAD"]
    pattern: '/appointments/:id/room/participants/:uid/photo'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { id: ParamValue; uid: ParamValue }
      query: ExtractQueryForGet<InferInput<(typeof import('#modules/consultation/validators/room_photos').roomPhotoParamsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_photos_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_photos_controller').default['show']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'room.staff.camera': {
    methods: ["POST"]
    pattern: '/appointments/:id/room/camera'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/consultation/validators/camera_state').cameraStateValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/consultation/validators/camera_state').cameraStateValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/camera_state_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/camera_state_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'room.staff.shared_document.update': {
    methods: ["PUT"]
    pattern: '/appointments/:id/room/shared-document'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/consultation/validators/shared_document').sharedDocumentValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/consultation/validators/shared_document').sharedDocumentValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/shared_document_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/shared_document_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'room.staff.shared_document.destroy': {
    methods: ["DELETE"]
    pattern: '/appointments/:id/room/shared-document'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/shared_document_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/shared_document_controller').default['destroy']>>>
    }
  }
  'room.visit.streams': {
    methods: ["POST"]
    pattern: '/visit/:token/room/streams'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/consultation/validators/room').streamsValidator)>>
      paramsTuple: [ParamValue]
      params: { token: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/consultation/validators/room').streamsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_controller').default['streams']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_controller').default['streams']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'room.visit.send_back': {
    methods: ["POST"]
    pattern: '/visit/:token/room/send-back'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/consultation/validators/room').sendBackValidator)>>
      paramsTuple: [ParamValue]
      params: { token: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/consultation/validators/room').sendBackValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_controller').default['sendBack']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_controller').default['sendBack']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'room.visit.participant_photo': {
    methods: ["GET","HEAD"]
    pattern: '/visit/:token/room/participants/:uid/photo'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { token: ParamValue; uid: ParamValue }
      query: ExtractQueryForGet<InferInput<(typeof import('#modules/consultation/validators/room_photos').roomPhotoParamsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_photos_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_photos_controller').default['show']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'room.visit.camera': {
    methods: ["POST"]
    pattern: '/visit/:token/room/camera'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/consultation/validators/camera_state').cameraStateValidator)>>
      paramsTuple: [ParamValue]
      params: { token: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/consultation/validators/camera_state').cameraStateValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/camera_state_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/camera_state_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'room.visit.shared_document.update': {
    methods: ["PUT"]
    pattern: '/visit/:token/room/shared-document'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/consultation/validators/shared_document').sharedDocumentValidator)>>
      paramsTuple: [ParamValue]
      params: { token: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/consultation/validators/shared_document').sharedDocumentValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/shared_document_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/shared_document_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'room.visit.shared_document.destroy': {
    methods: ["DELETE"]
    pattern: '/visit/:token/room/shared-document'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { token: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/shared_document_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/shared_document_controller').default['destroy']>>>
    }
  }
  'consultation.device_test': {
    methods: ["GET","HEAD"]
    pattern: '/device-test'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/device_test_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/device_test_controller').default['show']>>>
    }
  }
  'consultation.device_test.ping': {
    methods: ["GET","HEAD"]
    pattern: '/device-test/ping'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/device_test_controller').default['ping']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/device_test_controller').default['ping']>>>
    }
  }
  'consultation.device_test.download': {
    methods: ["GET","HEAD"]
    pattern: '/device-test/download'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/device_test_controller').default['download']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/device_test_controller').default['download']>>>
    }
  }
  'consultation.device_test.upload': {
    methods: ["POST"]
    pattern: '/device-test/upload'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/device_test_controller').default['upload']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/device_test_controller').default['upload']>>>
    }
  }
  'consultation.device_test.media_ticket': {
    methods: ["POST"]
    pattern: '/device-test/media-ticket'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/device_test_controller').default['mediaTicket']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/device_test_controller').default['mediaTicket']>>>
    }
  }
  'room.staff.messages.index': {
    methods: ["GET","HEAD"]
    pattern: '/appointments/:id/room/messages'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_chat_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_chat_controller').default['index']>>>
    }
  }
  'room.staff.messages.store': {
    methods: ["POST"]
    pattern: '/appointments/:id/room/messages'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/consultation/validators/room_chat').chatMessageValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/consultation/validators/room_chat').chatMessageValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_chat_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_chat_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'room.visit.messages.index': {
    methods: ["GET","HEAD"]
    pattern: '/visit/:token/room/messages'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { token: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_chat_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_chat_controller').default['index']>>>
    }
  }
  'room.visit.messages.store': {
    methods: ["POST"]
    pattern: '/visit/:token/room/messages'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/consultation/validators/room_chat').chatMessageValidator)>>
      paramsTuple: [ParamValue]
      params: { token: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/consultation/validators/room_chat').chatMessageValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_chat_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_chat_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'room.staff.files.index': {
    methods: ["GET","HEAD"]
    pattern: '/appointments/:id/room/files'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_files_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_files_controller').default['index']>>>
    }
  }
  'room.staff.files.store': {
    methods: ["POST"]
    pattern: '/appointments/:id/room/files'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_files_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_files_controller').default['store']>>>
    }
  }
  'room.staff.files.show': {
    methods: ["GET","HEAD"]
    pattern: '/appointments/:id/room/files/:fileId'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { id: ParamValue; fileId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_files_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_files_controller').default['show']>>>
    }
  }
  'room.visit.files.index': {
    methods: ["GET","HEAD"]
    pattern: '/visit/:token/room/files'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { token: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_files_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_files_controller').default['index']>>>
    }
  }
  'room.visit.files.store': {
    methods: ["POST"]
    pattern: '/visit/:token/room/files'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { token: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_files_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_files_controller').default['store']>>>
    }
  }
  'room.visit.files.show': {
    methods: ["GET","HEAD"]
    pattern: '/visit/:token/room/files/:fileId'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { token: ParamValue; fileId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_files_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_files_controller').default['show']>>>
    }
  }
  'consultation.waiting.message': {
    methods: ["POST"]
    pattern: '/waiting-room/:id/message'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/consultation/validators/room_chat').waitingMessageValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/consultation/validators/room_chat').waitingMessageValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_chat_controller').default['toWaiting']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_chat_controller').default['toWaiting']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'consultation.walk_in.show': {
    methods: ["GET","HEAD"]
    pattern: '/walk-in'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/walk_in_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/walk_in_controller').default['show']>>>
    }
  }
  'consultation.walk_in.update': {
    methods: ["POST"]
    pattern: '/walk-in'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/consultation/validators/waiting_room_features').walkInValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#modules/consultation/validators/waiting_room_features').walkInValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/walk_in_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/walk_in_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'consultation.room.participants.store': {
    methods: ["POST"]
    pattern: '/appointments/:id/room/participants'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/common').idParamsValidator)>|InferInput<(typeof import('#modules/consultation/validators/waiting_room_features').addParticipantValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/common').idParamsValidator)>|InferInput<(typeof import('#modules/consultation/validators/waiting_room_features').addParticipantValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_participants_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_participants_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'consultation.room.groups': {
    methods: ["GET","HEAD"]
    pattern: '/appointments/:id/room/groups'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQueryForGet<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_participants_controller').default['groups']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/room_participants_controller').default['groups']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'consultation.visit.disclaimer': {
    methods: ["POST"]
    pattern: '/visit/:token/disclaimer'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { token: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/visit_disclaimer_controller').default['accept']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/visit_disclaimer_controller').default['accept']>>>
    }
  }
  'consultation.backgrounds.index': {
    methods: ["GET","HEAD"]
    pattern: '/organization/backgrounds'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/background_images_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/background_images_controller').default['index']>>>
    }
  }
  'consultation.backgrounds.image': {
    methods: ["GET","HEAD"]
    pattern: '/organization/backgrounds/:id/image'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQueryForGet<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/background_images_controller').default['image']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/background_images_controller').default['image']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'consultation.backgrounds.store': {
    methods: ["POST"]
    pattern: '/organization/backgrounds'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/consultation/validators/background_image').backgroundImageValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#modules/consultation/validators/background_image').backgroundImageValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/background_images_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/background_images_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'consultation.backgrounds.destroy': {
    methods: ["DELETE"]
    pattern: '/organization/backgrounds/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/background_images_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/background_images_controller').default['destroy']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'chat.index': {
    methods: ["GET","HEAD"]
    pattern: '/chat'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/module_home_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/module_home_controller').default['show']>>>
    }
  }
  'questionnaires.index': {
    methods: ["GET","HEAD"]
    pattern: '/questionnaires'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/module_home_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/module_home_controller').default['show']>>>
    }
  }
  'websites.index': {
    methods: ["GET","HEAD"]
    pattern: '/websites'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/module_home_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/module_home_controller').default['show']>>>
    }
  }
  'payments.index': {
    methods: ["GET","HEAD"]
    pattern: '/payments'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/module_home_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/module_home_controller').default['show']>>>
    }
  }
  'widgets.index': {
    methods: ["GET","HEAD"]
    pattern: '/widgets'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/module_home_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/module_home_controller').default['show']>>>
    }
  }
  'event_stream': {
    methods: ["GET","HEAD"]
    pattern: '/__transmit/events'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'subscribe': {
    methods: ["POST"]
    pattern: '/__transmit/subscribe'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'unsubscribe': {
    methods: ["POST"]
    pattern: '/__transmit/unsubscribe'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'organization.logo': {
    methods: ["GET","HEAD"]
    pattern: '/logo'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/images_controller').default['logo']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/images_controller').default['logo']>>>
    }
  }
  'session.create': {
    methods: ["GET","HEAD"]
    pattern: '/login'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/session_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/session_controller').default['create']>>>
    }
  }
  'session.store': {
    methods: ["POST"]
    pattern: '/login'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/auth').loginValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/auth').loginValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/session_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/session_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'password_reset.create': {
    methods: ["GET","HEAD"]
    pattern: '/forgot-password'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/password_reset_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/password_reset_controller').default['create']>>>
    }
  }
  'password_reset.store': {
    methods: ["POST"]
    pattern: '/forgot-password'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/auth').forgotPasswordValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/auth').forgotPasswordValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/password_reset_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/password_reset_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'password.show': {
    methods: ["GET","HEAD"]
    pattern: '/password/:token'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { token: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/set_password_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/set_password_controller').default['show']>>>
    }
  }
  'password.update': {
    methods: ["POST"]
    pattern: '/password/:token'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/auth').setPasswordValidator)>>
      paramsTuple: [ParamValue]
      params: { token: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/auth').setPasswordValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/set_password_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/set_password_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'dashboard': {
    methods: ["GET","HEAD"]
    pattern: '/'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/dashboard_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/dashboard_controller').default['index']>>>
    }
  }
  'session.destroy': {
    methods: ["POST"]
    pattern: '/logout'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/session_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/session_controller').default['destroy']>>>
    }
  }
  'me': {
    methods: ["GET","HEAD"]
    pattern: '/me'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/me_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/me_controller').default['show']>>>
    }
  }
  'support': {
    methods: ["GET","HEAD"]
    pattern: '/support'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/support_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/support_controller').default['show']>>>
    }
  }
  'profile.show': {
    methods: ["GET","HEAD"]
    pattern: '/profile'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/profile_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/profile_controller').default['show']>>>
    }
  }
  'profile.update': {
    methods: ["PUT"]
    pattern: '/profile'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/profile').profileValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/profile').profileValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/profile_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/profile_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'profile.password': {
    methods: ["PUT"]
    pattern: '/profile/password'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/profile').changePasswordValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/profile').changePasswordValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/profile_controller').default['updatePassword']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/profile_controller').default['updatePassword']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'profile.avatar': {
    methods: ["POST"]
    pattern: '/profile/avatar'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/profile').avatarValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/profile').avatarValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/profile_controller').default['updateAvatar']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/profile_controller').default['updateAvatar']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'profile.avatar.destroy': {
    methods: ["DELETE"]
    pattern: '/profile/avatar'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/profile_controller').default['destroyAvatar']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/profile_controller').default['destroyAvatar']>>>
    }
  }
  'users.avatar': {
    methods: ["GET","HEAD"]
    pattern: '/users/:id/avatar'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQueryForGet<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/images_controller').default['avatar']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/images_controller').default['avatar']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'departments.index': {
    methods: ["GET","HEAD"]
    pattern: '/departments'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/departments_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/departments_controller').default['index']>>>
    }
  }
  'departments.store': {
    methods: ["POST"]
    pattern: '/departments'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/department').departmentValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/department').departmentValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/departments_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/departments_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'departments.update': {
    methods: ["PUT"]
    pattern: '/departments/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/common').idParamsValidator)>|InferInput<(typeof import('#validators/department').departmentValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/common').idParamsValidator)>|InferInput<(typeof import('#validators/department').departmentValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/departments_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/departments_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'departments.destroy': {
    methods: ["DELETE"]
    pattern: '/departments/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/departments_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/departments_controller').default['destroy']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'employees.index': {
    methods: ["GET","HEAD"]
    pattern: '/employees'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#validators/employee').employeeListValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/employees_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/employees_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'employees.create': {
    methods: ["GET","HEAD"]
    pattern: '/employees/new'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/employees_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/employees_controller').default['create']>>>
    }
  }
  'employees.store': {
    methods: ["POST"]
    pattern: '/employees'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/employee').employeeValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/employee').employeeValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/employees_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/employees_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'employees.edit': {
    methods: ["GET","HEAD"]
    pattern: '/employees/:id/edit'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQueryForGet<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/employees_controller').default['edit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/employees_controller').default['edit']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'employees.update': {
    methods: ["PUT"]
    pattern: '/employees/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/common').idParamsValidator)>|InferInput<(typeof import('#validators/employee').employeeValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/common').idParamsValidator)>|InferInput<(typeof import('#validators/employee').employeeValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/employees_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/employees_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'employees.destroy': {
    methods: ["DELETE"]
    pattern: '/employees/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/employees_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/employees_controller').default['destroy']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'employees.invitation': {
    methods: ["POST"]
    pattern: '/employees/:id/invitation'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/employees_controller').default['resendInvitation']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/employees_controller').default['resendInvitation']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'groups.index': {
    methods: ["GET","HEAD"]
    pattern: '/groups'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/groups_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/groups_controller').default['index']>>>
    }
  }
  'groups.store': {
    methods: ["POST"]
    pattern: '/groups'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/group').groupValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/group').groupValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/groups_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/groups_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'groups.update': {
    methods: ["PUT"]
    pattern: '/groups/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/common').idParamsValidator)>|InferInput<(typeof import('#validators/group').groupValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/common').idParamsValidator)>|InferInput<(typeof import('#validators/group').groupValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/groups_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/groups_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'groups.destroy': {
    methods: ["DELETE"]
    pattern: '/groups/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/common').idParamsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/groups_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/groups_controller').default['destroy']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'organization.settings': {
    methods: ["GET","HEAD"]
    pattern: '/organization/settings'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/organization_settings_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/organization_settings_controller').default['show']>>>
    }
  }
  'organization.update': {
    methods: ["PUT"]
    pattern: '/organization/settings'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/organization').organizationDetailsValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/organization').organizationDetailsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/organization_settings_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/organization_settings_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'organization.logo.update': {
    methods: ["POST"]
    pattern: '/organization/logo'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/organization').logoValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/organization').logoValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/organization_settings_controller').default['updateLogo']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/organization_settings_controller').default['updateLogo']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'organization.logo.destroy': {
    methods: ["DELETE"]
    pattern: '/organization/logo'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/organization_settings_controller').default['destroyLogo']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/organization_settings_controller').default['destroyLogo']>>>
    }
  }
  'organization.api_key.rotate': {
    methods: ["POST"]
    pattern: '/organization/api-key'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/organization_settings_controller').default['rotateApiKey']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/organization_settings_controller').default['rotateApiKey']>>>
    }
  }
  'organization.api_key.revoke': {
    methods: ["DELETE"]
    pattern: '/organization/api-key'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/organization_settings_controller').default['revokeApiKey']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/organization_settings_controller').default['revokeApiKey']>>>
    }
  }
  'organization.advanced': {
    methods: ["GET","HEAD"]
    pattern: '/organization/advanced'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/advanced_settings_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/advanced_settings_controller').default['show']>>>
    }
  }
  'organization.advanced.update': {
    methods: ["PUT"]
    pattern: '/organization/advanced'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/organization').advancedSettingsValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/organization').advancedSettingsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/advanced_settings_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/advanced_settings_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'organization.modules': {
    methods: ["GET","HEAD"]
    pattern: '/organization/modules'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/modules_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/modules_controller').default['index']>>>
    }
  }
  'organization.modules.update': {
    methods: ["PUT"]
    pattern: '/organization/modules/:key'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/organization').moduleToggleValidator)>>
      paramsTuple: [ParamValue]
      params: { key: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/organization').moduleToggleValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/modules_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/modules_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'organization.audit_log': {
    methods: ["GET","HEAD"]
    pattern: '/organization/audit-log'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/audit_log_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/audit_log_controller').default['index']>>>
    }
  }
  'platform.consultation.device_test': {
    methods: ["GET","HEAD"]
    pattern: '/device-test'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/device_test_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/device_test_controller').default['show']>>>
    }
  }
  'platform.consultation.device_test.ping': {
    methods: ["GET","HEAD"]
    pattern: '/device-test/ping'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/device_test_controller').default['ping']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/device_test_controller').default['ping']>>>
    }
  }
  'platform.consultation.device_test.download': {
    methods: ["GET","HEAD"]
    pattern: '/device-test/download'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/device_test_controller').default['download']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/device_test_controller').default['download']>>>
    }
  }
  'platform.consultation.device_test.upload': {
    methods: ["POST"]
    pattern: '/device-test/upload'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/consultation/controllers/device_test_controller').default['upload']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/consultation/controllers/device_test_controller').default['upload']>>>
    }
  }
  'platform.home': {
    methods: ["GET","HEAD"]
    pattern: '/'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/platform_controller').default['home']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/platform_controller').default['home']>>>
    }
  }
  'platform.find': {
    methods: ["POST"]
    pattern: '/find-organization'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/platform_controller').default['findOrganization']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/platform_controller').default['findOrganization']>>>
    }
  }
  'health': {
    methods: ["GET","HEAD"]
    pattern: '/health'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'platform.session.create': {
    methods: ["GET","HEAD"]
    pattern: '/login'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/session_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/session_controller').default['create']>>>
    }
  }
  'platform.session.store': {
    methods: ["POST"]
    pattern: '/login'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/auth').loginValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/auth').loginValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/session_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/session_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'platform.session.destroy': {
    methods: ["POST"]
    pattern: '/logout'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/session_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/session_controller').default['destroy']>>>
    }
  }
  'dev.outbox': {
    methods: ["GET","HEAD"]
    pattern: '/_dev/outbox'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/dev_outbox_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/dev_outbox_controller').default['index']>>>
    }
  }
}
