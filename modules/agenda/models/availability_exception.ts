import { AvailabilityExceptionSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { withTenantScope } from '#core/tenancy/tenant_scoped'

/** A day or a period a handler is not available despite their availability */
export default class AvailabilityException extends compose(AvailabilityExceptionSchema, withTenantScope) {}
