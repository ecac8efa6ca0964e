import type { HttpContext } from '@adonisjs/core/http'
import moduleRegistry from '#core/modules/module_registry'
import type { ModuleManifest } from '#core/modules/module_manifest'
import OrganizationModule from '#models/organization_module'
import type Organization from '#models/organization'
import tenancy from '#core/tenancy/tenancy'

const CACHE = Symbol('moduleSwitch')

/**
 * Which modules are on for one organization: a row in organization_modules
 * wins, else the manifest's default; always-on modules cannot be switched off.
 */
export default class ModuleSwitch {
  #enabled?: Promise<Set<string>>

  constructor(private organization: Organization) {}

  /** One instance per request, so the table is read at most once */
  static forContext(ctx: HttpContext): ModuleSwitch {
    const holder = ctx as unknown as { [CACHE]?: ModuleSwitch }
    holder[CACHE] ??= new ModuleSwitch(ctx.organization!)
    return holder[CACHE]
  }

  enabledKeys(): Promise<Set<string>> {
    this.#enabled ??= tenancy.run(this.organization, async () => {
      const rows = await OrganizationModule.query()
      const stored = new Map(rows.map((row) => [row.moduleKey, row.enabled]))
      const keys = moduleRegistry
        .all()
        .filter((manifest) => manifest.alwaysOn || (stored.get(manifest.key) ?? manifest.defaultEnabled))
        .map((manifest) => manifest.key)
      return new Set(keys)
    })
    return this.#enabled
  }

  async isEnabled(key: string): Promise<boolean> {
    return (await this.enabledKeys()).has(key)
  }

  async enabledManifests(): Promise<ModuleManifest[]> {
    const keys = await this.enabledKeys()
    return moduleRegistry.all().filter((manifest) => keys.has(manifest.key))
  }

  async setEnabled(key: string, enabled: boolean) {
    await tenancy.run(this.organization, () =>
      OrganizationModule.updateOrCreate({ moduleKey: key }, { moduleKey: key, enabled })
    )
    this.#enabled = undefined
  }
}
