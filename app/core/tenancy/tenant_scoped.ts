import type { NormalizeConstructor } from '@adonisjs/core/types/helpers'
import type { BaseModel } from '@adonisjs/lucid/orm'
import type { ModelQueryBuilderContract, LucidModel } from '@adonisjs/lucid/types/model'
import { Exception } from '@adonisjs/core/exceptions'
import tenancy from '#core/tenancy/tenancy'

type KnexStatement = { grouping: string }

/**
 * Limits a query to the current organization. Existing where clauses are
 * first wrapped in one group, so a caller's `orWhere` (the auth finder uses
 * one) can never widen the result beyond the organization:
 *   (email = ? OR username = ?) AND organization_id = ?
 */
function restrictToTenant(model: LucidModel, query: ModelQueryBuilderContract<any, any>) {
  const scope = tenancy.current()
  if (scope.unscoped) return
  const knexQuery = (query as any).knexQuery as { _statements: KnexStatement[]; where: Function }
  const wheres = knexQuery._statements.filter((statement) => statement.grouping === 'where')
  if (wheres.length > 0) {
    knexQuery._statements = knexQuery._statements.filter((statement) => statement.grouping !== 'where')
    knexQuery.where(function (this: { _statements: KnexStatement[] }) {
      this._statements.push(...wheres)
    })
  }
  const column = `${model.table}.organization_id`
  if (scope.organizationId === null) {
    query.whereNull(column)
  } else {
    query.where(column, scope.organizationId)
  }
}

/**
 * Every tenant-owned model uses this mixin: reads (find, fetch, paginate,
 * relation queries) are limited to the organization of the current tenancy
 * scope right before they run; query-builder updates and deletes start
 * limited; new rows take the scope's organization. Controllers never filter
 * by organization themselves, and code outside any scope fails loudly.
 */
export function withTenantScope<T extends NormalizeConstructor<typeof BaseModel>>(superclass: T) {
  class TenantScoped extends superclass {
    declare organizationId: number | null

    /* Covers query().update() / query().delete(), which run no fetch hooks */
    static query(this: any, options?: any): any {
      const query = super.query(options)
      restrictToTenant(this, query)
      return query
    }

    static boot() {
      if (Object.prototype.hasOwnProperty.call(this, 'booted') && this.booted) return
      super.boot()
      /* Hooks must not return the builder: it is thenable and would be executed */
      this.before('fetch', (query) => {
        restrictToTenant(this, query)
      })
      this.before('find', (query) => {
        restrictToTenant(this, query)
      })
      this.before('paginate', ([countQuery]) => {
        restrictToTenant(this, countQuery as any)
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
