import type { HttpContext } from '@adonisjs/core/http'
import mail from '@adonisjs/mail/services/main'
import limiter from '@adonisjs/limiter/services/main'
import User from '#models/user'
import { forgotPasswordValidator } from '#validators/auth'
import UserTokenService from '#services/user_token_service'
import PasswordResetMail from '#mails/password_reset_mail'
import { organizationUrl } from '#core/tenancy/hosts'

/** "Forgot password": the answer is the same whether or not the address exists */
export default class PasswordResetController {
  async create({ inertia }: HttpContext) {
    return inertia.render('auth/forgot_password', {})
  }

  async store({ request, response, session, i18n, organization }: HttpContext) {
    const { email } = await request.validateUsing(forgotPasswordValidator)
    const resetLimiter = limiter.use({ requests: 3, duration: '15 mins' })
    await resetLimiter.attempt(`reset_${request.ip()}_${email.toLowerCase()}`, async () => {
      const user = await User.findBy('email', email.toLowerCase())
      if (user && user.isActive) {
        const token = await UserTokenService.issue(user, 'password_reset')
        const link = organizationUrl(organization!.slug, `/password/${token}`)
        await mail.sendLater(new PasswordResetMail(user, organization!, link))
      }
    })
    session.flash('success', i18n.t('auth.reset_link_sent'))
    return response.redirect('/login')
  }
}
