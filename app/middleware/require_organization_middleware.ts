import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import NotFoundException from '#exceptions/not_found_exception'

/** Routes that only make sense on an organization's subdomain (404 on the bare domain) */
export default class RequireOrganizationMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    if (!ctx.organization) {
      throw new NotFoundException('Not found')
    }
    return next()
  }
}
