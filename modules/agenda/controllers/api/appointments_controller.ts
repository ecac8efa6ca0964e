import type { HttpContext } from '@adonisjs/core/http'
import { errors as vineErrors } from '@vinejs/vine'
import { idParamsValidator } from '#validators/common'
import BusinessRuleException from '#exceptions/business_rule_exception'
import NotFoundException from '#exceptions/not_found_exception'
import AgendaScope from '#modules/agenda/services/agenda_scope'
import AppointmentService from '#modules/agenda/services/appointment_service'
import { dbTime, localDayBounds, toLocal } from '#modules/agenda/services/local_time'
import { apiAppointment, apiPage, loadForApi } from '#modules/agenda/services/api/representations'
import {
  API_DEFAULT_PER_PAGE,
  IDEMPOTENCY_KEY,
  apiAppointmentCreateValidator,
  apiAppointmentListValidator,
  apiAppointmentUpdateValidator,
  apiBodyOptions,
  apiQueryOptions,
  localStartOf,
} from '#modules/agenda/validators/api'
import type Appointment from '#modules/agenda/models/appointment'

/** The header that makes POST /appointments safe to repeat */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key'

/*
 * The API's keys live next to the web form's one-time keys in
 * appointments.submission_key (unique per organization): a prefix keeps the
 * two apart.
 */
const submissionKeyOf = (key: string) => `api:${key}`

function context(ctx: HttpContext) {
  const organization = ctx.organization!
  const scope = AgendaScope.forOrganization(organization)
  return { organization, scope, service: new AppointmentService(ctx, organization, scope) }
}

/** A validated start: the validator has already refused instants that cannot be planned */
function localStart(startsAt: string, zone: string) {
  const local = localStartOf(startsAt, zone)
  if ('error' in local) throw new Error(`startsAt passed validation but cannot be planned: ${local.error}`)
  return local
}

/**
 * Without strictly segregated departments every appointment has a handler
 * (PRODUCT.md 1.8): the web form always sends one, the API must too.
 */
function requireHandler(scope: AgendaScope, handlerId: number | undefined) {
  if (handlerId === undefined && !scope.strictDepartments) {
    throw new BusinessRuleException('appointments.errors.handler_required', 'handlerId')
  }
}

function idempotencyKey(ctx: HttpContext): string | undefined {
  const key = ctx.request.header(IDEMPOTENCY_HEADER)
  if (key === undefined) return undefined
  if (!IDEMPOTENCY_KEY.test(key)) {
    throw new vineErrors.E_VALIDATION_ERROR([
      { field: IDEMPOTENCY_HEADER, rule: 'idempotencyKey', message: ctx.i18n.t('api.validation.idempotencyKey') },
    ])
  }
  return key
}

/** REST API v1: appointments */
export default class ApiAppointmentsController {
  async index(ctx: HttpContext) {
    const filters = await ctx.request.validateUsing(apiAppointmentListValidator, apiQueryOptions(ctx))
    const { organization, scope } = context(ctx)
    const zone = organization.timezone
    const page = await scope
      .appointments()
      .if(filters.from, (q) => q.where('appointments.starts_at', '>=', dbTime(localDayBounds(filters.from!, zone).start)))
      .if(filters.to, (q) => q.where('appointments.starts_at', '<', dbTime(localDayBounds(filters.to!, zone).end)))
      .if(filters.status, (q) => q.where('appointments.status', filters.status!))
      .if(filters.handlerId, (q) => q.where('appointments.handler_id', filters.handlerId!))
      .if(filters.departmentId, (q) => q.where('appointments.department_id', filters.departmentId!))
      .if(filters.clientId, (q) =>
        q.whereHas('participants', (participants) => participants.where('client_id', filters.clientId!))
      )
      .preload('handler')
      .preload('department')
      .preload('participants', (participants) =>
        participants.preload('client').preload('externalParticipant').orderBy('id')
      )
      .orderBy('appointments.starts_at')
      .orderBy('appointments.id')
      .paginate(filters.page ?? 1, filters.perPage ?? API_DEFAULT_PER_PAGE)
    return apiPage(page, (appointment) => apiAppointment(appointment, organization))
  }

  async show(ctx: HttpContext) {
    const { organization, appointment } = await this.visible(ctx)
    return apiAppointment(await loadForApi(appointment), organization)
  }

  /**
   * Plans an appointment. With an Idempotency-Key header, repeating the
   * request (a timeout, a retry) returns the appointment the first one made
   * (200, Idempotent-Replayed: true) instead of planning a second one.
   */
  async store(ctx: HttpContext) {
    const key = idempotencyKey(ctx)
    const input = await ctx.request.validateUsing(apiAppointmentCreateValidator, apiBodyOptions(ctx))
    const { organization, scope, service } = context(ctx)
    const submissionKey = key ? submissionKeyOf(key) : undefined

    if (submissionKey) {
      const earlier = await scope.appointments().where('appointments.submission_key', submissionKey).first()
      if (earlier) {
        ctx.response.header('Idempotent-Replayed', 'true')
        return apiAppointment(await loadForApi(earlier), organization)
      }
    }

    requireHandler(scope, input.handlerId)
    const { startsAt, ...rest } = input
    const appointment = await service.create({ ...rest, ...localStart(startsAt, organization.timezone), submissionKey })
    ctx.response.status(201).header('Location', `/api/v1/appointments/${appointment.id}`)
    return apiAppointment(await loadForApi(appointment), organization)
  }

  /**
   * Reschedules or changes an appointment: only the members sent change.
   * Invitee lists replace the current ones of their kind.
   */
  async update(ctx: HttpContext) {
    const { organization, scope, service, appointment } = await this.visible(ctx)
    const changes = await ctx.request.validateUsing(apiAppointmentUpdateValidator, apiBodyOptions(ctx))
    await loadForApi(appointment)
    const zone = organization.timezone
    const current = toLocal(appointment.startsAt, zone)
    const participants = appointment.participants

    const handlerId = changes.handlerId === undefined ? appointment.handlerId : changes.handlerId
    /* a new handler brings their own department unless one is named */
    const departmentId =
      changes.departmentId !== undefined
        ? changes.departmentId
        : changes.handlerId !== undefined && changes.handlerId !== null
          ? null
          : appointment.departmentId
    requireHandler(scope, handlerId ?? undefined)

    const personalMessage = changes.personalMessage === undefined ? appointment.personalMessage : changes.personalMessage
    await service.update(appointment, {
      ...(changes.startsAt
        ? localStart(changes.startsAt, zone)
        : { date: current.toISODate()!, time: current.toFormat('HH:mm') }),
      durationMinutes: changes.durationMinutes ?? appointment.durationMinutes,
      handlerId: handlerId ?? undefined,
      departmentId: departmentId ?? undefined,
      personalMessage: personalMessage ?? undefined,
      clientIds:
        changes.clientIds ??
        participants.filter((p) => p.role === 'client' && p.clientId !== null).map((p) => p.clientId!),
      newClient: changes.newClient,
      externalParticipantIds:
        changes.externalParticipantIds ??
        participants
          .filter((p) => p.role === 'external' && p.groupId === null && p.externalParticipantId !== null)
          .map((p) => p.externalParticipantId!),
      groupIds:
        changes.groupIds ?? [...new Set(participants.map((p) => p.groupId).filter((id): id is number => id !== null))],
    })
    return apiAppointment(await loadForApi(appointment), organization)
  }

  /** Cancels (idempotent): every invitee is told, the links then say so */
  async cancel(ctx: HttpContext) {
    const { organization, service, appointment } = await this.visible(ctx)
    await service.cancel(appointment)
    return apiAppointment(await loadForApi(appointment), organization)
  }

  /** An appointment of this organization, else 404 */
  private async visible(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(idParamsValidator)
    const found = context(ctx)
    const appointment: Appointment | null = await found.scope.findAppointment(params.id)
    if (!appointment) throw new NotFoundException('Appointment not found')
    return { ...found, appointment }
  }
}
