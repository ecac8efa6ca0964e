import { UserTokenSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { DateTime } from 'luxon'
import { withTenantScope } from '#core/tenancy/tenant_scoped'
import User from '#models/user'

export type TokenPurpose = 'invitation' | 'password_reset'

export default class UserToken extends compose(UserTokenSchema, withTenantScope) {
  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>

  get isUsable() {
    return !this.usedAt && this.expiresAt > DateTime.now()
  }
}
