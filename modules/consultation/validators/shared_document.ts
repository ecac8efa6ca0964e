import vine, { SimpleMessagesProvider } from '@vinejs/vine'
import type { HttpContext } from '@adonisjs/core/http'
import { SHARED_DOCUMENT_MAX_LENGTH } from '#modules/consultation/services/shared_document'

/** The shared-document link: a full https address (no javascript:, data:, http:, bare words or user:password@), at most 2000 characters */
export const sharedDocumentValidator = vine.create({
  url: vine
    .string()
    .trim()
    .maxLength(SHARED_DOCUMENT_MAX_LENGTH)
    .url({ protocols: ['https'], require_protocol: true, require_valid_protocol: true, require_host: true, require_tld: true, disallow_auth: true }),
})

/** The room's own wording for what is wrong with a link (room_document.errors.*) */
export function sharedDocumentMessages(ctx: HttpContext) {
  const t = (key: string) => ctx.i18n.t(`room_document.errors.${key}`, { max: SHARED_DOCUMENT_MAX_LENGTH })
  return new SimpleMessagesProvider({
    'url.required': t('required'),
    'url.string': t('invalid'),
    'url.url': t('invalid'),
    'url.maxLength': t('too_long'),
  })
}
