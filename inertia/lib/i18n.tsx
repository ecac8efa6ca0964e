import { IntlMessageFormat } from 'intl-messageformat'
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'

/**
 * The browser reads the same translation files as the server
 * (resources/lang/<locale>/<namespace>.json), one locale at a time.
 */
type Messages = Record<string, string>
const loaders = import.meta.glob('../../resources/lang/*/*.json', { import: 'default' })
const loaded = new Map<string, Messages>()

function flatten(prefix: string, value: unknown, into: Messages) {
  if (typeof value === 'string') {
    into[prefix] = value
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) flatten(prefix ? `${prefix}.${key}` : key, inner, into)
  }
}

export async function loadMessages(locale: string): Promise<Messages> {
  const cached = loaded.get(locale)
  if (cached) return cached
  const messages: Messages = {}
  await Promise.all(
    Object.entries(loaders)
      .filter(([path]) => path.includes(`/lang/${locale}/`))
      .map(async ([path, load]) => {
        const namespace = path.split('/').pop()!.replace('.json', '')
        flatten(namespace, await load(), messages)
      })
  )
  loaded.set(locale, messages)
  return messages
}

export type Translate = (key: string, values?: Record<string, unknown>) => string

/** A language's own name ("Nederlands", "Deutsch") from common.languages.*, else its code */
export function languageName(t: Translate, code: string): string {
  const key = `common.languages.${code}`
  const label = t(key)
  return label !== key ? label : code
}

function translator(locale: string, messages: Messages, fallback: Messages): Translate {
  const cache = new Map<string, IntlMessageFormat>()
  return (key, values) => {
    const source = messages[key] ?? fallback[key]
    if (source === undefined) return key
    let format = cache.get(key)
    if (!format) {
      format = new IntlMessageFormat(source, locale)
      cache.set(key, format)
    }
    return String(format.format(values as any))
  }
}

const I18nContext = createContext<{ locale: string; t: Translate }>({ locale: 'en', t: (key) => key })

export function I18nProvider({ locale, children }: { locale: string; children: ReactNode }) {
  /*
   * After a language change the new messages load first; until then the page
   * keeps speaking the language it had, instead of flashing English or keys.
   */
  const [readyLocale, setReadyLocale] = useState(() => (loaded.has(locale) ? locale : 'en'))
  useEffect(() => {
    let current = true
    loadMessages(locale).then(() => current && setReadyLocale(locale))
    return () => {
      current = false
    }
  }, [locale])
  const value = useMemo(() => {
    const messages = loaded.get(readyLocale) ?? {}
    return { locale: readyLocale, t: translator(readyLocale, messages, loaded.get('en') ?? {}) }
  }, [readyLocale])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n() {
  return useContext(I18nContext)
}

export function useT(): Translate {
  return useContext(I18nContext).t
}
