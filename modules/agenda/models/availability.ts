import { AvailabilitySchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { withTenantScope } from '#core/tenancy/tenant_scoped'
import User from '#models/user'

/** A period in which a handler can be consulted (local time of the organization) */
export default class Availability extends compose(AvailabilitySchema, withTenantScope) {
  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>
}
