import type { NormalizeConstructor } from '@adonisjs/core/types/helpers'
import { ModelQueryBuilder, type BaseModel } from '@adonisjs/lucid/orm'
import type { LucidModel } from '@adonisjs/lucid/types/model'
import { Exception } from '@adonisjs/core/exceptions'
import tenancy from '#core/tenancy/tenancy'

type ScopableQuery = {
  model: LucidModel & { $tenantScoped?: boolean }
  knexQuery: { _method?: string }
  /* pivot-table queries of many-to-many relations: the pivot has no organization column */
  isPivotOnlyQuery?: boolean
  wrapExisting(): unknown
  where(column: string, value: unknown): unknown
  whereNull(column: string): unknown
}

const RESTRICTED = Symbol('tenantRestricted')

/**
 * Limits a query to the current organization. The caller's where clauses are
 * first wrapped in their own group (Lucid's wrapExisting), so an `orWhere`
 * (the auth finder uses one) can never widen the result:
 *   (email = ? OR username = ?) AND organization_id = ?
 */
function restrictToTenant(query: ScopableQuery) {
  const scope = tenancy.current()
  if (scope.unscoped) return
  const column = `${query.model.table}.organization_id`
  query.wrapExisting()
  if (scope.organizationId === null) {
    query.whereNull(column)
  } else {
    query.where(column, scope.organizationId)
  }
}

/*
 * Every model query, read or write, plain or relation, paginated or pojo,
 * runs through ModelQueryBuilder#execQuery: the one place where the scope is
 * applied, after the caller has added all its clauses.
 */
const prototype = ModelQueryBuilder.prototype as unknown as { execQuery: () => Promise<unknown> }
const execQuery = prototype.execQuery
prototype.execQuery = function (this: ScopableQuery & Record<symbol, boolean>) {
  if (
    this.model.$tenantScoped &&
    !this[RESTRICTED] &&
    !this.isPivotOnlyQuery &&
    this.knexQuery._method !== 'insert'
  ) {
    this[RESTRICTED] = true
    restrictToTenant(this)
  }
  return execQuery.call(this)
}

/* Hooks are stored in sets: a module-level function is registered once whatever the mixin depth */
const beforeCreate = (row: { organizationId?: number | null }) => {
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
}

/**
 * Every tenant-owned model uses this mixin: all its queries are limited to the
 * organization of the current tenancy scope and new rows take that
 * organization. Controllers never filter by organization themselves, and
 * code touching tenant data outside any scope fails loudly.
 */
export function withTenantScope<T extends NormalizeConstructor<typeof BaseModel>>(superclass: T) {
  class TenantScoped extends superclass {
    static $tenantScoped = true
    declare organizationId: number | null

    static boot() {
      if (Object.prototype.hasOwnProperty.call(this, 'booted') && this.booted) return
      super.boot()
      this.before('create', beforeCreate as any)
    }
  }
  return TenantScoped
}
