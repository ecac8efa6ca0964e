import db from '@adonisjs/lucid/services/db'
import type { HttpContext } from '@adonisjs/core/http'
import Group from '#models/group'
import AuditLogger from '#services/audit_logger'
import BusinessRuleException from '#exceptions/business_rule_exception'
import NotFoundException from '#exceptions/not_found_exception'
import { textKey } from '#core/database/text_keys'
import ExternalParticipant from '#modules/agenda/models/external_participant'
import { numberRaceAsTaken } from '#modules/agenda/services/client_service'
import {
  applySearch,
  changedFields,
  findPossibleDuplicates,
  futureAppointmentCount,
  PAGE_SIZE,
  personAttributes,
  pickerEntry,
  SEARCH_LIMIT,
  type IdentifyingInput,
  type PersonInput,
} from '#modules/agenda/services/client_service'

export type ExternalParticipantInput = PersonInput & { groupIds?: number[] }

export type ExternalParticipantListFilters = { search?: string; group?: number; page?: number }

/**
 * External participants (family, home care, interpreters) of the current
 * organization. Every employee may find and invite them; admins manage them.
 * They belong to no department, so the strict segregation settings do not apply.
 */
export default class ExternalParticipantService {
  constructor(private ctx: HttpContext) {}

  list(filters: ExternalParticipantListFilters) {
    const query = ExternalParticipant.query()
      .preload('groups', (groups) => groups.orderBy('name'))
      .if(filters.group, (q) =>
        q.whereHas('groups', (groups) => groups.where('groups.id', filters.group!))
      )
    return applySearch(query, 'external_participants', filters.search)
      .orderBy('external_participants.last_name')
      .orderBy('external_participants.initials')
      .orderBy('external_participants.id')
      .paginate(filters.page ?? 1, PAGE_SIZE)
  }

  /** The picker of the appointment form: at most 20, optionally of one group */
  async search(text?: string | null, groupId?: number) {
    const query = ExternalParticipant.query().if(groupId, (q) =>
      q.whereHas('groups', (groups) => groups.where('groups.id', groupId!))
    )
    const people = await applySearch(query, 'external_participants', text)
      .orderBy('external_participants.last_name')
      .orderBy('external_participants.initials')
      .orderBy('external_participants.id')
      .limit(SEARCH_LIMIT)
    return people.map(pickerEntry)
  }

  async find(id: number): Promise<ExternalParticipant> {
    const participant = await ExternalParticipant.find(id)
    if (!participant) throw new NotFoundException('External participant not found')
    return participant
  }

  duplicates(input: IdentifyingInput, exceptId?: number | null) {
    return findPossibleDuplicates(ExternalParticipant.query(), 'external_participants', input, exceptId)
  }

  async create(input: ExternalParticipantInput): Promise<ExternalParticipant> {
    const attributes = personAttributes(input)
    await this.ensureClientNumberFree(attributes.clientNumber)
    const groupIds = await this.groupsFor(input.groupIds)
    if (!input.confirmDuplicates) await this.ensureNoDuplicates(attributes)
    const participant = await numberRaceAsTaken('clients.external.errors.client_number_taken', () =>
      db.transaction(async (trx) => {
        const created = await ExternalParticipant.create(attributes, { client: trx })
        await created.related('groups').sync(groupIds, true, trx)
        return created
      })
    )
    await AuditLogger.record(this.ctx, {
      action: 'external_participant.created',
      subject: { type: 'external_participant', id: participant.id, label: participant.displayName },
    })
    return participant
  }

  async update(participant: ExternalParticipant, input: ExternalParticipantInput): Promise<ExternalParticipant> {
    const attributes = personAttributes(input)
    await this.ensureClientNumberFree(attributes.clientNumber, participant.id)
    await participant.load('groups')
    const current = participant.groups.map((group) => group.id)
    const groupIds = input.groupIds === undefined ? current : await this.groupsFor(input.groupIds)
    const identityChanged =
      attributes.email !== participant.email ||
      attributes.dateOfBirth !== participant.dateOfBirth ||
      textKey(attributes.lastName) !== textKey(participant.lastName) ||
      (attributes.clientNumber !== null && attributes.clientNumber !== participant.clientNumber)
    if (identityChanged && !input.confirmDuplicates) await this.ensureNoDuplicates(attributes, participant.id)

    const groupsChanged = [...groupIds].sort().join() !== [...current].sort().join()
    participant.merge(attributes)
    const fields = changedFields(participant)
    await numberRaceAsTaken('clients.external.errors.client_number_taken', () =>
      db.transaction(async (trx) => {
        participant.useTransaction(trx)
        await participant.save()
        if (groupsChanged) await participant.related('groups').sync(groupIds, true, trx)
      })
    )
    await AuditLogger.record(this.ctx, {
      action: 'external_participant.updated',
      subject: { type: 'external_participant', id: participant.id, label: participant.displayName },
      changes: { fields: groupsChanged ? [...fields, 'groups'] : fields },
    })
    return participant
  }

  /** Someone invited to an appointment still ahead cannot be deleted */
  async delete(participant: ExternalParticipant) {
    const upcoming = await futureAppointmentCount('external_participant_id', participant.id)
    if (upcoming > 0) {
      throw new BusinessRuleException('clients.external.errors.has_future_appointments', undefined, {
        name: participant.displayName,
        count: upcoming,
      })
    }
    await participant.delete()
    await AuditLogger.record(this.ctx, {
      action: 'external_participant.deleted',
      subject: { type: 'external_participant', id: participant.id, label: participant.displayName },
    })
  }

  upcomingAppointmentCount(participant: ExternalParticipant) {
    return futureAppointmentCount('external_participant_id', participant.id)
  }

  private async ensureClientNumberFree(number: string | null, exceptId?: number) {
    if (!number) return
    const taken = await ExternalParticipant.query()
      .where('client_number', number)
      .if(exceptId, (q) => q.whereNot('id', exceptId!))
      .first()
    if (taken) throw new BusinessRuleException('clients.external.errors.client_number_taken', 'clientNumber')
  }

  private async ensureNoDuplicates(input: IdentifyingInput, exceptId?: number) {
    const matches = await this.duplicates(input, exceptId)
    if (matches.length > 0) {
      throw new BusinessRuleException('clients.errors.possible_duplicates', 'confirmDuplicates', {
        count: matches.length,
      })
    }
  }

  /** Only groups of this organization (the tenant scope drops foreign ids) */
  private async groupsFor(ids: number[] | undefined): Promise<number[]> {
    const wanted = [...new Set(ids ?? [])]
    if (wanted.length === 0) return []
    const groups = await Group.query().whereIn('id', wanted)
    if (groups.length !== wanted.length) {
      throw new BusinessRuleException('clients.external.errors.unknown_group', 'groupIds')
    }
    return wanted
  }
}
