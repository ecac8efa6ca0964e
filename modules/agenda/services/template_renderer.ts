import { DateTime } from 'luxon'
import { isSupportedLocale, type Locale } from '#core/i18n/locales'
import { organizationUrl } from '#core/tenancy/hosts'
import { ACCESS_MARGIN_MINUTES } from '#modules/agenda/services/access_link'
import { LINK_BUTTON_LABELS, STANDARD_FORM_OF_ADDRESS } from '#modules/agenda/services/default_email_templates'

/**
 * Texts for clients with placeholders: the appointment e-mails use
 * `*|code|*` (subject and body), the waiting-room texts `|code|`. This is the
 * one implementation of those codes. Rendering is pure: everything comes from
 * the context.
 *
 *   const renderer = new TemplateRenderer({ organization, appointment, recipient, accessLink })
 *   const { subject, html, text } = renderer.render(await EmailSetService.templateFor(...))
 *   renderWaitingRoomText(body, { ...context, clock: 'language' })
 *
 * Values go in exactly as they are, in one pass (a value that looks like a
 * code stays as it is); the HTML version escapes them. A code that is not
 * known is left out, so no code ever reaches a client.
 *
 * Which codes a text may use: the e-mails all of TEMPLATE_CODES (the e-mail
 * page lists them); the waiting-room texts WAITING_ROOM_TEXT_CODES (the
 * waiting-room texts page lists them). Check a text with
 * `unknownCodes(text, style, allowed)`.
 */

/** The e-mail codes, in the order the e-mail page lists them; the waiting-room style knows them too */
export const TEMPLATE_CODES = [
  'client_name',
  'client_initials',
  'client_last_name',
  'handler',
  'handler_form_of_address',
  'department',
  'organization',
  'organization_phone',
  'organization_email',
  'date',
  'time',
  'duration',
  'end_time',
  'personal_message',
  'consult_deeplink',
  'portal_deeplink',
  'appointment_welcome_from',
  'appointment_welcome_until',
] as const

/**
 * Codes only the waiting-room style knows, the names the waiting-room texts
 * have always used: the start time (like *|time|*) and the date written as
 * the language writes a full date, without the weekday ("3 maart 2026").
 */
export const WAITING_ROOM_ONLY_CODES = ['appointment_time', 'appointment_date'] as const

export type TemplateCode = (typeof TEMPLATE_CODES)[number] | (typeof WAITING_ROOM_ONLY_CODES)[number]

/**
 * The codes an organization's waiting-room text may use, in the order the
 * waiting-room texts page lists them (each is explained there): a subset of
 * what the waiting-room style renders.
 */
export const WAITING_ROOM_TEXT_CODES = [
  'client_name',
  'appointment_time',
  'appointment_date',
  'appointment_welcome_from',
  'handler',
  'department',
  'organization',
] as const satisfies readonly TemplateCode[]
export type WaitingRoomTextCode = (typeof WAITING_ROOM_TEXT_CODES)[number]

/** Codes whose values may hold links: made clickable in the HTML version (never the client's own name) */
const LINKABLE = new Set<TemplateCode>(['consult_deeplink', 'portal_deeplink', 'organization_email', 'personal_message'])

export type CodeStyle = 'email' | 'waiting_room'

const EMAIL_CODE = /\*\|([A-Za-z0-9_]+)\|\*/g
/* The waiting-room style also accepts the e-mail style, so a text copied from an e-mail still works */
const WAITING_ROOM_CODE = /\*\|([A-Za-z0-9_]+)\|\*|\|([A-Za-z0-9_]+)\|/g

const patternFor = (style: CodeStyle) => new RegExp((style === 'email' ? EMAIL_CODE : WAITING_ROOM_CODE).source, 'g')

/** The codes each style fills in (codes are matched regardless of case) */
const KNOWN: Record<CodeStyle, ReadonlySet<string>> = {
  email: new Set<string>(TEMPLATE_CODES),
  waiting_room: new Set<string>([...TEMPLATE_CODES, ...WAITING_ROOM_ONLY_CODES]),
}

/** The person an e-mail goes to: a client or an external participant */
export type EmailRecipient = {
  /** How the person is addressed, e.g. "J. Jansen" */
  name: string
  initials?: string | null
  lastName?: string | null
  email: string
  locale?: string | null
}

export type RenderOrganization = {
  name: string
  slug: string
  timezone: string
  defaultLocale?: string | null
  contactPhone?: string | null
  contactEmail?: string | null
  addressFormNl?: string | null
  addressFormEn?: string | null
  addressFormDe?: string | null
}

export type RenderAppointment = {
  startsAt: DateTime
  endsAt: DateTime
  durationMinutes: number
  personalMessage?: string | null
  /** Preloaded relations; an appointment with a whole department has no handler */
  handler?: { fullName: string } | null
  department?: { name: string } | null
}

export type RenderContext = {
  organization: RenderOrganization
  appointment: RenderAppointment
  recipient: EmailRecipient
  /** The participant's own access link (null in a cancellation) */
  accessLink: string | null
  /** Overrides the language chosen from the recipient and the organization */
  locale?: Locale
  /** Overrides the portal address (default: the organization's address + /portal) */
  portalUrl?: string
  /**
   * Whether *|personal_message|* shows the appointment's personal message
   * (default true). The message is written for the client: pass false for
   * external participants when it should stay between client and handler.
   */
  withPersonalMessage?: boolean
  /**
   * How times of day are written: '24h' (default: 09:30, as in the e-mails)
   * or 'language', the way the language writes them (9:30 AM in English,
   * 09:30 in Dutch), as the waiting room shows them.
   */
  clock?: '24h' | 'language'
}

export type RenderedEmail = { subject: string; html: string; text: string }

/** The recipient's language if we speak it, else the organization's, else English */
export function recipientLocale(recipientLocale?: string | null, organizationLocale?: string | null): Locale {
  if (isSupportedLocale(recipientLocale)) return recipientLocale
  if (isSupportedLocale(organizationLocale)) return organizationLocale
  return 'en'
}

/** The languages to try for a text, best first, without repeats */
export function localeFallbacks(recipient?: string | null, organization?: string | null): Locale[] {
  const chain = [recipient, organization, 'en'].filter(isSupportedLocale)
  return [...new Set(chain)]
}

/**
 * Codes in `text` that are not known to the style, or not among `allowed`
 * when given (the waiting-room texts pass WAITING_ROOM_TEXT_CODES), each
 * once, as written, in order of appearance.
 */
export function unknownCodes(text: string, style: CodeStyle = 'email', allowed?: readonly TemplateCode[]): string[] {
  const permitted = allowed ? new Set<string>(allowed) : KNOWN[style]
  const found = new Set<string>()
  for (const match of text.matchAll(patternFor(style))) {
    const code = match[1] ?? match[2]
    const lower = code.toLowerCase()
    if (!KNOWN[style].has(lower) || !permitted.has(lower)) found.add(code)
  }
  return [...found]
}

/** Whether `text` uses the code (either style) */
export function usesCode(text: string, code: TemplateCode, style: CodeStyle = 'email'): boolean {
  return [...text.matchAll(patternFor(style))].some((match) => (match[1] ?? match[2]).toLowerCase() === code)
}

const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', nl: 'nl-NL', de: 'de-DE', pl: 'pl-PL' }

/** The code values for one recipient of one appointment, as plain text */
export function templateValues(context: RenderContext): Record<TemplateCode, string> {
  const { organization, appointment, recipient } = context
  const locale = context.locale ?? recipientLocale(recipient.locale, organization.defaultLocale)
  const zone = organization.timezone
  const local = (instant: DateTime) => instant.setZone(zone).setLocale(INTL_LOCALE[locale])
  /* the language's own conventions (a bare tag: English writes 9:30 AM and March 3, 2026) */
  const languageWay = (instant: DateTime) => instant.setZone(zone).setLocale(locale)
  const clock = (instant: DateTime) =>
    context.clock === 'language'
      ? languageWay(instant).toLocaleString(DateTime.TIME_SIMPLE)
      : local(instant).toFormat('HH:mm')
  const start = local(appointment.startsAt)
  const formOfAddress =
    (locale === 'nl' ? organization.addressFormNl : locale === 'de' ? organization.addressFormDe : locale === 'en' ? organization.addressFormEn : null)?.trim() ||
    STANDARD_FORM_OF_ADDRESS[locale]
  const handlerName =
    appointment.handler?.fullName ?? appointment.department?.name ?? organization.name

  return {
    client_name: recipient.name,
    client_initials: recipient.initials ?? '',
    client_last_name: recipient.lastName ?? '',
    handler: handlerName,
    handler_form_of_address: formOfAddress,
    department: appointment.department?.name ?? '',
    organization: organization.name,
    organization_phone: organization.contactPhone ?? '',
    organization_email: organization.contactEmail ?? '',
    date: start.toLocaleString({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
    time: clock(appointment.startsAt),
    duration: String(appointment.durationMinutes),
    end_time: clock(appointment.endsAt),
    personal_message:
      context.withPersonalMessage === false ? '' : (appointment.personalMessage ?? '').replace(/\r\n?/g, '\n').trim(),
    consult_deeplink: context.accessLink ?? '',
    portal_deeplink: context.portalUrl ?? organizationUrl(organization.slug, '/portal'),
    appointment_welcome_from: clock(appointment.startsAt.minus({ minutes: ACCESS_MARGIN_MINUTES })),
    appointment_welcome_until: clock(appointment.endsAt.plus({ minutes: ACCESS_MARGIN_MINUTES })),
    appointment_time: clock(appointment.startsAt),
    appointment_date: languageWay(appointment.startsAt).toLocaleString(DateTime.DATE_FULL),
  }
}

/* ---------- plain text and HTML building blocks ---------- */

type Token = { literal: string } | { code: TemplateCode | null; written: string }

function tokenize(text: string, style: CodeStyle): Token[] {
  const tokens: Token[] = []
  let last = 0
  for (const match of text.matchAll(patternFor(style))) {
    if (match.index > last) tokens.push({ literal: text.slice(last, match.index) })
    const written = match[1] ?? match[2]
    const code = written.toLowerCase()
    tokens.push({ code: KNOWN[style].has(code) ? (code as TemplateCode) : null, written })
    last = match.index + match[0].length
  }
  if (last < text.length) tokens.push({ literal: text.slice(last) })
  return tokens
}

const normalizeNewlines = (text: string) => text.replace(/\r\n?/g, '\n')

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

const LINK = /\bhttps?:\/\/[^\s<>"'\u0000-\u001f]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g
const LINK_STYLE = 'color:#1864ab;'

/** Trailing punctuation belongs to the sentence, not the address (a ")" only when unbalanced) */
function trimLink(candidate: string): string {
  let link = candidate
  for (;;) {
    const lastChar = link.at(-1)
    if (lastChar && '.,;:!?'.includes(lastChar)) link = link.slice(0, -1)
    else if (lastChar === ')' && (link.match(/\(/g)?.length ?? 0) < (link.match(/\)/g)?.length ?? 0)) link = link.slice(0, -1)
    else return link
  }
}

function anchor(href: string, label: string) {
  return `<a href="${escapeHtml(href)}" style="${LINK_STYLE}">${escapeHtml(label)}</a>`
}

/** Escapes text and turns web and e-mail addresses into links */
export function linkify(text: string): string {
  let html = ''
  let last = 0
  for (const match of text.matchAll(LINK)) {
    const link = trimLink(match[0])
    html += escapeHtml(text.slice(last, match.index))
    html += anchor(link.includes('@') && !/^https?:/i.test(link) ? `mailto:${link}` : link, link)
    last = match.index + link.length
  }
  return html + escapeHtml(text.slice(last))
}

/** A phone number that a phone can dial (digits and a leading + only in the link) */
function phoneLink(phone: string) {
  const dial = phone.replace(/[^0-9+]/g, '').replace(/(?!^)\+/g, '')
  return dial.length >= 3 ? anchor(`tel:${dial}`, phone) : escapeHtml(phone)
}

function buttonHtml(href: string, label: string, fallback: string) {
  return (
    `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:8px 0 16px 0;"><tr>` +
    `<td style="border-radius:6px;background:#1864ab;">` +
    `<a href="${escapeHtml(href)}" style="display:inline-block;padding:12px 22px;color:#ffffff;text-decoration:none;font-weight:bold;font-size:16px;">${escapeHtml(label)}</a>` +
    `</td></tr></table>` +
    `<p style="margin:0 0 16px 0;font-size:13px;color:#495057;">${escapeHtml(fallback)}<br>` +
    `<a href="${escapeHtml(href)}" style="${LINK_STYLE}word-break:break-all;">${escapeHtml(href)}</a></p>`
  )
}

const PARAGRAPH = '<p style="margin:0 0 16px 0;">'

/**
 * Renders templates for one recipient of one appointment. Create one per
 * recipient; `values` holds what each code becomes.
 */
export class TemplateRenderer {
  readonly locale: Locale
  readonly values: Record<TemplateCode, string>

  constructor(context: RenderContext) {
    this.locale = context.locale ?? recipientLocale(context.recipient.locale, context.organization.defaultLocale)
    this.values = templateValues({ ...context, locale: this.locale })
  }

  /** Subject, HTML body (a fragment of paragraphs, for the e-mail layout) and plain-text body */
  render(template: { subject: string; body: string }): RenderedEmail {
    return { subject: this.subject(template.subject), html: this.html(template.body), text: this.text(template.body) }
  }

  /** One line of plain text: newlines in values become spaces */
  subject(template: string): string {
    return this.substitute(template, 'email').replace(/\s+/g, ' ').trim()
  }

  text(body: string, style: CodeStyle = 'email'): string {
    return this.paragraphs(body, style)
      .map((lines) => lines.map((tokens) => this.lineText(tokens)).join('\n'))
      .join('\n\n')
  }

  html(body: string, style: CodeStyle = 'email'): string {
    const blocks: string[] = []
    for (const lines of this.paragraphs(body, style)) {
      /* A line that is only a link becomes a button; the lines around it stay paragraphs */
      let pending: string[] = []
      const flush = () => {
        if (pending.length) blocks.push(`${PARAGRAPH}${pending.join('<br>\n')}</p>`)
        pending = []
      }
      for (const tokens of lines) {
        const button = this.buttonFor(tokens)
        if (button) {
          flush()
          blocks.push(button)
        } else {
          pending.push(this.lineHtml(tokens))
        }
      }
      flush()
    }
    return blocks.join('\n')
  }

  /** Plain substitution (no paragraphs): unknown codes vanish */
  substitute(text: string, style: CodeStyle): string {
    return tokenize(normalizeNewlines(text), style)
      .map((token) => ('literal' in token ? token.literal : token.code ? this.values[token.code] : ''))
      .join('')
  }

  /**
   * The body as paragraphs of lines of tokens. A line made only of codes
   * whose values are all empty (no personal message...) is dropped, and a
   * paragraph left without lines with it.
   */
  private paragraphs(body: string, style: CodeStyle): Token[][][] {
    const blocks = normalizeNewlines(body)
      .split(/\n[ \t]*\n/)
      .map((block) =>
        block
          .split('\n')
          .map((line) => tokenize(line.replace(/\s+$/, ''), style))
          .filter((tokens) => !this.isEmptyCodeLine(tokens))
      )
    /* A value that spans paragraphs (a personal message) keeps its blank lines inside its own paragraph */
    return blocks.filter((lines) => lines.some((tokens) => this.lineText(tokens).trim() !== ''))
  }

  private isEmptyCodeLine(tokens: Token[]) {
    const hasCode = tokens.some((token) => 'code' in token)
    const literalsBlank = tokens.every((token) => !('literal' in token) || token.literal.trim() === '')
    return hasCode && literalsBlank && this.lineText(tokens).trim() === ''
  }

  private lineText(tokens: Token[]) {
    return tokens
      .map((token) => ('literal' in token ? token.literal : token.code ? this.values[token.code] : ''))
      .join('')
  }

  private lineHtml(tokens: Token[]) {
    return tokens
      .map((token) => {
        if ('literal' in token) return linkify(token.literal)
        if (!token.code) return ''
        const value = this.values[token.code]
        if (token.code === 'organization_phone' && value) return phoneLink(value)
        const html = LINKABLE.has(token.code) ? linkify(value) : escapeHtml(value)
        return html.replace(/\n/g, '<br>\n')
      })
      .join('')
  }

  /** A line that is only the consultation (or portal) link becomes a large button with the link below */
  private buttonFor(tokens: Token[]): string | null {
    const meaningful = tokens.filter((token) => !('literal' in token && token.literal.trim() === ''))
    if (meaningful.length !== 1 || !('code' in meaningful[0])) return null
    const code = meaningful[0].code
    if (code !== 'consult_deeplink' && code !== 'portal_deeplink') return null
    const href = this.values[code]
    if (!/^https?:\/\//i.test(href)) return null
    const labels = LINK_BUTTON_LABELS[this.locale]
    return buttonHtml(href, code === 'consult_deeplink' ? labels.consult : labels.portal, labels.fallback)
  }
}

/**
 * A waiting-room text (`|code|` placeholders, e.g. "You can come in from
 * |appointment_welcome_from|") for a participant: plain text by default (the
 * page escapes it), or escaped HTML paragraphs. The waiting room passes
 * `clock: 'language'`.
 */
export function renderWaitingRoomText(text: string, context: RenderContext, format: 'text' | 'html' = 'text'): string {
  const renderer = new TemplateRenderer(context)
  return format === 'html' ? renderer.html(text, 'waiting_room') : renderer.text(text, 'waiting_room')
}
