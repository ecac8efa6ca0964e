import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type { Role } from '#core/roles'
import ForbiddenException from '#exceptions/forbidden_exception'

/** Coarse role gate for whole route groups; finer checks live in policies */
export default class RoleMiddleware {
  async handle(ctx: HttpContext, next: NextFn, options: { roles: Role[] }) {
    const user = ctx.auth.getUserOrFail()
    if (!options.roles.includes(user.role)) {
      throw new ForbiddenException('Role not allowed', { status: 403 })
    }
    return next()
  }
}
