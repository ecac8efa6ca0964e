import type { HttpContext } from '@adonisjs/core/http'
import { idParamsValidator } from '#validators/common'
import { isSupportedLocale } from '#core/i18n/locales'
import AgendaScope from '#modules/agenda/services/agenda_scope'
import ClientService, { applySearch } from '#modules/agenda/services/client_service'
import { apiClient, apiPage } from '#modules/agenda/services/api/representations'
import {
  API_DEFAULT_PER_PAGE,
  apiBodyOptions,
  apiQueryOptions,
  apiClientCreateValidator,
  apiClientListValidator,
  apiClientUpdateValidator,
} from '#modules/agenda/validators/api'
import type Client from '#modules/agenda/models/client'

/** Handles its clients as the organization does (no user: the key stands for the organization) */
function service(ctx: HttpContext) {
  return new ClientService(ctx, AgendaScope.forOrganization(ctx.organization!))
}

async function withHandlers(client: Client) {
  await client.load('handlers')
  return apiClient(client)
}

/** REST API v1: clients (patients) */
export default class ApiClientsController {
  async index(ctx: HttpContext) {
    const filters = await ctx.request.validateUsing(apiClientListValidator, apiQueryOptions(ctx))
    const query = service(ctx)
      .scope.clients()
      .preload('handlers')
      .if(filters.clientNumber, (q) => q.where('clients.client_number', filters.clientNumber!))
    const page = await applySearch(query, 'clients', filters.search)
      .orderBy('clients.last_name')
      .orderBy('clients.initials')
      .orderBy('clients.id')
      .paginate(filters.page ?? 1, filters.perPage ?? API_DEFAULT_PER_PAGE)
    return apiPage(page, apiClient)
  }

  async show(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(idParamsValidator)
    const client = await service(ctx).findVisible(params.id)
    return withHandlers(client)
  }

  async store(ctx: HttpContext) {
    const input = await ctx.request.validateUsing(apiClientCreateValidator, apiBodyOptions(ctx))
    const client = await service(ctx).create(input)
    ctx.response.status(201).header('Location', `/api/v1/clients/${client.id}`)
    return withHandlers(client)
  }

  /** Only the members sent change; the others keep their value */
  async update(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(idParamsValidator)
    const clients = service(ctx)
    const client = await clients.findVisible(params.id)
    const changes = await ctx.request.validateUsing(apiClientUpdateValidator, apiBodyOptions(ctx))
    await client.load('handlers')
    const updated = await clients.update(client, {
      initials: changes.initials ?? client.initials,
      lastName: changes.lastName ?? client.lastName,
      dateOfBirth: changes.dateOfBirth ?? client.dateOfBirth,
      email: changes.email ?? client.email,
      clientNumber: changes.clientNumber === undefined ? client.clientNumber : changes.clientNumber,
      phone: changes.phone === undefined ? client.phone : changes.phone,
      locale: changes.locale === undefined ? (isSupportedLocale(client.locale) ? client.locale : null) : changes.locale,
      departmentId: changes.departmentId === undefined ? client.departmentId : changes.departmentId,
      handlerIds: changes.handlerIds ?? client.handlers.map((handler) => handler.id),
      confirmDuplicates: changes.confirmDuplicates,
    })
    return withHandlers(updated)
  }

  async destroy(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(idParamsValidator)
    const clients = service(ctx)
    await clients.delete(await clients.findVisible(params.id))
    return ctx.response.noContent()
  }
}
