import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#models/user'

/**
 * Whose availability someone may manage: everyone their own; a department
 * admin also that of the handlers of their departments; an org admin
 * everyone's. (The owner is always looked up inside the current
 * organization, so another organization's people are not found at all.)
 */
export default class AvailabilityPolicy extends BasePolicy {
  before(user: User | null) {
    if (user?.role === 'org_admin') return true
  }

  /** Manage (see, add, change, delete) the periods and exceptions of `owner` */
  async manage(user: User, owner: User): Promise<AuthorizerResponse> {
    if (user.id === owner.id) return true
    if (user.role !== 'dept_admin' || owner.role !== 'handler') return false
    const own = await user.departmentIds()
    return (await owner.departmentIds()).some((id) => own.includes(id))
  }

  /** Choose among several people on the availability page */
  pickOwner(user: User): AuthorizerResponse {
    return user.role === 'dept_admin'
  }
}
