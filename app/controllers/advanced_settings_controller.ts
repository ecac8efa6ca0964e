import type { HttpContext } from '@adonisjs/core/http'
import { advancedSettingsValidator } from '#validators/organization'
import OrganizationSettingsService from '#services/organization_settings_service'
import { ADVANCED_SETTINGS } from '#core/settings/advanced_settings'

/** Advanced settings (PRODUCT.md 1.8): every toggle, grouped and explained. Org admins only. */
export default class AdvancedSettingsController {
  async show({ inertia, organization }: HttpContext) {
    return inertia.render('organization/advanced', {
      groups: ADVANCED_SETTINGS.map((group) => ({
        key: group.key,
        settings: group.settings.map((setting) => ({ ...setting, options: 'options' in setting ? [...setting.options] : null })),
      })) as any,
      values: organization!.advancedSettings,
    })
  }

  async update(ctx: HttpContext) {
    const { settings } = await ctx.request.validateUsing(advancedSettingsValidator)
    await new OrganizationSettingsService(ctx, ctx.organization!).updateAdvanced(settings)
    ctx.session.flash('success', ctx.i18n.t('advanced.saved'))
    return ctx.response.redirect().back()
  }
}
