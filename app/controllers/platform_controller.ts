import type { HttpContext } from '@adonisjs/core/http'
import vine from '@vinejs/vine'
import Organization from '#models/organization'
import { organizationUrl } from '#core/tenancy/hosts'
import PlatformOverview from '#services/platform_overview'
import OrganizationSummaryTransformer from '#transformers/organization_summary_transformer'

const findOrganizationValidator = vine.create({
  slug: vine
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9-]{1,63}$/),
})

/** The bare domain: what the platform is, and the way to one's organization */
export default class PlatformController {
  /** Visitors find their organization; logged-in support staff see the organizations */
  async home({ inertia, auth }: HttpContext) {
    if (auth.user?.role === 'support') {
      const organizations = await PlatformOverview.organizations()
      return inertia.render('platform/support', {
        organizations: OrganizationSummaryTransformer.transform(organizations),
      })
    }
    return inertia.render('platform/home', {})
  }

  async findOrganization({ request, response, session, i18n, inertia }: HttpContext) {
    const { slug } = await request.validateUsing(findOrganizationValidator)
    const organization = await Organization.findBy('slug', slug)
    if (!organization) {
      session.flash('inputErrorsBag', { slug: [i18n.t('platform.unknown_organization')] })
      return response.redirect().back()
    }
    /* Another origin: an Inertia visit must leave by a full page load, not a followed XHR redirect */
    const target = organizationUrl(organization.slug, '/login')
    return request.header('x-inertia') ? inertia.location(target) : response.redirect(target)
  }
}
