import { GroupSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { withTenantScope } from '#core/tenancy/tenant_scoped'

/** A group of external participants, e.g. "Family" or "Home care" */
export default class Group extends compose(GroupSchema, withTenantScope) {}
