import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import UserTokenService from '#services/user_token_service'
import { setPasswordValidator } from '#validators/auth'

/**
 * The page behind invitation and password-reset e-mails: choose a password,
 * then you are logged in. The link works once, within its lifetime.
 */
export default class SetPasswordController {
  async show({ params, inertia, response }: HttpContext) {
    const token = await UserTokenService.findUsable(String(params.token))
    if (!token) {
      response.status(410)
      return inertia.render('auth/link_expired', {})
    }
    return inertia.render('auth/set_password', {
      token: String(params.token),
      purpose: token.purpose as 'invitation' | 'password_reset',
      email: token.user.email,
      fullName: token.user.fullName,
    })
  }

  async update({ params, request, response, inertia, auth, session, i18n }: HttpContext) {
    const token = await UserTokenService.findUsable(String(params.token))
    if (!token) {
      response.status(410)
      return inertia.render('auth/link_expired', {})
    }
    const { password } = await request.validateUsing(setPasswordValidator)
    const user = token.user
    await db.transaction(async (trx) => {
      user.useTransaction(trx)
      token.useTransaction(trx)
      user.password = password
      user.passwordSetAt = DateTime.now()
      user.lastLoginAt = DateTime.now()
      await user.save()
      await UserTokenService.consume(token)
    })
    await auth.use('web').login(user)
    session.flash('success', i18n.t('auth.password_set'))
    return response.redirect('/')
  }
}
