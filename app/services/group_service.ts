import type { HttpContext } from '@adonisjs/core/http'
import Group from '#models/group'
import AuditLogger from '#services/audit_logger'
import { saveWithUniqueName } from '#core/database/unique_name'

export type GroupInput = { name: string; description?: string | null }

/** Groups of external participants ("Family", "Home care") */
export default class GroupService {
  constructor(private ctx: HttpContext) {}

  async create(input: GroupInput) {
    const group = await saveWithUniqueName(Group, input.name, 'groups.errors.name_taken', () =>
      Group.create({ name: input.name, description: input.description ?? null })
    )
    await AuditLogger.record(this.ctx, {
      action: 'group.created',
      subject: { type: 'group', id: group.id, label: group.name },
    })
    return group
  }

  async update(group: Group, input: GroupInput) {
    group.merge({ name: input.name, description: input.description ?? null })
    const changes = { ...group.$dirty }
    await saveWithUniqueName(Group, input.name, 'groups.errors.name_taken', () => group.save(), group.id)
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

}
