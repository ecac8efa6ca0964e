import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import ModuleSwitch from '#services/module_switch'
import NotFoundException from '#exceptions/not_found_exception'

/** A module switched off for this organization answers 404, as if it did not exist */
export default class ModuleEnabledMiddleware {
  async handle(ctx: HttpContext, next: NextFn, options: { module: string }) {
    if (!ctx.organization || !(await ModuleSwitch.forContext(ctx).isEnabled(options.module))) {
      throw new NotFoundException('Not found')
    }
    return next()
  }
}
