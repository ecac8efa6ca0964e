import type ExternalParticipant from '#modules/agenda/models/external_participant'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** An external participant in the list and form */
export default class ExternalParticipantTransformer extends BaseTransformer<ExternalParticipant> {
  toObject() {
    const participant = this.resource
    return {
      ...this.pick(participant, ['id', 'initials', 'lastName', 'displayName', 'dateOfBirth', 'email']),
      clientNumber: participant.clientNumber ?? null,
      phone: participant.phone ?? null,
      locale: participant.locale ?? null,
      groups: (participant.$preloaded.groups ? participant.groups : []).map((group) => ({
        id: group.id,
        name: group.name,
      })),
    }
  }
}
