import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#models/user'

/** Groups of external participants are kept by org and department admins */
export default class GroupPolicy extends BasePolicy {
  manage(user: User): AuthorizerResponse {
    return user.role === 'org_admin' || user.role === 'dept_admin'
  }
}
