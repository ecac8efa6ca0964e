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
    const used = await db.transaction(async (trx) => {
      token.useTransaction(trx)
      if (!(await UserTokenService.consume(token))) return false
      /* A password is chosen: every other invitation or reset link of this person stops working */
      await UserTokenService.revokeAll(user, undefined, trx)
      user.useTransaction(trx)
      user.password = password
      user.passwordSetAt = DateTime.now()
      user.lastLoginAt = DateTime.now()
      await user.save()
      return true
    })
    if (!used) {
      response.status(410)
      return inertia.render('auth/link_expired', {})
    }
    await auth.use('web').login(user)
    session.flash('success', i18n.t('auth.password_set'))
    return response.redirect('/')
  }
}
