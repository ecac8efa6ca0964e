import { DepartmentSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { beforeSave, manyToMany } from '@adonisjs/lucid/orm'
import { textKey } from '#core/database/text_keys'
import type { ManyToMany } from '@adonisjs/lucid/types/relations'
import { withTenantScope } from '#core/tenancy/tenant_scoped'
import User from '#models/user'

export default class Department extends compose(DepartmentSchema, withTenantScope) {
  @manyToMany(() => User, { pivotTable: 'department_user' })
  declare users: ManyToMany<typeof User>

  @beforeSave()
  static keepNameKey(department: Department) {
    department.nameKey = textKey(department.name)
  }
}
