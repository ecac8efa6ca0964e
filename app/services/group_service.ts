import type { HttpContext } from '@adonisjs/core/http'
import Group from '#models/group'
import AuditLogger from '#services/audit_logger'
import BusinessRuleException from '#exceptions/business_rule_exception'
import { textKey } from '#core/database/text_keys'

export type GroupInput = { name: string; description?: string | null }

/** Groups of external participants ("Family", "Home care") */
export default class GroupService {
  constructor(private ctx: HttpContext) {}

  async create(input: GroupInput) {
    await this.ensureUniqueName(input.name)
    const group = await Group.create({ name: input.name, description: input.description ?? null })
    await AuditLogger.record(this.ctx, {
      action: 'group.created',
      subject: { type: 'group', id: group.id, label: group.name },
    })
    return group
  }

  async update(group: Group, input: GroupInput) {
    await this.ensureUniqueName(input.name, group.id)
    group.merge({ name: input.name, description: input.description ?? null })
    const changes = { ...group.$dirty }
    await group.save()
    await AuditLogger.record(this.ctx, {
      action: 'group.updated',
      subject: { type: 'group', id: group.id, label: group.name },
      changes,
    })
    return group
  }

  async delete(group: Group) {
    await group.delete()
    await AuditLogger.record(this.ctx, {
      action: 'group.deleted',
      subject: { type: 'group', id: group.id, label: group.name },
    })
  }

  private async ensureUniqueName(name: string, exceptId?: number) {
    const clash = await Group.query()
      .where('name_key', textKey(name))
      .if(exceptId, (query) => query.whereNot('id', exceptId!))
      .first()
    if (clash) throw new BusinessRuleException('groups.errors.name_taken', 'name')
  }
}
