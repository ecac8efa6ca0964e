import type { HttpContext } from '@adonisjs/core/http'
import Department from '#models/department'
import AuditLogger from '#services/audit_logger'
import BusinessRuleException from '#exceptions/business_rule_exception'
import { textKey } from '#core/database/text_keys'
import { isUniqueViolation } from '#core/database/unique_violation'

export type DepartmentInput = { name: string; description?: string | null; color: string }

/** Departments of the current organization */
export default class DepartmentService {
  constructor(private ctx: HttpContext) {}

  async create(input: DepartmentInput) {
    await this.ensureUniqueName(input.name)
    const department = await this.unlessNameTaken(() =>
      Department.create({ ...input, description: input.description ?? null })
    )
    await AuditLogger.record(this.ctx, {
      action: 'department.created',
      subject: { type: 'department', id: department.id, label: department.name },
      changes: { name: department.name, color: department.color },
    })
    return department
  }

  async update(department: Department, input: DepartmentInput) {
    await this.ensureUniqueName(input.name, department.id)
    department.merge({ ...input, description: input.description ?? null })
    const changes = { ...department.$dirty }
    await this.unlessNameTaken(() => department.save())
    await AuditLogger.record(this.ctx, {
      action: 'department.updated',
      subject: { type: 'department', id: department.id, label: department.name },
      changes,
    })
    return department
  }

  /** Employees keep their accounts; they only leave the department */
  async delete(department: Department) {
    await department.delete()
    await AuditLogger.record(this.ctx, {
      action: 'department.deleted',
      subject: { type: 'department', id: department.id, label: department.name },
    })
  }

  /* The unique index settles a race between two simultaneous saves of one name */
  private async unlessNameTaken<T>(save: () => Promise<T>): Promise<T> {
    try {
      return await save()
    } catch (error) {
      if (isUniqueViolation(error)) throw new BusinessRuleException('departments.errors.name_taken', 'name')
      throw error
    }
  }

  private async ensureUniqueName(name: string, exceptId?: number) {
    const clash = await Department.query()
      .where('name_key', textKey(name))
      .if(exceptId, (query) => query.whereNot('id', exceptId!))
      .first()
    if (clash) throw new BusinessRuleException('departments.errors.name_taken', 'name')
  }
}
