import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type { Role } from '#core/roles'

/** Coarse role gate for whole route groups; finer checks live in policies */
export default class RoleMiddleware {
  async handle(ctx: HttpContext, next: NextFn, options: { roles: Role[] }) {
    const user = ctx.auth.getUserOrFail()
    if (!options.roles.includes(user.role)) {
      return ctx.response.forbidden({ message: ctx.i18n.t('errors.forbidden') })
    }
    return next()
  }
}
