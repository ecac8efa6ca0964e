import { Exception } from '@adonisjs/core/exceptions'

/** Rendered by the exception handler as the translated 404 page (JSON for API clients) */
export default class NotFoundException extends Exception {
  static status = 404
  static code = 'E_NOT_FOUND'
}
