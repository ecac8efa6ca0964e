import type { HttpContext } from '@adonisjs/core/http'
import i18nManager from '@adonisjs/i18n/services/main'
import WaitingRoomText from '#modules/agenda/models/waiting_room_text'
import { WAITING_ROOM_TEXT_KINDS, type WaitingRoomTextKind } from '#modules/agenda/types'
import { SUPPORTED_LOCALES, type Locale } from '#core/i18n/locales'
import BusinessRuleException from '#exceptions/business_rule_exception'
import AuditLogger from '#services/audit_logger'
import { isUniqueViolation } from '#core/database/unique_violation'
import { unknownCodes, WAITING_ROOM_TEXT_CODES } from '#modules/agenda/services/template_renderer'

/* --- The organization's texts --------------------------------------------- */

export const WAITING_ROOM_TEXT_MAX_LENGTH = 2000

export type WaitingRoomTextRow = {
  kind: WaitingRoomTextKind
  locale: Locale
  body: string
  defaultBody: string
  isDefault: boolean
}

/** The built-in text of a situation in a language (resources/lang/<locale>/waiting_room_content.json) */
export function defaultWaitingRoomText(kind: WaitingRoomTextKind, locale: Locale): string {
  return i18nManager.locale(locale).t(`waiting_room_content.defaults.${kind}`)
}

/** The organization's own text, else the built-in one (current organization) */
export async function waitingRoomTextFor(kind: WaitingRoomTextKind, locale: Locale): Promise<string> {
  const own = await WaitingRoomText.query().where('kind', kind).where('locale', locale).first()
  return own?.body ?? defaultWaitingRoomText(kind, locale)
}

/** Every situation × language of the current organization, its own text or the built-in one */
export async function allWaitingRoomTexts(): Promise<WaitingRoomTextRow[]> {
  const own = await WaitingRoomText.query()
  const find = (kind: string, locale: string) => own.find((text) => text.kind === kind && text.locale === locale)
  return WAITING_ROOM_TEXT_KINDS.flatMap((kind) =>
    SUPPORTED_LOCALES.map((locale) => {
      const defaultBody = defaultWaitingRoomText(kind, locale)
      const text = find(kind, locale)
      return { kind, locale, body: text?.body ?? defaultBody, defaultBody, isDefault: !text }
    })
  )
}

/** Saving and resetting the texts, for org admins */
export default class WaitingRoomTextService {
  constructor(private ctx: HttpContext) {}

  /**
   * Saves the organization's own text; a text with a code that is not one of
   * the waiting-room codes (template_renderer.ts) is refused, naming the code
   */
  async save(kind: WaitingRoomTextKind, locale: Locale, body: string) {
    const unknown = unknownCodes(body, 'waiting_room', WAITING_ROOM_TEXT_CODES)
    if (unknown.length > 0) {
      throw new BusinessRuleException('waiting_room_content.errors.unknown_code', 'body', {
        codes: unknown.map((code) => `|${code}|`).join(', '),
      })
    }
    const upsert = () => WaitingRoomText.updateOrCreate({ kind, locale }, { body })
    let text: WaitingRoomText
    try {
      text = await upsert()
    } catch (error) {
      /* a simultaneous first save of the same text created the row: update it */
      if (!isUniqueViolation(error)) throw error
      text = await upsert()
    }
    await AuditLogger.record(this.ctx, {
      action: 'waiting_room_text.updated',
      subject: { type: 'waiting_room_text', id: text.id, label: `${kind} (${locale})` },
      changes: { kind, locale },
    })
    return text
  }

  /** Back to the built-in text: the organization's own one is removed */
  async reset(kind: WaitingRoomTextKind, locale: Locale) {
    const text = await WaitingRoomText.query().where('kind', kind).where('locale', locale).first()
    if (!text) return false
    await text.delete()
    await AuditLogger.record(this.ctx, {
      action: 'waiting_room_text.reset',
      subject: { type: 'waiting_room_text', id: text.id, label: `${kind} (${locale})` },
      changes: { kind, locale },
    })
    return true
  }
}
