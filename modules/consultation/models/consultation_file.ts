import { ConsultationFileSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { withTenantScope } from '#core/tenancy/tenant_scoped'
import Consultation from './consultation.js'

export type FileDelivery = 'room' | 'email'

/**
 * A file shared in a consultation: the bytes are stored encrypted
 * (room_file_crypto.ts) under storageKey, the name is encrypted in the row
 */
export default class ConsultationFile extends compose(ConsultationFileSchema, withTenantScope) {
  @belongsTo(() => Consultation)
  declare consultation: BelongsTo<typeof Consultation>
}
