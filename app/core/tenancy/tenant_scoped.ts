import type { NormalizeConstructor } from '@adonisjs/core/types/helpers'
import type { BaseModel } from '@adonisjs/lucid/orm'
import type { ModelQueryBuilderContract, LucidModel } from '@adonisjs/lucid/types/model'
import { Exception } from '@adonisjs/core/exceptions'
import tenancy from '#core/tenancy/tenancy'

const SCOPED = Symbol('tenantScoped')

function applyScope(model: LucidModel, query: ModelQueryBuilderContract<any, any>) {
  if ((query as any)[SCOPED]) return query
  ;(query as any)[SCOPED] = true
  const scope = tenancy.current()
  if (scope.unscoped) return query
  const column = `${model.table}.organization_id`
  return scope.organizationId === null ? query.whereNull(column) : query.where(column, scope.organizationId)
}

/**
 * Every tenant-owned model uses this mixin: all its queries (find, fetch,
 * paginate, relation queries, query-builder updates and deletes) are limited
 * to the organization of the current tenancy scope, and new rows take that
 * organization. Controllers never filter by organization themselves.
 */
export function withTenantScope<T extends NormalizeConstructor<typeof BaseModel>>(superclass: T) {
  class TenantScoped extends superclass {
    declare organizationId: number | null

    static query(this: any, options?: any): any {
      return applyScope(this, super.query(options))
    }

    static boot() {
      if (Object.prototype.hasOwnProperty.call(this, 'booted') && this.booted) return
      super.boot()
      /* Hooks must not return the builder: it is thenable and would be executed */
      this.before('fetch', (query) => {
        applyScope(this, query)
      })
      this.before('find', (query) => {
        applyScope(this, query)
      })
      this.before('paginate', ([countQuery, query]) => {
        applyScope(this, countQuery as any)
        applyScope(this, query)
      })
      this.before('create', (row: any) => {
        const scope = tenancy.current()
        if (scope.unscoped) return
        if (row.organizationId === undefined || row.organizationId === null) {
          row.organizationId = scope.organizationId
        } else if (row.organizationId !== scope.organizationId) {
          throw new Exception('Refusing to create a row for another organization', {
            status: 403,
            code: 'E_CROSS_TENANT_WRITE',
          })
        }
      })
    }
  }
  return TenantScoped
}
