import { GroupSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { beforeSave } from '@adonisjs/lucid/orm'
import { withTenantScope } from '#core/tenancy/tenant_scoped'
import { textKey } from '#core/database/text_keys'

/** A group of external participants, e.g. "Family" or "Home care" */
export default class Group extends compose(GroupSchema, withTenantScope) {
  @beforeSave()
  static keepNameKey(group: Group) {
    group.nameKey = textKey(group.name)
  }
}
