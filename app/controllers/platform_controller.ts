import type { HttpContext } from '@adonisjs/core/http'
import vine from '@vinejs/vine'
import Organization from '#models/organization'
import { organizationUrl } from '#core/tenancy/hosts'

const findOrganizationValidator = vine.create({
  slug: vine
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9-]{1,63}$/),
})

/** The bare domain: what the platform is, and the way to one's organization */
export default class PlatformController {
  async home({ inertia }: HttpContext) {
    return inertia.render('platform/home', {})
  }

  async findOrganization({ request, response, session, i18n }: HttpContext) {
    const { slug } = await request.validateUsing(findOrganizationValidator)
    const organization = await Organization.findBy('slug', slug)
    if (!organization) {
      session.flash('inputErrorsBag', { slug: [i18n.t('platform.unknown_organization')] })
      return response.redirect().back()
    }
    return response.redirect(organizationUrl(organization.slug, '/login'))
  }
}
