import { test } from '@japa/runner'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { IntlMessageFormat } from 'intl-messageformat'
import { SUPPORTED_LOCALES } from '#core/i18n/locales'
import { ADVANCED_SETTINGS } from '#core/settings/advanced_settings'
import moduleRegistry from '#core/modules/module_registry'
import { CORE_MENU } from '#core/menu/core_menu'

const LANG_DIR = join(import.meta.dirname, '../../resources/lang')

function flatten(prefix: string, value: unknown, into: Map<string, string>) {
  if (typeof value === 'string') into.set(prefix, value)
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) flatten(prefix ? `${prefix}.${key}` : key, inner, into)
}

function messages(locale: string) {
  const all = new Map<string, string>()
  for (const file of readdirSync(join(LANG_DIR, locale)).filter((name) => name.endsWith('.json'))) {
    flatten(file.replace('.json', ''), JSON.parse(readFileSync(join(LANG_DIR, locale, file), 'utf8')), all)
  }
  return all
}

/** The argument names a message uses ({name}, {count, plural, ...}) */
function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>()
  const walk = (elements: any[]) => {
    for (const element of elements) {
      if (element.value && typeof element.value === 'string' && element.type !== 0) names.add(element.value)
      for (const option of Object.values(element.options ?? {})) walk((option as any).value)
    }
  }
  walk(new IntlMessageFormat(message, locale).getAst() as any[])
  return [...names].sort()
}

const english = messages('en')

test.group('Translations', () => {
  for (const locale of SUPPORTED_LOCALES.filter((l) => l !== 'en')) {
    test(`${locale} has every English message, with the same placeholders`, ({ assert }) => {
      const translated = messages(locale)
      const missing = [...english.keys()].filter((key) => !translated.has(key))
      assert.deepEqual(missing, [], `missing in ${locale}`)
      const mismatched = [...english.entries()]
        .filter(([key]) => translated.has(key))
        .filter(([key, message]) => argumentsOf(message, 'en').join() !== argumentsOf(translated.get(key)!, locale).join())
        .map(([key]) => key)
      assert.deepEqual(mismatched, [], `placeholders differ in ${locale}`)
    })
  }

  test('every message is valid ICU in every language', ({ assert }) => {
    const broken: string[] = []
    for (const locale of SUPPORTED_LOCALES) {
      for (const [key, message] of messages(locale)) {
        try {
          new IntlMessageFormat(message, locale)
        } catch {
          broken.push(`${locale}: ${key}`)
        }
      }
    }
    assert.deepEqual(broken, [])
  })

  test('every setting, module and menu entry the code declares has its label', ({ assert }) => {
    const keys = [
      ...ADVANCED_SETTINGS.flatMap((group) => [
        `advanced.groups.${group.key}.title`,
        ...group.settings.flatMap((setting) => [
          `advanced.settings.${setting.key}.label`,
          `advanced.settings.${setting.key}.help`,
        ]),
      ]),
      ...moduleRegistry.all().flatMap((manifest) => [manifest.name, manifest.description, ...manifest.menu.map((m) => m.label)]),
      ...CORE_MENU.map((entry) => entry.label),
    ]
    assert.isAbove(moduleRegistry.all().length, 6)
    assert.deepEqual(
      keys.filter((key) => !english.has(key)),
      []
    )
  })
})
