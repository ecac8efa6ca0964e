import type { HttpContext } from '@adonisjs/core/http'
import { CORE_MENU } from '#core/menu/core_menu'
import { MENU_BLOCKS, type MenuBlock } from '#core/modules/module_manifest'
import ModuleSwitch from '#services/module_switch'

export type MenuItem = { label: string; href: string; icon: string }
export type MenuSection = { block: MenuBlock; label: string; items: MenuItem[] }

/**
 * The dashboard menu for the logged-in employee: the core entries and those of
 * the organization's enabled modules, filtered by role, grouped in the
 * manual's blocks. Labels are translated here; the client renders as given.
 */
export default class MenuBuilder {
  static async build(ctx: HttpContext): Promise<MenuSection[]> {
    const user = ctx.auth.user
    if (!user || !ctx.organization || user.role === 'support') return []
    const role = user.role
    const modules = await ModuleSwitch.forContext(ctx).enabledManifests()
    const entries = [...CORE_MENU, ...modules.flatMap((manifest) => manifest.menu)].filter((entry) =>
      entry.roles.includes(role)
    )
    return MENU_BLOCKS.map((block) => ({
      block,
      label: ctx.i18n.t(`menu.blocks.${block}`),
      items: entries
        .filter((entry) => entry.block === block)
        .map((entry) => ({ label: ctx.i18n.t(entry.label), href: entry.href, icon: entry.icon })),
    })).filter((section) => section.items.length > 0)
  }
}
