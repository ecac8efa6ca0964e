import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'

/**
 * A request that is well-formed but breaks a business rule (user cap reached,
 * e-mail taken, last admin...). The message is an i18n key; `field` places the
 * translated message next to that form field. Nothing has been saved.
 */
export default class BusinessRuleException extends Exception {
  static status = 422
  static code = 'E_BUSINESS_RULE'

  constructor(
    public messageKey: string,
    public field?: string,
    public values?: Record<string, unknown>
  ) {
    super(messageKey, { status: 422 })
  }

  async handle(error: this, ctx: HttpContext) {
    const message = ctx.i18n.t(error.messageKey, error.values)
    if (ctx.request.header('x-inertia') || !ctx.request.accepts(['json'])) {
      ctx.session.flashExcept(['password', 'password_confirmation', 'currentPassword'])
      if (error.field) {
        ctx.session.flash('inputErrorsBag', { [error.field]: [message] })
      }
      ctx.session.flash('error', message)
      return ctx.response.redirect().back()
    }
    return ctx.response.status(422).send({ errors: [{ message, field: error.field, rule: 'business' }] })
  }
}
