import app from '@adonisjs/core/services/app'
import env from '#start/env'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import NotFoundException from '#exceptions/not_found_exception'

/**
 * Developer tools (the mail outbox) exist only on a development machine using
 * the outbox mailer: on any shared server they would expose invitation links.
 */
export default class DevOnlyMiddleware {
  async handle(_ctx: HttpContext, next: NextFn) {
    if (!app.inDev || env.get('MAIL_MAILER', 'outbox') !== 'outbox') throw new NotFoundException('Not found')
    return next()
  }
}
