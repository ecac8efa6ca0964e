import db from '@adonisjs/lucid/services/db'
import { errors as vineErrors } from '@vinejs/vine'
import { DateTime } from 'luxon'
import type { HttpContext } from '@adonisjs/core/http'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import tenancy from '#core/tenancy/tenancy'
import { SUPPORTED_LOCALES, type Locale } from '#core/i18n/locales'
import { containsPattern, textKey } from '#core/database/text_keys'
import { isUniqueViolation } from '#core/database/unique_violation'
import BusinessRuleException from '#exceptions/business_rule_exception'
import AuditLogger from '#services/audit_logger'
import Department from '#models/department'
import type Organization from '#models/organization'
import type User from '#models/user'
import EmailSet from '#modules/agenda/models/email_set'
import EmailTemplate from '#modules/agenda/models/email_template'
import { EMAIL_KINDS, type EmailKind } from '#modules/agenda/types'
import { defaultTemplate, type TemplateText } from '#modules/agenda/services/default_email_templates'
import {
  TemplateRenderer,
  localeFallbacks,
  unknownCodes,
  type EmailRecipient,
  type RenderAppointment,
  type RenderContext,
  type RenderedEmail,
} from '#modules/agenda/services/template_renderer'
import { ICalendar, type CalendarInvite } from '#modules/agenda/services/icalendar'
import { AccessLinks } from '#modules/agenda/services/access_link'

/** Where the text of an e-mail came from */
export type TemplateSource = 'department_set' | 'default_set' | 'built_in'

export type ResolvedTemplate = TemplateText & {
  /** The language of the text: render dates in it too */
  locale: Locale
  source: TemplateSource
  emailSetId: number | null
}

/** Subject and body per kind and language; a language left empty uses the built-in text */
export type TemplatesInput = Partial<
  Record<EmailKind, Partial<Record<Locale, { subject?: string | null; body?: string | null } | null | undefined>> | null>
>

export type EmailSetInput = {
  name: string
  isDefault: boolean
  departmentIds: number[]
  templates?: TemplatesInput | null
}

export type EmailSetFilters = { search?: string; department?: number; locale?: Locale }

/** An e-mail set as the pages show it */
export type EmailSetSummary = {
  id: number
  name: string
  isDefault: boolean
  departments: { id: number; name: string; color: string }[]
  locales: Locale[]
  templateCount: number
  updatedAt: string
}

export type EmailSetDetails = EmailSetSummary & {
  templates: Record<EmailKind, Record<Locale, { subject: string; body: string }>>
}

export type AppointmentEmailContent = RenderedEmail & {
  locale: Locale
  source: TemplateSource
  calendar: CalendarInvite
}

const emptyTemplates = () =>
  Object.fromEntries(
    EMAIL_KINDS.map((kind) => [kind, Object.fromEntries(SUPPORTED_LOCALES.map((locale) => [locale, { subject: '', body: '' }]))])
  ) as EmailSetDetails['templates']

const templateKey = (kind: string, locale: string) => `${kind}.${locale}`

/**
 * E-mail sets: an organization's own texts for the appointment e-mails. A set
 * applies to the departments assigned to it (a department follows one set);
 * the organization's default set applies to every other department.
 */
export default class EmailSetService {
  constructor(private ctx: HttpContext) {}

  /* ---------- for the e-mails ---------- */

  /**
   * The subject and body for an e-mail of `kind` to a recipient speaking
   * `locale`, for an appointment of `departmentId`:
   *  - the language: the recipient's if we speak it, else the organization's
   *    default, else English (a client always gets the e-mail in a language
   *    we speak, never in an unrelated one because a set lacks it);
   *  - the text in that language: the department's set, else the
   *    organization's default set, else the built-in text (a language that a
   *    set leaves empty uses the built-in text).
   * Works inside or outside a request: it scopes itself to `organization`.
   */
  static async templateFor(
    organization: Pick<Organization, 'id' | 'defaultLocale'>,
    departmentId: number | null | undefined,
    kind: EmailKind,
    locale: string | null | undefined
  ): Promise<ResolvedTemplate> {
    const chosen = localeFallbacks(locale, organization.defaultLocale)[0]
    return tenancy.run(organization.id, async () => {
      const sets: { set: EmailSet; source: TemplateSource }[] = []
      if (departmentId) {
        const assigned = await EmailSet.query()
          .whereHas('departments', (query) => query.where('departments.id', departmentId))
          .first()
        if (assigned) sets.push({ set: assigned, source: 'department_set' })
      }
      const fallback = await EmailSet.query().where('is_default', true).orderBy('id').first()
      if (fallback && !sets.some(({ set }) => set.id === fallback.id)) sets.push({ set: fallback, source: 'default_set' })

      for (const { set, source } of sets) {
        const template = await EmailTemplate.query()
          .where('email_set_id', set.id)
          .where('kind', kind)
          .where('locale', chosen)
          .first()
        if (template) return { subject: template.subject, body: template.body, locale: chosen, source, emailSetId: set.id }
      }
      return { ...defaultTemplate(kind, chosen), locale: chosen, source: 'built_in' as const, emailSetId: null }
    })
  }

  /**
   * Everything an appointment e-mail needs for one recipient: subject, HTML
   * body (a fragment for the e-mail layout), text body and the calendar
   * invitation. The appointment needs `handler` and `department` preloaded
   * (for the codes) and its `uid` and `sequence` (for the invitation).
   */
  static async contentFor(input: {
    organization: Organization
    appointment: RenderAppointment & { uid: string; sequence: number; departmentId: number | null }
    recipient: EmailRecipient
    accessLink: string | null
    kind: EmailKind
    /** false: leave the personal message out (see RenderContext.withPersonalMessage) */
    withPersonalMessage?: boolean
  }): Promise<AppointmentEmailContent> {
    const template = await EmailSetService.templateFor(
      input.organization,
      input.appointment.departmentId,
      input.kind,
      input.recipient.locale
    )
    const accessLink = input.kind === 'cancellation' ? null : input.accessLink
    const context: RenderContext = { ...input, accessLink, locale: template.locale }
    const rendered = new TemplateRenderer(context).render(template)
    const calendar = ICalendar.forAppointment({ ...context, appointment: input.appointment, kind: input.kind })
    return { ...rendered, locale: template.locale, source: template.source, calendar }
  }

  /* ---------- listing ---------- */

  static async list(filters: EmailSetFilters = {}): Promise<EmailSetSummary[]> {
    const sets = await EmailSet.query()
      .preload('departments', (query) => query.orderBy('name'))
      .preload('templates')
      .if(filters.search, (query) => query.whereRaw(`name_key like ? escape '\\'`, [containsPattern(filters.search!)]))
      .if(filters.department, (query) =>
        query.whereHas('departments', (departments) => departments.where('departments.id', filters.department!))
      )
      .if(filters.locale, (query) => query.whereHas('templates', (templates) => templates.where('locale', filters.locale!)))
      .orderBy('is_default', 'desc')
      .orderBy('name_key')
    return sets.map((set) => EmailSetService.summary(set))
  }

  static summary(set: EmailSet): EmailSetSummary {
    const locales = SUPPORTED_LOCALES.filter((locale) => set.templates.some((template) => template.locale === locale))
    return {
      id: set.id,
      name: set.name,
      isDefault: set.isDefault,
      departments: set.departments.map((department) => ({ id: department.id, name: department.name, color: department.color })),
      locales,
      templateCount: set.templates.length,
      updatedAt: set.updatedAt.toISO()!,
    }
  }

  static async details(id: number): Promise<EmailSetDetails> {
    const set = await EmailSet.query()
      .where('id', id)
      .preload('departments', (query) => query.orderBy('name'))
      .preload('templates')
      .firstOrFail()
    const templates = emptyTemplates()
    for (const template of set.templates) {
      const kind = template.kind as EmailKind
      const locale = template.locale as Locale
      if (templates[kind]?.[locale]) templates[kind][locale] = { subject: template.subject, body: template.body }
    }
    return { ...EmailSetService.summary(set), templates }
  }

  /** Every department, with the set it follows now (for the "moves from" notice) */
  static async departmentsWithSets() {
    const departments = await Department.query().orderBy('name')
    const assignments = await db
      .from('email_set_department')
      .join('email_sets', 'email_sets.id', 'email_set_department.email_set_id')
      .whereIn(
        'email_set_department.department_id',
        departments.map((department) => department.id)
      )
      .select('email_set_department.department_id as departmentId', 'email_sets.id as setId', 'email_sets.name as setName')
    const byDepartment = new Map(assignments.map((row) => [Number(row.departmentId), row]))
    return departments.map((department) => {
      const assigned = byDepartment.get(department.id)
      return {
        id: department.id,
        name: department.name,
        color: department.color,
        emailSet: assigned ? { id: Number(assigned.setId), name: String(assigned.setName) } : null,
      }
    })
  }

  /* ---------- changes ---------- */

  async create(input: EmailSetInput) {
    const templates = this.checkTemplates(input.templates)
    const departments = await this.checkDepartments(input.departmentIds)
    await this.checkNameFree(input.name)
    const moved = await this.departmentsInOtherSets(departments.map((department) => department.id), null)

    const set = await this.inTransaction(async (trx) => {
      const created = new EmailSet().useTransaction(trx)
      created.merge({ name: input.name.trim(), isDefault: input.isDefault })
      await this.saveSet(created)
      await this.applyDefault(created, trx)
      await this.applyDepartments(created, departments, trx)
      await this.applyTemplates(created, templates, trx)
      return created
    })

    await AuditLogger.record(this.ctx, {
      action: 'email_set.created',
      subject: { type: 'email_set', id: set.id, label: set.name },
      changes: {
        name: set.name,
        isDefault: set.isDefault,
        departments: departments.map((department) => department.name),
        movedDepartments: moved.map((move) => move.departmentName),
        templates: [...templates.keys()],
      },
    })
    return { set, moved }
  }

  async update(set: EmailSet, input: EmailSetInput) {
    const templates = this.checkTemplates(input.templates)
    const departments = await this.checkDepartments(input.departmentIds)
    await this.checkNameFree(input.name, set.id)
    const moved = await this.departmentsInOtherSets(departments.map((department) => department.id), set.id)
    await set.load('departments')
    const before = {
      name: set.name,
      isDefault: set.isDefault,
      departments: set.departments.map((department) => department.id).sort().join(),
    }

    const changedTemplates = await this.inTransaction(async (trx) => {
      set.useTransaction(trx)
      set.merge({ name: input.name.trim(), isDefault: input.isDefault })
      await this.saveSet(set)
      await this.applyDefault(set, trx)
      await this.applyDepartments(set, departments, trx)
      return this.applyTemplates(set, templates, trx)
    })

    const changes: Record<string, unknown> = {}
    if (set.name !== before.name) changes.name = set.name
    if (set.isDefault !== before.isDefault) changes.isDefault = set.isDefault
    if (departments.map((department) => department.id).sort().join() !== before.departments) {
      changes.departments = departments.map((department) => department.name)
    }
    if (moved.length) changes.movedDepartments = moved.map((move) => move.departmentName)
    if (changedTemplates.length) changes.templates = changedTemplates

    await AuditLogger.record(this.ctx, {
      action: 'email_set.updated',
      subject: { type: 'email_set', id: set.id, label: set.name },
      changes,
    })
    return { set, moved }
  }

  /**
   * Deleting a set hands its departments back to the default set. The default
   * set itself can only go when it is the last set: while other sets exist,
   * another one is made the default first, so that no department silently
   * falls back to the built-in texts.
   */
  async delete(set: EmailSet) {
    if (set.isDefault) {
      const others = await EmailSet.query().whereNot('id', set.id).count('* as total').first()
      if (Number(others?.$extras.total ?? 0) > 0) {
        throw new BusinessRuleException('email_sets.errors.default_in_use', undefined, { name: set.name })
      }
    }
    await set.load('departments')
    const departments = set.departments.map((department) => department.name)
    await set.delete()
    await AuditLogger.record(this.ctx, {
      action: 'email_set.deleted',
      subject: { type: 'email_set', id: set.id, label: set.name },
      changes: { departments },
    })
    return { departments }
  }

  /* ---------- the preview ---------- */

  /**
   * A template rendered with example data (the organization's own details, the
   * current user as handler) exactly as a client would receive it.
   */
  static preview(
    organization: Organization,
    user: User,
    template: { kind: EmailKind; locale: Locale; subject: string; body: string },
    sample: { clientName: string; clientInitials: string; clientLastName: string; personalMessage: string; department: string | null }
  ) {
    const zone = organization.timezone
    /* The next working day at 10:00, local time */
    let day = DateTime.now().setZone(zone).plus({ days: 1 }).set({ hour: 10, minute: 0, second: 0, millisecond: 0 })
    while (day.weekday > 5) day = day.plus({ days: 1 })
    const startsAt = day.toUTC()
    const appointment: RenderAppointment = {
      startsAt,
      endsAt: startsAt.plus({ minutes: 20 }),
      durationMinutes: 20,
      personalMessage: sample.personalMessage,
      handler: { fullName: user.fullName },
      department: sample.department ? { name: sample.department } : null,
    }
    const renderer = new TemplateRenderer({
      organization,
      appointment,
      recipient: {
        name: sample.clientName,
        initials: sample.clientInitials,
        lastName: sample.clientLastName,
        email: 'client@example.test',
        locale: template.locale,
      },
      accessLink: template.kind === 'cancellation' ? null : AccessLinks.url(organization.slug, 'example-link-0123456789abcdef'),
      locale: template.locale,
    })
    const source = template.subject.trim() || template.body.trim() ? template : defaultTemplate(template.kind, template.locale)
    return {
      ...renderer.render(source),
      usesBuiltIn: source !== template,
      unknownCodes: unknownCodes(`${template.subject}\n${template.body}`),
    }
  }

  /* ---------- checks ---------- */

  /**
   * The templates to keep, by "kind.locale". Both parts empty: the language
   * uses the built-in text. Refuses, all at once and next to each field, a
   * subject without body (or the reverse) and unknown codes (lengths are the
   * validator's).
   */
  private checkTemplates(input: TemplatesInput | null | undefined): Map<string, { kind: EmailKind; locale: Locale } & TemplateText> {
    const kept = new Map<string, { kind: EmailKind; locale: Locale } & TemplateText>()
    const messages: { field: string; message: string; rule: string }[] = []
    const t = (key: string, values?: Record<string, unknown>) => this.ctx.i18n.t(`email_sets.errors.${key}`, values)
    for (const kind of EMAIL_KINDS) {
      for (const locale of SUPPORTED_LOCALES) {
        const entry = input?.[kind]?.[locale]
        const subject = (entry?.subject ?? '').replace(/\s+/g, ' ').trim()
        const body = (entry?.body ?? '').replace(/\r\n?/g, '\n').trim()
        if (!subject && !body) continue
        const field = `templates.${kind}.${locale}`
        if (!subject) messages.push({ field: `${field}.subject`, message: t('subject_required'), rule: 'required' })
        if (!body) messages.push({ field: `${field}.body`, message: t('body_required'), rule: 'required' })
        for (const [part, text] of [
          ['subject', subject],
          ['body', body],
        ] as const) {
          const unknown = unknownCodes(text)
          if (unknown.length) {
            messages.push({
              field: `${field}.${part}`,
              message: t('unknown_codes', { count: unknown.length, codes: unknown.map((code) => `*|${code}|*`).join(', ') }),
              rule: 'unknownCode',
            })
          }
        }
        kept.set(templateKey(kind, locale), { kind, locale, subject, body })
      }
    }
    if (messages.length) throw new vineErrors.E_VALIDATION_ERROR(messages)
    return kept
  }

  /** The departments, all of the current organization (another organization's ids are refused) */
  private async checkDepartments(ids: number[]) {
    const unique = [...new Set(ids)]
    const departments = unique.length ? await Department.query().whereIn('id', unique).orderBy('name') : []
    if (departments.length !== unique.length) {
      throw new BusinessRuleException('email_sets.errors.unknown_department', 'departmentIds')
    }
    return departments
  }

  private async checkNameFree(name: string, exceptId?: number) {
    const clash = await EmailSet.query()
      .where('name_key', textKey(name))
      .if(exceptId, (query) => query.whereNot('id', exceptId!))
      .first()
    if (clash) throw new BusinessRuleException('email_sets.errors.name_taken', 'name')
  }

  /** Departments among `ids` that follow another set now: saving moves them */
  private async departmentsInOtherSets(ids: number[], setId: number | null) {
    if (!ids.length) return []
    const rows = await db
      .from('email_set_department')
      .join('email_sets', 'email_sets.id', 'email_set_department.email_set_id')
      .join('departments', 'departments.id', 'email_set_department.department_id')
      .whereIn('email_set_department.department_id', ids)
      .if(setId, (query) => query.whereNot('email_set_department.email_set_id', setId!))
      .select('departments.name as departmentName', 'email_sets.name as fromSet')
      .orderBy('departments.name')
    return rows.map((row) => ({ departmentName: String(row.departmentName), fromSet: String(row.fromSet) }))
  }

  /* ---------- writes (inside one transaction) ---------- */

  private async inTransaction<T>(work: (trx: TransactionClientContract) => Promise<T>): Promise<T> {
    try {
      return await db.transaction(work)
    } catch (error) {
      /* Two admins saving the same name (or the same department) at once: the index settles it */
      if (isUniqueViolation(error)) throw new BusinessRuleException('email_sets.errors.conflict')
      throw error
    }
  }

  private async saveSet(set: EmailSet) {
    try {
      await set.save()
    } catch (error) {
      if (isUniqueViolation(error)) throw new BusinessRuleException('email_sets.errors.name_taken', 'name')
      throw error
    }
  }

  /** One default per organization: making this one the default unsets the others */
  private async applyDefault(set: EmailSet, trx: TransactionClientContract) {
    if (!set.isDefault) return
    await EmailSet.query({ client: trx }).where('is_default', true).whereNot('id', set.id).update({ is_default: false })
  }

  /** A department follows one set: assigning it here takes it out of its previous set */
  private async applyDepartments(set: EmailSet, departments: Department[], trx: TransactionClientContract) {
    const ids = departments.map((department) => department.id)
    if (ids.length) {
      await trx.from('email_set_department').whereIn('department_id', ids).whereNot('email_set_id', set.id).delete()
    }
    await set.related('departments').sync(ids, true, trx)
  }

  /** Stores the templates as given; returns the "kind.locale" keys that changed */
  private async applyTemplates(
    set: EmailSet,
    templates: Map<string, { kind: EmailKind; locale: Locale } & TemplateText>,
    trx: TransactionClientContract
  ): Promise<string[]> {
    const wanted = new Map(templates)
    const existing = await EmailTemplate.query({ client: trx }).where('email_set_id', set.id)
    const changed: string[] = []
    for (const template of existing) {
      const key = templateKey(template.kind, template.locale)
      const want = wanted.get(key)
      if (!want) {
        await template.useTransaction(trx).delete()
        changed.push(key)
      } else if (want.subject !== template.subject || want.body !== template.body) {
        template.useTransaction(trx).merge({ subject: want.subject, body: want.body })
        await template.save()
        changed.push(key)
      }
      wanted.delete(key)
    }
    for (const [key, want] of wanted) {
      await EmailTemplate.create(
        { emailSetId: set.id, kind: want.kind, locale: want.locale, subject: want.subject, body: want.body },
        { client: trx }
      )
      changed.push(key)
    }
    return changed.sort()
  }
}
