import { OrganizationSchema } from '#database/schema'
import { afterDelete, afterSave } from '@adonisjs/lucid/orm'
import { ADVANCED_SETTINGS } from '#core/settings/advanced_settings'
import { resolveSettings, type SettingValues } from '#core/settings/setting_definition'

/** The tenant. Not tenant-scoped itself: it is resolved from the subdomain. */
export default class Organization extends OrganizationSchema {
  /* Requests find organizations through a short cache; a saved or deleted one is re-read at once */
  @afterSave()
  @afterDelete()
  static async forgetCached(organization: Organization) {
    const { default: organizationResolver } = await import('#core/tenancy/organization_resolver')
    organizationResolver.forget(organization.slug)
  }

  /** Advanced settings with their defaults filled in */
  get advancedSettings(): SettingValues {
    return resolveSettings(ADVANCED_SETTINGS, this.settings)
  }
}
