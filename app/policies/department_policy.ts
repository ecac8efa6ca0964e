import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#models/user'
import type Department from '#models/department'

/** Org admins manage every department; department admins edit their own */
export default class DepartmentPolicy extends BasePolicy {
  before(user: User | null) {
    if (user?.role === 'org_admin') return true
  }

  viewList(user: User): AuthorizerResponse {
    return user.role === 'dept_admin'
  }

  create(): AuthorizerResponse {
    return false
  }

  async update(user: User, department: Department): Promise<AuthorizerResponse> {
    return user.role === 'dept_admin' && (await user.departmentIds()).includes(department.id)
  }

  delete(): AuthorizerResponse {
    return false
  }
}
