import type { HttpContext } from '@adonisjs/core/http'
import moduleRegistry from '#core/modules/module_registry'
import ModuleSwitch from '#services/module_switch'
import AuditLogger from '#services/audit_logger'
import { moduleToggleValidator } from '#validators/organization'
import NotFoundException from '#exceptions/not_found_exception'

/** The org admin switches feature modules on and off for the organization */
export default class ModulesController {
  async index(ctx: HttpContext) {
    const enabled = await ModuleSwitch.forContext(ctx).enabledKeys()
    return ctx.inertia.render('organization/modules', {
      modules: moduleRegistry.all().map((manifest) => ({
        key: manifest.key,
        name: ctx.i18n.t(manifest.name),
        description: ctx.i18n.t(manifest.description),
        enabled: enabled.has(manifest.key),
        alwaysOn: manifest.alwaysOn ?? false,
      })),
    })
  }

  async update(ctx: HttpContext) {
    const { enabled, params } = await ctx.request.validateUsing(moduleToggleValidator)
    const manifest = moduleRegistry.get(params.key)
    if (!manifest || manifest.alwaysOn) throw new NotFoundException('Not found')
    await ModuleSwitch.forContext(ctx).setEnabled(manifest.key, enabled)
    await AuditLogger.record(ctx, {
      action: enabled ? 'module.enabled' : 'module.disabled',
      subject: { type: 'module', id: manifest.key, label: ctx.i18n.t(manifest.name) },
    })
    ctx.session.flash(
      'success',
      ctx.i18n.t(enabled ? 'modules_page.enabled' : 'modules_page.disabled', { name: ctx.i18n.t(manifest.name) })
    )
    return ctx.response.redirect().back()
  }
}
