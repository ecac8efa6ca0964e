import { UserSchema } from '#database/schema'
import hash from '@adonisjs/core/services/hash'
import { compose } from '@adonisjs/core/helpers'
import { beforeSave, belongsTo, manyToMany } from '@adonisjs/lucid/orm'
import { textKey } from '#core/database/text_keys'
import type { BelongsTo, ManyToMany } from '@adonisjs/lucid/types/relations'
import type { LucidModel } from '@adonisjs/lucid/types/model'
import { withAuthFinder } from '@adonisjs/auth/mixins/lucid'
import { withTenantScope } from '#core/tenancy/tenant_scoped'
import Organization from '#models/organization'
import Department from '#models/department'

const AuthFinder = withAuthFinder(() => hash.use('scrypt'), {
  uids: ['email'],
  passwordColumnName: 'password',
})

/**
 * An employee of an organization (org admin, department admin, handler) or,
 * without organization, a member of the platform's support staff.
 */
export default class User extends compose(UserSchema, withTenantScope, AuthFinder) {
  @belongsTo(() => Organization)
  declare organization: BelongsTo<typeof Organization>

  @manyToMany(() => Department, { pivotTable: 'department_user' })
  declare departments: ManyToMany<typeof Department>

  /**
   * Login lookup: an invited employee who has not chosen a password yet is
   * simply not found (wrong credentials), never an error.
   */
  static findForAuth<T extends LucidModel>(this: T, uids: string[], value: string) {
    return this.query()
      .whereNotNull('password')
      .where((query) => uids.forEach((uid) => query.orWhere(uid, value)))
      .first() as Promise<InstanceType<T> | null>
  }

  @beforeSave()
  static keepSearchKey(user: User) {
    user.searchKey = textKey(`${user.fullName} ${user.email}`)
  }

  get initials() {
    const parts = this.fullName.trim().split(/\s+/)
    const letters = parts.length > 1 ? parts[0][0] + parts[parts.length - 1][0] : parts[0].slice(0, 2)
    return letters.toUpperCase()
  }

  /** Ids of the departments this user belongs to (loads the relation once) */
  async departmentIds(): Promise<number[]> {
    if (!this.$preloaded.departments) {
      await (this as User).load('departments')
    }
    return this.departments.map((department) => department.id)
  }
}
