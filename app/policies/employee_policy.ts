import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#models/user'

/** Org admins add, edit and remove employees; department admins see their departments' staff */
export default class EmployeePolicy extends BasePolicy {
  before(user: User | null) {
    if (user?.role === 'org_admin') return true
  }

  viewList(user: User): AuthorizerResponse {
    return user.role === 'dept_admin'
  }

  manage(): AuthorizerResponse {
    return false
  }
}
