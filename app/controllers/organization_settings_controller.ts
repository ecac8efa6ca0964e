import type { HttpContext } from '@adonisjs/core/http'
import { organizationDetailsValidator, logoValidator } from '#validators/organization'
import OrganizationSettingsService, { LOGO_BOX } from '#services/organization_settings_service'
import OrganizationTransformer from '#transformers/organization_transformer'
import { SUPPORTED_LOCALES } from '#core/i18n/locales'

/** Organization settings (PRODUCT.md 1.7): details, logo, API key. Org admins only. */
export default class OrganizationSettingsController {
  async show({ inertia, organization, session }: HttpContext) {
    return inertia.render('organization/settings', {
      settings: OrganizationTransformer.transform(organization!).useVariant('forSettings'),
      timezones: [...new Set(['UTC', ...Intl.supportedValuesOf('timeZone'), organization!.timezone])],
      locales: [...SUPPORTED_LOCALES],
      logoBox: LOGO_BOX,
      /* A freshly generated key is shown exactly once, right after rotation */
      newApiKey: (session.flashMessages.get('newApiKey') as string | undefined) ?? null,
    })
  }

  async update(ctx: HttpContext) {
    const details = await ctx.request.validateUsing(organizationDetailsValidator)
    await new OrganizationSettingsService(ctx, ctx.organization!).updateDetails({
      ...details,
      contactEmail: details.contactEmail ?? null,
      contactPhone: details.contactPhone ?? null,
      address: details.address ?? null,
      website: details.website ?? null,
      addressFormNl: details.addressFormNl ?? null,
      addressFormEn: details.addressFormEn ?? null,
      addressFormDe: details.addressFormDe ?? null,
    })
    ctx.session.flash('success', ctx.i18n.t('organization.saved'))
    return ctx.response.redirect().back()
  }

  async updateLogo(ctx: HttpContext) {
    const { logo } = await ctx.request.validateUsing(logoValidator)
    await new OrganizationSettingsService(ctx, ctx.organization!).replaceLogo(logo)
    ctx.session.flash('success', ctx.i18n.t('organization.logo_saved'))
    return ctx.response.redirect().back()
  }

  async destroyLogo(ctx: HttpContext) {
    await new OrganizationSettingsService(ctx, ctx.organization!).removeLogo()
    return ctx.response.redirect().back()
  }

  async rotateApiKey(ctx: HttpContext) {
    const key = await new OrganizationSettingsService(ctx, ctx.organization!).rotateApiKey()
    ctx.session.flash('newApiKey', key)
    return ctx.response.redirect().back()
  }

  async revokeApiKey(ctx: HttpContext) {
    await new OrganizationSettingsService(ctx, ctx.organization!).revokeApiKey()
    ctx.session.flash('success', ctx.i18n.t('organization.api_key_revoked'))
    return ctx.response.redirect().back()
  }
}
