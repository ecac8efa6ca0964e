import { AppointmentSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { belongsTo, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import { withTenantScope } from '#core/tenancy/tenant_scoped'
import Department from '#models/department'
import User from '#models/user'
import AppointmentParticipant from './appointment_participant.js'

/** A video consultation at a time (stored in UTC) with a handler or a department */
export default class Appointment extends compose(AppointmentSchema, withTenantScope) {
  @belongsTo(() => User, { foreignKey: 'handlerId' })
  declare handler: BelongsTo<typeof User>

  @belongsTo(() => Department)
  declare department: BelongsTo<typeof Department>

  @hasMany(() => AppointmentParticipant)
  declare participants: HasMany<typeof AppointmentParticipant>

  get isCancelled() {
    return this.status === 'cancelled'
  }
}
