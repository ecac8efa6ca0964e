import { OrganizationModuleSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { withTenantScope } from '#core/tenancy/tenant_scoped'

export default class OrganizationModule extends compose(OrganizationModuleSchema, withTenantScope) {}
