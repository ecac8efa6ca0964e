import { ExternalParticipantSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { beforeSave, manyToMany } from '@adonisjs/lucid/orm'
import type { ManyToMany } from '@adonisjs/lucid/types/relations'
import { withTenantScope } from '#core/tenancy/tenant_scoped'
import Group from '#models/group'
import { personSearchKey } from './client.js'

/** Someone invited alongside a client (family, home care), member of groups */
export default class ExternalParticipant extends compose(ExternalParticipantSchema, withTenantScope) {
  @manyToMany(() => Group, { pivotTable: 'external_participant_group' })
  declare groups: ManyToMany<typeof Group>

  @beforeSave()
  static keepSearchKey(participant: ExternalParticipant) {
    participant.searchKey = personSearchKey(participant)
  }

  get displayName() {
    return `${this.initials} ${this.lastName}`
  }
}
