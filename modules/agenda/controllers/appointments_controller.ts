import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import User from '#models/user'
import Department from '#models/department'
import Group from '#models/group'
import NotFoundException from '#exceptions/not_found_exception'
import ForbiddenException from '#exceptions/forbidden_exception'
import { idParamsValidator } from '#validators/common'
import AgendaScope from '#modules/agenda/services/agenda_scope'
import AppointmentService from '#modules/agenda/services/appointment_service'
import AppointmentAgenda from '#modules/agenda/services/appointment_agenda'
import { localToday, toLocal } from '#modules/agenda/services/local_time'
import { participantLink, presentAppointment } from '#modules/agenda/presenters/appointment_presenter'
import {
  appointmentFiltersValidator,
  appointmentValidator,
  quickConsultationValidator,
} from '#modules/agenda/validators/appointment'
import vine from '@vinejs/vine'

const prefillValidator = vine.create({
  clientId: vine.number().positive().withoutDecimals().optional(),
  date: vine.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  time: vine.string().regex(/^\d{2}:\d{2}$/).optional(),
  handlerId: vine.number().positive().withoutDecimals().optional(),
})

/** The agenda: appointment list, today, plan / change / cancel, quick consultation */
export default class AppointmentsController {
  async index(ctx: HttpContext) {
    const scope = await this.scope(ctx)
    const filters = await ctx.request.validateUsing(appointmentFiltersValidator, { data: ctx.request.qs() })
    const page = await new AppointmentAgenda(scope).list(filters)
    const zone = ctx.organization!.timezone
    return ctx.inertia.render('agenda/appointments/index', {
      appointments: page.all().map((appointment) => presentAppointment(appointment, zone)),
      meta: { currentPage: page.currentPage, lastPage: page.lastPage, total: page.total },
      filters: {
        departmentId: filters.departmentId ? String(filters.departmentId) : '',
        handlerId: filters.handlerId ? String(filters.handlerId) : '',
        from: filters.from ?? '',
        to: filters.to ?? '',
        status: filters.status ?? 'scheduled',
      },
      ...(await this.choices(scope)),
    })
  }

  async today(ctx: HttpContext) {
    const scope = await this.scope(ctx)
    const zone = ctx.organization!.timezone
    const appointments = await new AppointmentAgenda(scope).day(localToday(zone))
    return ctx.inertia.render('agenda/appointments/today', {
      date: localToday(zone),
      appointments: appointments.map((appointment) => ({
        ...presentAppointment(appointment, zone),
        canEnter: appointment.status === 'scheduled' && scope.canChange(appointment),
      })),
      doorbell: ctx.organization!.advancedSettings.doorbell_sound === true,
    })
  }

  async create(ctx: HttpContext) {
    const scope = await this.scope(ctx)
    const prefill = await ctx.request.validateUsing(prefillValidator, { data: ctx.request.qs() })
    const client = prefill.clientId ? await scope.findClient(prefill.clientId) : null
    const zone = ctx.organization!.timezone
    const nextHour = DateTime.utc().setZone(zone).plus({ hours: 1 }).startOf('hour')
    return ctx.inertia.render('agenda/appointments/form', {
      appointment: null,
      initial: {
        handlerId: prefill.handlerId ?? (scope.role === 'handler' ? scope.user!.id : null),
        departmentId: null,
        date: prefill.date ?? nextHour.toISODate()!,
        time: prefill.time ?? nextHour.toFormat('HH:mm'),
        durationMinutes: 20,
        personalMessage: '',
        clients: client ? [{ id: client.id, displayName: client.displayName, email: client.email }] : [],
        externalParticipants: [],
        groupIds: [],
      },
      ...(await this.choices(scope)),
    })
  }

  async store(ctx: HttpContext) {
    const scope = await this.scope(ctx)
    const payload = await ctx.request.validateUsing(appointmentValidator)
    const appointment = await new AppointmentService(ctx, ctx.organization!, scope).create(payload)
    ctx.session.flash('success', ctx.i18n.t('appointments.created'))
    return ctx.response.redirect(`/appointments/${appointment.id}`)
  }

  async show(ctx: HttpContext) {
    const { scope, appointment } = await this.visible(ctx)
    await appointment.load((loader) =>
      loader.load('handler').load('department').load('participants', (participants) =>
        participants.preload('client').preload('externalParticipant').preload('group').orderBy('id')
      )
    )
    const slug = ctx.organization!.slug
    return ctx.inertia.render('agenda/appointments/show', {
      appointment: presentAppointment(appointment, ctx.organization!.timezone),
      /* only on this page: it may hold health information, lists never show it */
      personalMessage: appointment.personalMessage,
      links: Object.fromEntries(appointment.participants.map((p) => [p.id, participantLink(p, slug)])),
      can: { change: scope.canChange(appointment) && appointment.status === 'scheduled' && !appointment.anonymizedAt },
    })
  }

  async edit(ctx: HttpContext) {
    const { scope, appointment } = await this.changeable(ctx)
    await appointment.load('participants', (participants) => participants.preload('client').preload('externalParticipant'))
    const local = toLocal(appointment.startsAt, ctx.organization!.timezone)
    const person = (p: (typeof appointment.participants)[number]) => p.person
    return ctx.inertia.render('agenda/appointments/form', {
      appointment: { id: appointment.id },
      initial: {
        handlerId: appointment.handlerId,
        departmentId: appointment.departmentId,
        date: local.toISODate()!,
        time: local.toFormat('HH:mm'),
        durationMinutes: appointment.durationMinutes,
        personalMessage: appointment.personalMessage ?? '',
        clients: appointment.participants
          .filter((p) => p.role === 'client' && person(p))
          .map((p) => ({ id: person(p)!.id, displayName: person(p)!.displayName, email: person(p)!.email })),
        externalParticipants: appointment.participants
          .filter((p) => p.role === 'external' && p.groupId === null && person(p))
          .map((p) => ({ id: person(p)!.id, displayName: person(p)!.displayName, email: person(p)!.email })),
        groupIds: [...new Set(appointment.participants.map((p) => p.groupId).filter((id): id is number => id !== null))],
      },
      ...(await this.choices(scope)),
    })
  }

  async update(ctx: HttpContext) {
    const { scope, appointment } = await this.changeable(ctx)
    const payload = await ctx.request.validateUsing(appointmentValidator)
    await new AppointmentService(ctx, ctx.organization!, scope).update(appointment, payload)
    ctx.session.flash('success', ctx.i18n.t('appointments.updated'))
    return ctx.response.redirect(`/appointments/${appointment.id}`)
  }

  async cancel(ctx: HttpContext) {
    const { scope, appointment } = await this.changeable(ctx)
    await new AppointmentService(ctx, ctx.organization!, scope).cancel(appointment)
    ctx.session.flash('success', ctx.i18n.t('appointments.cancelled'))
    return ctx.response.redirect(`/appointments/${appointment.id}`)
  }

  async quick(ctx: HttpContext) {
    const scope = await this.scope(ctx)
    const prefill = await ctx.request.validateUsing(prefillValidator, { data: ctx.request.qs() })
    const client = prefill.clientId ? await scope.findClient(prefill.clientId) : null
    return ctx.inertia.render('agenda/appointments/quick', {
      initial: {
        handlerId: scope.user!.id,
        durationMinutes: 20,
        clients: client ? [{ id: client.id, displayName: client.displayName, email: client.email }] : [],
      },
      ...(await this.choices(scope)),
    })
  }

  async startQuick(ctx: HttpContext) {
    const scope = await this.scope(ctx)
    const payload = await ctx.request.validateUsing(quickConsultationValidator)
    const appointment = await new AppointmentService(ctx, ctx.organization!, scope).startQuick({
      ...payload,
      handlerId: payload.handlerId ?? scope.user!.id,
    })
    ctx.session.flash('success', ctx.i18n.t('appointments.quick_started'))
    return ctx.response.redirect(`/appointments/${appointment.id}`)
  }

  private async scope(ctx: HttpContext) {
    return AgendaScope.of(ctx.auth.getUserOrFail(), ctx.organization!)
  }

  private async visible(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(idParamsValidator)
    const scope = await this.scope(ctx)
    const appointment = await scope.findAppointment(params.id)
    if (!appointment) throw new NotFoundException('Appointment not found')
    return { scope, appointment }
  }

  private async changeable(ctx: HttpContext) {
    const found = await this.visible(ctx)
    if (!found.scope.canChange(found.appointment)) throw new ForbiddenException('Not your appointment')
    return found
  }

  /** Handlers, departments and groups the user may choose from */
  private async choices(scope: AgendaScope) {
    const handlers = await User.query()
      .where('is_active', true)
      .if(scope.role === 'handler', (query) => query.where('id', scope.user!.id))
      .if(scope.role === 'dept_admin' && scope.strictDepartments, (query) =>
        query.whereHas('departments', (departments) => departments.whereIn('departments.id', scope.departmentIds))
      )
      .preload('departments')
      .orderBy('full_name')
    const departments = await Department.query()
      .if(!scope.isOrgAdmin && scope.strictDepartments, (query) => query.whereIn('id', scope.departmentIds))
      .orderBy('name')
    const groups = await Group.query().orderBy('name')
    return {
      handlers: handlers.map((handler) => ({
        id: handler.id,
        name: handler.fullName,
        departmentIds: handler.departments.map((department) => department.id),
      })),
      departments: departments.map((department) => ({ id: department.id, name: department.name, color: department.color })),
      groups: groups.map((group) => ({ id: group.id, name: group.name })),
      strictDepartments: scope.strictDepartments,
    }
  }
}
