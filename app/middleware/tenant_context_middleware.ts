import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type Organization from '#models/organization'
import organizationResolver from '#core/tenancy/organization_resolver'
import tenancy from '#core/tenancy/tenancy'
import { organizationSlugFromHost, platformUrl } from '#core/tenancy/hosts'
import { applyLocale } from '#core/i18n/locales'

/**
 * Resolves the organization from the subdomain (<slug>.<APP_DOMAIN>) and runs
 * the rest of the request inside its tenancy scope. The bare domain runs in
 * the platform scope; an unknown subdomain gets a clear 404 page.
 */
export default class TenantContextMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const host = organizationSlugFromHost(ctx.request.hostname())
    if (host.kind === 'platform') {
      return tenancy.run(null, () => next())
    }
    const organization = host.kind === 'organization' ? await organizationResolver.bySlug(host.slug) : null
    if (!organization) {
      return tenancy.run(null, async () => {
        applyLocale(ctx)
        const page = await ctx.inertia.render('errors/unknown_organization', {
          host: ctx.request.hostname() ?? '',
          platformUrl: platformUrl('/'),
        })
        ctx.response.status(404).send(page)
      })
    }
    ctx.organization = organization
    return tenancy.run(organization, () => next())
  }
}

declare module '@adonisjs/core/http' {
  export interface HttpContext {
    organization?: Organization
  }
}
