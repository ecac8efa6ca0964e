import { ConsultationSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { belongsTo, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import { withTenantScope } from '#core/tenancy/tenant_scoped'
import Appointment from '#modules/agenda/models/appointment'
import ConsultationParticipant from './consultation_participant.js'

/** One video session: who took part and for how long (no media is recorded) */
export default class Consultation extends compose(ConsultationSchema, withTenantScope) {
  @belongsTo(() => Appointment)
  declare appointment: BelongsTo<typeof Appointment>

  @hasMany(() => ConsultationParticipant)
  declare participants: HasMany<typeof ConsultationParticipant>
}
