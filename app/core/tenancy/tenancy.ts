import { AsyncLocalStorage } from 'node:async_hooks'
import { Exception } from '@adonisjs/core/exceptions'

/**
 * The organization a piece of work runs for. Set once per request by the
 * tenant middleware (or by a job / command), read by every tenant-owned model.
 *
 *  - organizationId: number  -> rows of that organization only
 *  - organizationId: null    -> the platform (bare domain): rows without organization
 *  - unscoped: true          -> explicit system work (seeders, cross-tenant jobs)
 */
export type TenantScope =
  | { organizationId: number | null; unscoped?: false }
  | { organizationId?: undefined; unscoped: true }

export class MissingTenantContextException extends Exception {
  static status = 500
  static code = 'E_MISSING_TENANT_CONTEXT'
}

class Tenancy {
  #storage = new AsyncLocalStorage<TenantScope>()

  /** Run `callback` as the given organization (or the platform, with null) */
  run<T>(organization: { id: number } | number | null, callback: () => T): T {
    const organizationId =
      organization === null ? null : typeof organization === 'number' ? organization : organization.id
    return this.#storage.run({ organizationId }, callback)
  }

  /** Deliberately step outside every organization (system jobs, seeders, migrations of data) */
  unscoped<T>(callback: () => T): T {
    return this.#storage.run({ unscoped: true }, callback)
  }

  /** The current scope; throws when code touches tenant data without one */
  current(): TenantScope {
    const scope = this.#storage.getStore()
    if (!scope) {
      throw new MissingTenantContextException(
        'Tenant-owned data was queried outside tenancy.run() / tenancy.unscoped()'
      )
    }
    return scope
  }

  /** The current organization id, or undefined outside an organization */
  organizationId(): number | undefined {
    const scope = this.#storage.getStore()
    return scope && !scope.unscoped && scope.organizationId !== null ? scope.organizationId : undefined
  }
}

const tenancy = new Tenancy()
export default tenancy
