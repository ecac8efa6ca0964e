import type Department from '#models/department'
import { BaseTransformer } from '@adonisjs/core/transformers'

export default class DepartmentTransformer extends BaseTransformer<Department> {
  toObject() {
    return {
      ...this.pick(this.resource, ['id', 'name', 'color']),
      description: this.resource.description ?? null,
      employeeCount: Number(this.resource.$extras.users_count ?? 0),
    }
  }
}
