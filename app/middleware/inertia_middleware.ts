import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import BaseInertiaMiddleware from '@adonisjs/inertia/inertia_middleware'
import env from '#start/env'
import UserTransformer from '#transformers/user_transformer'
import OrganizationTransformer from '#transformers/organization_transformer'
import MenuBuilder from '#services/menu_builder'

export default class InertiaMiddleware extends BaseInertiaMiddleware {
  /**
   * Props every page receives. A page may render before session or auth ran
   * (an unknown subdomain, a 404), so nothing here assumes they did.
   */
  async share(ctx: HttpContext) {
    const { session, auth } = ctx as Partial<HttpContext>
    const user = auth?.user
    return {
      errors: ctx.inertia.always(this.getValidationErrors(ctx)),
      flash: ctx.inertia.always({
        success: (session?.flashMessages.get('success') as string | undefined) ?? null,
        error: (session?.flashMessages.get('error') as string | undefined) ?? null,
      }),
      appName: env.get('APP_NAME', 'Consult'),
      locale: ctx.i18n?.locale ?? 'en',
      user: ctx.inertia.always(user ? UserTransformer.transform(user) : undefined),
      organization: ctx.organization ? OrganizationTransformer.transform(ctx.organization) : undefined,
      menu: user && ctx.i18n ? await MenuBuilder.build(ctx) : [],
    }
  }

  async handle(ctx: HttpContext, next: NextFn) {
    await this.init(ctx)
    const output = await next()
    this.dispose(ctx)
    return output
  }
}

declare module '@adonisjs/inertia/types' {
  type MiddlewareSharedProps = InferSharedProps<InertiaMiddleware>
  export interface SharedProps extends MiddlewareSharedProps {}
}
