import type { HttpContext } from '@adonisjs/core/http'
import ModuleSwitch from '#services/module_switch'
import UserTransformer from '#transformers/user_transformer'

/** JSON summary of the session: who is logged in, where, with which modules on */
export default class MeController {
  async show(ctx: HttpContext) {
    const user = ctx.auth.getUserOrFail()
    return ctx.serialize({
      user: UserTransformer.transform(user),
      organization: { slug: ctx.organization!.slug, name: ctx.organization!.name },
      modules: [...(await ModuleSwitch.forContext(ctx).enabledKeys())],
    })
  }
}
