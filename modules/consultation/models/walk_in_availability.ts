import { WalkInAvailabilitySchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { withTenantScope } from '#core/tenancy/tenant_scoped'
import User from '#models/user'

/** An employee's "available for walk-in visitors": on while availableUntil lies ahead */
export default class WalkInAvailability extends compose(WalkInAvailabilitySchema, withTenantScope) {
  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>
}
