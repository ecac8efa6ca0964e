import type { HttpContext } from '@adonisjs/core/http'
import { idParamsValidator } from '#validators/common'
import { SUPPORTED_LOCALES } from '#core/i18n/locales'
import type Client from '#modules/agenda/models/client'
import ClientService, { personMeta, pickerEntry } from '#modules/agenda/services/client_service'
import ClientTransformer from '#modules/agenda/transformers/client_transformer'
import {
  clientListValidator,
  clientValidator,
  duplicateCheckValidator,
  personMessages,
  personSearchValidator,
} from '#modules/agenda/validators/client'

/**
 * Clients (patients): every employee works with the clients their
 * AgendaScope lets them see; anything else answers 404.
 */
export default class ClientsController {
  async index(ctx: HttpContext) {
    const filters = await ctx.request.validateUsing(clientListValidator, { data: ctx.request.qs() })
    const service = await ClientService.forRequest(ctx)
    const page = await service.list(filters)
    const departments = await service.departmentOptions()
    return ctx.inertia.render('agenda/clients/index', {
      clients: ClientTransformer.transform(page.all()),
      meta: { currentPage: page.currentPage, lastPage: page.lastPage, total: page.total },
      filters: {
        search: filters.search ?? '',
        department: filters.department ? String(filters.department) : '',
      },
      departments: departments.map((d) => ({ id: d.id, name: d.name, color: d.color })),
    })
  }

  /** JSON for the appointment form's picker: at most 20 visible clients */
  async search(ctx: HttpContext) {
    const { q } = await ctx.request.validateUsing(personSearchValidator, { data: ctx.request.qs() })
    const service = await ClientService.forRequest(ctx)
    return ctx.response.json(await service.search(q))
  }

  /** JSON: visible clients that may be the same person as the one being entered */
  async duplicates(ctx: HttpContext) {
    const payload = await ctx.request.validateUsing(duplicateCheckValidator, {
      meta: personMeta(ctx),
      messagesProvider: personMessages(ctx.i18n),
    })
    const service = await ClientService.forRequest(ctx)
    const matches = await service.duplicates(payload, payload.exceptId)
    return ctx.response.json({
      duplicates: matches.map(({ person, reasons }) => ({ ...pickerEntry(person), reasons })),
    })
  }

  async create(ctx: HttpContext) {
    const service = await ClientService.forRequest(ctx)
    return ctx.inertia.render('agenda/clients/form', await this.formProps(service, null))
  }

  async store(ctx: HttpContext) {
    const payload = await ctx.request.validateUsing(clientValidator, {
      meta: personMeta(ctx),
      messagesProvider: personMessages(ctx.i18n),
    })
    const service = await ClientService.forRequest(ctx)
    const client = await service.create(payload)
    ctx.session.flash('success', ctx.i18n.t('clients.created', { name: client.displayName }))
    return ctx.response.redirect(`/clients/${client.id}/edit`)
  }

  /** The client's record: opening it is written to the audit log */
  async edit(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(idParamsValidator)
    const service = await ClientService.forRequest(ctx)
    const client = await service.findVisible(params.id)
    await service.recordView(client)
    return ctx.inertia.render('agenda/clients/form', await this.formProps(service, client))
  }

  async update(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(idParamsValidator)
    const service = await ClientService.forRequest(ctx)
    const client = await service.findVisible(params.id)
    const payload = await ctx.request.validateUsing(clientValidator, {
      meta: personMeta(ctx),
      messagesProvider: personMessages(ctx.i18n),
    })
    await service.update(client, payload)
    ctx.session.flash('success', ctx.i18n.t('clients.updated', { name: client.displayName }))
    return ctx.response.redirect('/clients')
  }

  async destroy(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(idParamsValidator)
    const service = await ClientService.forRequest(ctx)
    const client = await service.findVisible(params.id)
    await service.delete(client)
    ctx.session.flash('success', ctx.i18n.t('clients.deleted', { name: client.displayName }))
    return ctx.response.redirect('/clients')
  }

  private async formProps(service: ClientService, client: Client | null) {
    if (client) {
      await client.load('department')
      await client.load('handlers', (handlers) => handlers.orderBy('full_name'))
    }
    const [departments, handlers] = await Promise.all([service.departmentOptions(), service.handlerOptions()])
    const ownDepartments = departments.filter((d) => service.scope.departmentIds.includes(d.id))
    return {
      client: client ? ClientTransformer.transform(client) : null,
      upcomingAppointments: client ? await service.upcomingAppointmentCount(client) : 0,
      departments: departments.map((d) => ({ id: d.id, name: d.name, color: d.color })),
      /* a new client of someone in exactly one department belongs there unless they choose otherwise */
      defaultDepartmentId: ownDepartments.length === 1 ? ownDepartments[0].id : null,
      handlers: handlers.map((user) => ({ id: user.id, fullName: user.fullName })),
      locales: [...SUPPORTED_LOCALES],
      rules: {
        departmentRequired: service.scope.strictDepartments,
        strictClients: service.scope.strictClients,
        canAssignHandlers: service.canAssignHandlers,
      },
    }
  }
}
