import { AuditLogSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { withTenantScope } from '#core/tenancy/tenant_scoped'

export default class AuditLog extends compose(AuditLogSchema, withTenantScope) {}
