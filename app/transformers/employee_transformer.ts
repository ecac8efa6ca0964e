import type User from '#models/user'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** An employee row in the employees list and form */
export default class EmployeeTransformer extends BaseTransformer<User> {
  toObject() {
    const user = this.resource
    return {
      ...this.pick(user, ['id', 'fullName', 'email', 'phone', 'role', 'isActive', 'initials']),
      locale: user.locale ?? null,
      /* Invited but has not chosen a password yet */
      pending: user.passwordSetAt === null,
      departments: (user.$preloaded.departments ? user.departments : []).map((department) => ({
        id: department.id,
        name: department.name,
        color: department.color,
      })),
      lastLoginAt: user.lastLoginAt?.toISO() ?? null,
    }
  }
}
