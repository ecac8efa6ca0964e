import { ConsultationParticipantSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { withTenantScope } from '#core/tenancy/tenant_scoped'
import AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import User from '#models/user'
import Consultation from './consultation.js'

/** Someone who was in a consultation: an employee, the client or an external participant */
export default class ConsultationParticipant extends compose(ConsultationParticipantSchema, withTenantScope) {
  @belongsTo(() => Consultation)
  declare consultation: BelongsTo<typeof Consultation>

  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>

  @belongsTo(() => AppointmentParticipant)
  declare appointmentParticipant: BelongsTo<typeof AppointmentParticipant>
}
