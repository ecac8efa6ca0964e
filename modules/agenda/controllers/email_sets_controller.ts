import type { HttpContext } from '@adonisjs/core/http'
import i18nManager from '@adonisjs/i18n/services/main'
import { SUPPORTED_LOCALES } from '#core/i18n/locales'
import Department from '#models/department'
import { idParamsValidator } from '#validators/common'
import EmailSet from '#modules/agenda/models/email_set'
import { EMAIL_KINDS } from '#modules/agenda/types'
import EmailSetService from '#modules/agenda/services/email_set_service'
import { DEFAULT_EMAIL_TEMPLATES } from '#modules/agenda/services/default_email_templates'
import { TEMPLATE_CODES } from '#modules/agenda/services/template_renderer'
import { emailPreviewValidator, emailSetListValidator, emailSetValidator } from '#modules/agenda/validators/email_set'

/**
 * E-mail sets (org admins only, see the routes): the organization's own
 * subject and body of each appointment e-mail, per language, and the
 * departments each set applies to.
 */
export default class EmailSetsController {
  async index({ inertia, request }: HttpContext) {
    const filters = await request.validateUsing(emailSetListValidator, { data: request.qs() })
    const sets = await EmailSetService.list(filters)
    const departments = await Department.query().orderBy('name')
    const total = await EmailSet.query().count('* as total').first()
    return inertia.render('agenda/email_sets/index', {
      sets,
      filters: {
        search: filters.search ?? '',
        department: filters.department ? String(filters.department) : '',
        locale: filters.locale ?? '',
      },
      departments: departments.map((department) => ({ id: department.id, name: department.name, color: department.color })),
      locales: [...SUPPORTED_LOCALES],
      total: Number(total?.$extras.total ?? 0),
    })
  }

  async create({ inertia }: HttpContext) {
    const hasDefault = await EmailSet.query().where('is_default', true).first()
    return inertia.render('agenda/email_sets/form', { ...(await this.formProps()), set: null, suggestDefault: !hasDefault })
  }

  async store(ctx: HttpContext) {
    const payload = await ctx.request.validateUsing(emailSetValidator)
    const { set, moved } = await new EmailSetService(ctx).create(this.input(payload))
    this.flashSaved(ctx, 'created', set.name, moved)
    return ctx.response.redirect(`/email-sets/${set.id}/edit`)
  }

  async edit({ inertia, request }: HttpContext) {
    const { params } = await request.validateUsing(idParamsValidator)
    const set = await EmailSetService.details(params.id)
    return inertia.render('agenda/email_sets/form', { ...(await this.formProps()), set, suggestDefault: false })
  }

  async update(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(idParamsValidator)
    const set = await EmailSet.findOrFail(params.id)
    const payload = await ctx.request.validateUsing(emailSetValidator)
    const { moved } = await new EmailSetService(ctx).update(set, this.input(payload))
    this.flashSaved(ctx, 'updated', set.name, moved)
    return ctx.response.redirect(`/email-sets/${set.id}/edit`)
  }

  async destroy(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(idParamsValidator)
    const set = await EmailSet.findOrFail(params.id)
    await new EmailSetService(ctx).delete(set)
    ctx.session.flash('success', ctx.i18n.t('email_sets.deleted', { name: set.name }))
    return ctx.response.redirect('/email-sets')
  }

  /** JSON: the e-mail as it stands in the editor, rendered with example data */
  async preview({ request, response, auth, organization }: HttpContext) {
    const payload = await request.validateUsing(emailPreviewValidator)
    const sampleI18n = i18nManager.locale(payload.locale)
    const sample = (key: string) => sampleI18n.t(`email_sets.preview.sample.${key}`)
    const department = await Department.query().orderBy('name').first()
    const result = EmailSetService.preview(
      organization!,
      auth.getUserOrFail(),
      { kind: payload.kind, locale: payload.locale, subject: payload.subject ?? '', body: payload.body ?? '' },
      {
        clientName: sample('client_name'),
        clientInitials: sample('client_initials'),
        clientLastName: sample('client_last_name'),
        personalMessage: sample('personal_message'),
        department: department?.name ?? null,
      }
    )
    return response.ok(result)
  }

  private async formProps() {
    return {
      departments: await EmailSetService.departmentsWithSets(),
      kinds: [...EMAIL_KINDS],
      locales: [...SUPPORTED_LOCALES],
      codes: [...TEMPLATE_CODES],
      builtIn: DEFAULT_EMAIL_TEMPLATES,
    }
  }

  private input(payload: Awaited<ReturnType<typeof emailSetValidator.validate>>) {
    return {
      name: payload.name,
      isDefault: payload.isDefault ?? false,
      departmentIds: payload.departmentIds ?? [],
      templates: payload.templates ?? null,
    }
  }

  private flashSaved(ctx: HttpContext, what: 'created' | 'updated', name: string, moved: { departmentName: string; fromSet: string }[]) {
    /* Moving a department out of another set is allowed, and said */
    const list = moved.map((move) => ctx.i18n.t('email_sets.moved_item', { department: move.departmentName, from: move.fromSet }))
    const movedText = list.length ? ` ${ctx.i18n.t('email_sets.moved', { count: list.length, departments: list.join(', ') })}` : ''
    ctx.session.flash('success', `${ctx.i18n.t(`email_sets.${what}`, { name })}${movedText}`)
  }
}
