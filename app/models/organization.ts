import { OrganizationSchema } from '#database/schema'
import { hasMany } from '@adonisjs/lucid/orm'
import type { HasMany } from '@adonisjs/lucid/types/relations'
import { ADVANCED_SETTINGS } from '#core/settings/advanced_settings'
import { resolveSettings, type SettingValues } from '#core/settings/setting_definition'
import Department from '#models/department'

/** The tenant. Not tenant-scoped itself: it is resolved from the subdomain. */
export default class Organization extends OrganizationSchema {
  @hasMany(() => Department)
  declare departments: HasMany<typeof Department>

  /** Advanced settings with their defaults filled in */
  get advancedSettings(): SettingValues {
    return resolveSettings(ADVANCED_SETTINGS, this.settings)
  }

  setting<T extends boolean | number | string | null>(key: string): T {
    return this.advancedSettings[key] as T
  }
}
