import vine from '@vinejs/vine'
import { SUPPORTED_LOCALES } from '#core/i18n/locales'
import { EMAIL_KINDS } from '#modules/agenda/types'

/* Empty fields arrive as null (the body parser turns '' into null): both empty = use the built-in text */
const subject = () => vine.string().maxLength(250).nullable().optional()
const body = () => vine.string().maxLength(20_000).nullable().optional()

const languages = () =>
  vine
    .object(Object.fromEntries(SUPPORTED_LOCALES.map((locale) => [locale, vine.object({ subject: subject(), body: body() }).nullable().optional()])))
    .nullable()
    .optional()

/** Create or edit a set: name, default flag, departments, and subject + body per kind and language */
export const emailSetValidator = vine.create({
  name: vine.string().trim().minLength(1).maxLength(120),
  isDefault: vine.boolean().optional(),
  departmentIds: vine.array(vine.number().positive().withoutDecimals()).maxLength(1000).optional(),
  templates: vine.object(Object.fromEntries(EMAIL_KINDS.map((kind) => [kind, languages()]))).nullable().optional(),
})

export const emailSetListValidator = vine.create({
  search: vine.string().trim().maxLength(100).optional(),
  department: vine.number().positive().withoutDecimals().optional(),
  locale: vine.enum(SUPPORTED_LOCALES).optional(),
})

/** One e-mail as it stands in the editor, rendered with example data */
export const emailPreviewValidator = vine.create({
  kind: vine.enum(EMAIL_KINDS),
  locale: vine.enum(SUPPORTED_LOCALES),
  subject: subject(),
  body: body(),
})
