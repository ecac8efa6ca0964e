import { Exception } from '@adonisjs/core/exceptions'

/** The user's role does not allow this; rendered by the exception handler like a policy denial */
export default class ForbiddenException extends Exception {
  static status = 403
  static code = 'E_FORBIDDEN'
}
