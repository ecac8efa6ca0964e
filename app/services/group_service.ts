import type { HttpContext } from '@adonisjs/core/http'
import Group from '#models/group'
import AuditLogger from '#services/audit_logger'
import BusinessRuleException from '#exceptions/business_rule_exception'
import { textKey } from '#core/database/text_keys'
import { isUniqueViolation } from '#core/database/unique_violation'

export type GroupInput = { name: string; description?: string | null }

/** Groups of external participants ("Family", "Home care") */
export default class GroupService {
  constructor(private ctx: HttpContext) {}

  async create(input: GroupInput) {
    await this.ensureUniqueName(input.name)
    const group = await this.unlessNameTaken(() =>
      Group.create({ name: input.name, description: input.description ?? null })
    )
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
    await this.unlessNameTaken(() => group.save())
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

  /* The unique index settles a race between two simultaneous saves of one name */
  private async unlessNameTaken<T>(save: () => Promise<T>): Promise<T> {
    try {
      return await save()
    } catch (error) {
      if (isUniqueViolation(error)) throw new BusinessRuleException('groups.errors.name_taken', 'name')
      throw error
    }
  }

  private async ensureUniqueName(name: string, exceptId?: number) {
    const clash = await Group.query()
      .where('name_key', textKey(name))
      .if(exceptId, (query) => query.whereNot('id', exceptId!))
      .first()
    if (clash) throw new BusinessRuleException('groups.errors.name_taken', 'name')
  }
}
