import { RequestValidator } from '@adonisjs/core/http'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { applyLocale } from '#core/i18n/locales'
import { ValidationMessages } from '#core/i18n/validation_messages'

/** Chooses the page language (user > browser > organization > English) */
export default class DetectLocaleMiddleware {
  static {
    /* Validation errors come from resources/lang/<locale>/validator.json */
    RequestValidator.messagesProvider = (ctx) => new ValidationMessages(ctx.i18n)
  }

  async handle(ctx: HttpContext, next: NextFn) {
    applyLocale(ctx)
    return next()
  }
}
