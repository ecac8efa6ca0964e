import type { HttpContext } from '@adonisjs/core/http'
import ModuleSwitch from '#services/module_switch'

/** JSON summary of the session: who is logged in, where, with which modules on */
export default class MeController {
  async show(ctx: HttpContext) {
    const user = ctx.auth.getUserOrFail()
    return ctx.response.json({
      user: { id: user.id, fullName: user.fullName, email: user.email, role: user.role },
      organization: { slug: ctx.organization!.slug, name: ctx.organization!.name },
      modules: [...(await ModuleSwitch.forContext(ctx).enabledKeys())],
    })
  }
}
