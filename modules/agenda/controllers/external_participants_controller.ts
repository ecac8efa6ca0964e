import type { HttpContext } from '@adonisjs/core/http'
import Group from '#models/group'
import { idParamsValidator } from '#validators/common'
import { SUPPORTED_LOCALES } from '#core/i18n/locales'
import type ExternalParticipant from '#modules/agenda/models/external_participant'
import { personMeta, pickerEntry } from '#modules/agenda/services/client_service'
import ExternalParticipantService from '#modules/agenda/services/external_participant_service'
import ExternalParticipantTransformer from '#modules/agenda/transformers/external_participant_transformer'
import { duplicateCheckValidator, personMessages, personSearchValidator } from '#modules/agenda/validators/client'
import {
  externalParticipantListValidator,
  externalParticipantValidator,
} from '#modules/agenda/validators/external_participant'

/**
 * External participants (family, home care, interpreters): every employee
 * lists and picks them; the routes that change them are for admins.
 */
export default class ExternalParticipantsController {
  async index(ctx: HttpContext) {
    const filters = await ctx.request.validateUsing(externalParticipantListValidator, { data: ctx.request.qs() })
    const page = await new ExternalParticipantService(ctx).list(filters)
    const groups = await Group.query().orderBy('name')
    return ctx.inertia.render('agenda/external_participants/index', {
      participants: ExternalParticipantTransformer.transform(page.all()),
      meta: { currentPage: page.currentPage, lastPage: page.lastPage, total: page.total },
      filters: {
        search: filters.search ?? '',
        group: filters.group ? String(filters.group) : '',
      },
      groups: groups.map((group) => ({ id: group.id, name: group.name })),
      can: { manage: ctx.auth.getUserOrFail().role !== 'handler' },
    })
  }

  /** JSON for the appointment form's picker: at most 20, optionally of one group */
  async search(ctx: HttpContext) {
    const { q, groupId } = await ctx.request.validateUsing(personSearchValidator, { data: ctx.request.qs() })
    return ctx.response.json(await new ExternalParticipantService(ctx).search(q, groupId))
  }

  async duplicates(ctx: HttpContext) {
    const payload = await ctx.request.validateUsing(duplicateCheckValidator, {
      meta: personMeta(ctx),
      messagesProvider: personMessages(ctx.i18n),
    })
    const matches = await new ExternalParticipantService(ctx).duplicates(payload, payload.exceptId)
    return ctx.response.json({
      duplicates: matches.map(({ person, reasons }) => ({ ...pickerEntry(person), reasons })),
    })
  }

  async create({ inertia }: HttpContext) {
    return inertia.render('agenda/external_participants/form', await this.formProps(null))
  }

  async store(ctx: HttpContext) {
    const payload = await ctx.request.validateUsing(externalParticipantValidator, {
      meta: personMeta(ctx),
      messagesProvider: personMessages(ctx.i18n),
    })
    const participant = await new ExternalParticipantService(ctx).create(payload)
    ctx.session.flash('success', ctx.i18n.t('clients.external.created', { name: participant.displayName }))
    return ctx.response.redirect('/external-participants')
  }

  async edit(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(idParamsValidator)
    const service = new ExternalParticipantService(ctx)
    const participant = await service.find(params.id)
    await participant.load('groups', (groups) => groups.orderBy('name'))
    return ctx.inertia.render('agenda/external_participants/form', {
      ...(await this.formProps(participant)),
      upcomingAppointments: await service.upcomingAppointmentCount(participant),
    })
  }

  async update(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(idParamsValidator)
    const service = new ExternalParticipantService(ctx)
    const participant = await service.find(params.id)
    const payload = await ctx.request.validateUsing(externalParticipantValidator, {
      meta: personMeta(ctx),
      messagesProvider: personMessages(ctx.i18n),
    })
    await service.update(participant, payload)
    ctx.session.flash('success', ctx.i18n.t('clients.external.updated', { name: participant.displayName }))
    return ctx.response.redirect('/external-participants')
  }

  async destroy(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(idParamsValidator)
    const service = new ExternalParticipantService(ctx)
    const participant = await service.find(params.id)
    await service.delete(participant)
    ctx.session.flash('success', ctx.i18n.t('clients.external.deleted', { name: participant.displayName }))
    return ctx.response.redirect('/external-participants')
  }

  private async formProps(participant: ExternalParticipant | null) {
    const groups = await Group.query().orderBy('name')
    return {
      participant: participant ? ExternalParticipantTransformer.transform(participant) : null,
      upcomingAppointments: 0,
      groups: groups.map((group) => ({ id: group.id, name: group.name })),
      locales: [...SUPPORTED_LOCALES],
    }
  }
}
