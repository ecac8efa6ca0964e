import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/** Requires a logged-in, active user; visitors are sent to the login page */
export default class AuthMiddleware {
  redirectTo = '/login'

  async handle(ctx: HttpContext, next: NextFn) {
    await ctx.auth.authenticateUsing(['web'], { loginRoute: this.redirectTo })
    if (!ctx.auth.user!.isActive) {
      await ctx.auth.use('web').logout()
      return ctx.response.redirect(this.redirectTo)
    }
    return next()
  }
}
