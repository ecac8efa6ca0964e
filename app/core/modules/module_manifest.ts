import type { OrganizationRole } from '#core/roles'
import type { SettingDefinition } from '#core/settings/setting_definition'

/** The dashboard's menu blocks, as the manual names them */
export const MENU_BLOCKS = ['organization', 'agenda', 'messages', 'support'] as const
export type MenuBlock = (typeof MENU_BLOCKS)[number]

export type MenuEntry = {
  block: MenuBlock
  /** i18n key of the label */
  label: string
  /** path on the organization's subdomain */
  href: string
  /** a @tabler/icons-react icon name known to the client's icon map */
  icon: string
  roles: readonly OrganizationRole[]
}

/**
 * What a feature module declares about itself. Name and description are
 * i18n keys; `settings` are the module's own options per organization.
 */
export type ModuleManifest = {
  key: string
  name: string
  description: string
  defaultEnabled: boolean
  /** Core capabilities shipped as modules (agenda, consultation) cannot be switched off */
  alwaysOn?: boolean
  /** Who may open the module's pages (its routes answer 403 to other roles) */
  roles: readonly OrganizationRole[]
  settings: SettingDefinition[]
  menu: MenuEntry[]
}

export function defineModule(manifest: ModuleManifest): ModuleManifest {
  return manifest
}
