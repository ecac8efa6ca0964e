import type { ModuleManifest } from '#core/modules/module_manifest'

/**
 * The modules this installation ships, filled by each module's provider at
 * boot. Whether a module is on for one organization is decided by
 * ModuleSwitch from the organization_modules table.
 */
class ModuleRegistry {
  #modules = new Map<string, ModuleManifest>()

  register(manifest: ModuleManifest) {
    this.#modules.set(manifest.key, manifest)
  }

  all(): ModuleManifest[] {
    return [...this.#modules.values()]
  }

  get(key: string): ModuleManifest | undefined {
    return this.#modules.get(key)
  }

  has(key: string): boolean {
    return this.#modules.has(key)
  }
}

const moduleRegistry = new ModuleRegistry()
export default moduleRegistry
