import type { HttpContext } from '@adonisjs/core/http'
import Department from '#models/department'
import AuditLogger from '#services/audit_logger'
import { saveWithUniqueName } from '#core/database/unique_name'

export type DepartmentInput = { name: string; description?: string | null; color: string }

/** Departments of the current organization */
export default class DepartmentService {
  constructor(private ctx: HttpContext) {}

  async create(input: DepartmentInput) {
    const department = await saveWithUniqueName(Department, input.name, 'departments.errors.name_taken', () =>
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
    department.merge({ ...input, description: input.description ?? null })
    const changes = { ...department.$dirty }
    await saveWithUniqueName(Department, input.name, 'departments.errors.name_taken', () => department.save(), department.id)
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

}
