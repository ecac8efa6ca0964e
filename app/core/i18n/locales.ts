import type { HttpContext } from '@adonisjs/core/http'
import i18nManager from '@adonisjs/i18n/services/main'
import { I18n } from '@adonisjs/i18n'

export const SUPPORTED_LOCALES = ['en', 'nl', 'de', 'pl'] as const
export type Locale = (typeof SUPPORTED_LOCALES)[number]

export function isSupportedLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value)
}

/**
 * The language a page is shown in: the user's own choice, else the browser's
 * preference among ours, else the organization's default, else English.
 */
export function localeFor(ctx: HttpContext): Locale {
  const userLocale = ctx.auth?.user?.locale
  if (isSupportedLocale(userLocale)) return userLocale
  const fromBrowser = ctx.request.language([...SUPPORTED_LOCALES])
  if (isSupportedLocale(fromBrowser)) return fromBrowser
  const orgDefault = ctx.organization?.defaultLocale
  if (isSupportedLocale(orgDefault)) return orgDefault
  return 'en'
}

export function applyLocale(ctx: HttpContext, locale: Locale = localeFor(ctx)) {
  ctx.i18n = i18nManager.locale(locale)
  ctx.containerResolver.bindValue(I18n, ctx.i18n)
}

declare module '@adonisjs/core/http' {
  export interface HttpContext {
    i18n: import('@adonisjs/i18n').I18n
  }
}
