import { ConsultationMessageSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { withTenantScope } from '#core/tenancy/tenant_scoped'
import Consultation from './consultation.js'

/** One chat message in a consultation (text and sender name encrypted at rest) */
export default class ConsultationMessage extends compose(ConsultationMessageSchema, withTenantScope) {
  @belongsTo(() => Consultation)
  declare consultation: BelongsTo<typeof Consultation>
}
