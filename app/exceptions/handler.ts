import app from '@adonisjs/core/services/app'
import { errors as bouncerErrors } from '@adonisjs/bouncer'
import { type HttpContext, ExceptionHandler } from '@adonisjs/core/http'
import type { StatusPageRange, StatusPageRenderer } from '@adonisjs/core/types/http'
import ForbiddenException from '#exceptions/forbidden_exception'
import { renderApiError } from '#core/http/problem_details'

export default class HttpExceptionHandler extends ExceptionHandler {
  protected debug = !app.inProduction && !app.inTest

  /* Friendly, translated pages for people; JSON clients still get JSON */
  protected renderStatusPages = app.inProduction || app.inTest

  protected statusPages: Record<StatusPageRange, StatusPageRenderer> = {
    '403': (_, { inertia }) => inertia.render('errors/forbidden', {}),
    '404': (_, { inertia }) => inertia.render('errors/not_found', {}),
    '500..599': (_, { inertia }) => inertia.render('errors/server_error', {}),
  }

  async handle(error: unknown, ctx: HttpContext) {
    /* The REST API answers every error as RFC 9457 problem details, never a page or a redirect */
    if (ctx.request.url().startsWith('/api/')) {
      return renderApiError(error, ctx)
    }
    if (error instanceof bouncerErrors.E_AUTHORIZATION_FAILURE || error instanceof ForbiddenException) {
      return this.forbidden(ctx)
    }
    return super.handle(error, ctx)
  }

  /**
   * A role or policy said no (one answer for both): a page visit shows the
   * translated "no access" page, a form submission goes back with the message,
   * an API client gets 403 JSON. Nothing was changed.
   */
  private async forbidden(ctx: HttpContext) {
    const message = ctx.i18n?.t('errors.forbidden') ?? 'Forbidden'
    const isPageVisit = ctx.request.method() === 'GET'
    const wantsJson = !ctx.request.header('x-inertia') && ctx.request.accepts(['html', 'json']) === 'json'
    if (wantsJson) {
      return ctx.response.status(403).send({ errors: [{ message }] })
    }
    if (isPageVisit) {
      return ctx.response.status(403).send(await ctx.inertia.render('errors/forbidden', {}))
    }
    ctx.session?.flash('error', message)
    return ctx.response.redirect().back()
  }
}
