import { RequestValidator } from '@adonisjs/core/http'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { applyLocale } from '#core/i18n/locales'

/** Chooses the page language (user > browser > organization > English) */
export default class DetectLocaleMiddleware {
  static {
    /* Validation errors come from resources/lang/<locale>/validator.json */
    RequestValidator.messagesProvider = (ctx) => ctx.i18n.createMessagesProvider()
  }

  async handle(ctx: HttpContext, next: NextFn) {
    applyLocale(ctx)
    return next()
  }
}
