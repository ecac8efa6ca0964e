import { ServiceAnnouncementSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { withTenantScope } from '#core/tenancy/tenant_scoped'
import Department from '#models/department'

/** A live message in the waiting room ("running 10 minutes late") until it expires */
export default class ServiceAnnouncement extends compose(ServiceAnnouncementSchema, withTenantScope) {
  @belongsTo(() => Department)
  declare department: BelongsTo<typeof Department>
}
