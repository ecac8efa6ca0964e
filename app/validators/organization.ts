import vine from '@vinejs/vine'
import { phoneNumber } from '#validators/common'
import { IANAZone } from 'luxon'
import { SUPPORTED_LOCALES } from '#core/i18n/locales'
import { IMAGE_EXTENSIONS } from '#services/image_service'
import { ADVANCED_SETTINGS } from '#core/settings/advanced_settings'
import type { SettingDefinition } from '#core/settings/setting_definition'

/* Any IANA zone luxon knows (Intl's list lacks e.g. UTC on some Node builds) */
const ianaZone = vine.createRule((value, _, field) => {
  if (typeof value !== 'string' || !IANAZone.isValidZone(value)) {
    field.report('Choose a time zone from the list.', 'timezone', field)
  }
})

const optionalText = (max: number) => vine.string().trim().maxLength(max).optional()

export const organizationDetailsValidator = vine.create({
  name: vine.string().trim().minLength(2).maxLength(160),
  contactEmail: vine.string().trim().email().maxLength(254).optional(),
  contactPhone: phoneNumber().optional(),
  address: optionalText(500),
  website: vine.string().trim().url({ require_protocol: true, protocols: ['http', 'https'] }).maxLength(255).optional(),
  addressFormNl: optionalText(60),
  addressFormEn: optionalText(60),
  addressFormDe: optionalText(60),
  timezone: vine.string().trim().maxLength(64).use(ianaZone()),
  defaultLocale: vine.enum(SUPPORTED_LOCALES),
})

export const logoValidator = vine.create({
  logo: vine.file({ size: '2mb', extnames: IMAGE_EXTENSIONS }),
})

function settingSchema(setting: SettingDefinition) {
  switch (setting.type) {
    case 'boolean':
      return vine.boolean()
    case 'integer':
      return vine.number().withoutDecimals().min(setting.min).max(setting.max).nullable()
    case 'url':
      return vine
        .string()
        .trim()
        .url({ require_protocol: true, protocols: ['https', 'http'] })
        .maxLength(1000)
        .nullable()
    case 'text':
      return vine.string().trim().maxLength(setting.maxLength).nullable()
    case 'choice':
      return vine.enum(setting.options)
  }
}

/** Built from the settings' own definitions, so a new toggle is validated the day it is declared */
export const advancedSettingsValidator = vine.create({
  settings: vine.object(
    Object.fromEntries(
      ADVANCED_SETTINGS.flatMap((group) => group.settings).map((setting) => [
        setting.key,
        settingSchema(setting),
      ])
    )
  ),
})

export const moduleToggleValidator = vine.create({
  enabled: vine.boolean(),
  params: vine.object({ key: vine.string().regex(/^[a-z_]{2,40}$/) }),
})
