import { AppointmentParticipantSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { withTenantScope } from '#core/tenancy/tenant_scoped'
import Group from '#models/group'
import Appointment from './appointment.js'
import Client from './client.js'
import ExternalParticipant from './external_participant.js'

/** One invitee of an appointment, with their own access link */
export default class AppointmentParticipant extends compose(AppointmentParticipantSchema, withTenantScope) {
  @belongsTo(() => Appointment)
  declare appointment: BelongsTo<typeof Appointment>

  @belongsTo(() => Client)
  declare client: BelongsTo<typeof Client>

  @belongsTo(() => ExternalParticipant)
  declare externalParticipant: BelongsTo<typeof ExternalParticipant>

  @belongsTo(() => Group)
  declare group: BelongsTo<typeof Group>

  /** The invited person (client or external participant), when still linked */
  get person(): Client | ExternalParticipant | null {
    return (this.role === 'client' ? this.client : this.externalParticipant) ?? null
  }
}
