import type { HttpContext } from '@adonisjs/core/http'
import limiter from '@adonisjs/limiter/services/main'
import { DateTime } from 'luxon'
import { errors as authErrors } from '@adonisjs/auth'
import User from '#models/user'
import { loginValidator } from '#validators/auth'

/** Login and logout of employees, on their organization's subdomain */
export default class SessionController {
  async create({ inertia }: HttpContext) {
    return inertia.render('auth/login', {})
  }

  async store({ request, auth, response, session, i18n }: HttpContext) {
    const { email, password } = await request.validateUsing(loginValidator)
    /* 5 failed attempts per e-mail and IP within 15 minutes, then a 15-minute pause */
    const loginLimiter = limiter.use({ requests: 5, duration: '15 mins', blockDuration: '15 mins' })
    const key = `login_${request.ip()}_${email.toLowerCase()}`
    let result
    try {
      result = await loginLimiter.penalize(key, () =>
        User.verifyCredentials(email.toLowerCase(), password)
      )
    } catch (failure) {
      if (!(failure instanceof authErrors.E_INVALID_CREDENTIALS)) throw failure
      session.flashExcept(['password'])
      session.flash('inputErrorsBag', { email: [i18n.t('auth.invalid_credentials')] })
      return response.redirect().back()
    }
    const [error, user] = result
    if (error) {
      session.flashExcept(['password'])
      session.flash('inputErrorsBag', {
        email: [i18n.t('auth.too_many_attempts', { minutes: Math.ceil(error.response.availableIn / 60) })],
      })
      return response.redirect().back()
    }
    if (!user.isActive) {
      session.flashExcept(['password'])
      session.flash('inputErrorsBag', { email: [i18n.t('auth.inactive')] })
      return response.redirect().back()
    }
    await auth.use('web').login(user)
    user.lastLoginAt = DateTime.now()
    await user.save()
    return response.redirect('/')
  }

  async destroy({ auth, response }: HttpContext) {
    await auth.use('web').logout()
    return response.redirect('/login')
  }
}
