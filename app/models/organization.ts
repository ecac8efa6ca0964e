import { OrganizationSchema } from '#database/schema'
import { ADVANCED_SETTINGS } from '#core/settings/advanced_settings'
import { resolveSettings, type SettingValues } from '#core/settings/setting_definition'

/** The tenant. Not tenant-scoped itself: it is resolved from the subdomain. */
export default class Organization extends OrganizationSchema {
  /** Advanced settings with their defaults filled in */
  get advancedSettings(): SettingValues {
    return resolveSettings(ADVANCED_SETTINGS, this.settings)
  }
}
