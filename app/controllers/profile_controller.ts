import type { HttpContext } from '@adonisjs/core/http'
import hash from '@adonisjs/core/services/hash'
import drive from '@adonisjs/drive/services/main'
import { DateTime } from 'luxon'
import i18nManager from '@adonisjs/i18n/services/main'
import { avatarValidator, changePasswordValidator, profileValidator } from '#validators/profile'
import ImageService from '#services/image_service'
import { SUPPORTED_LOCALES } from '#core/i18n/locales'
import BusinessRuleException from '#exceptions/business_rule_exception'

/** "My profile": name, phone, language, password and photo of the logged-in employee */
export default class ProfileController {
  async show({ inertia, auth }: HttpContext) {
    const user = auth.getUserOrFail()
    await user.load('departments')
    return inertia.render('profile/show', {
      departments: user.departments.map((d) => ({ id: d.id, name: d.name, color: d.color })),
      locales: [...SUPPORTED_LOCALES],
    })
  }

  async update({ request, auth, response, session }: HttpContext) {
    const user = auth.getUserOrFail()
    const payload = await request.validateUsing(profileValidator)
    user.merge({ fullName: payload.fullName, phone: payload.phone ?? null, locale: payload.locale })
    await user.save()
    session.flash('success', i18nManager.locale(payload.locale).t('profile.saved'))
    return response.redirect().back()
  }

  async updatePassword({ request, auth, response, session, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    const { currentPassword, password } = await request.validateUsing(changePasswordValidator)
    if (!user.password || !(await hash.verify(user.password, currentPassword))) {
      throw new BusinessRuleException('profile.errors.wrong_password', 'currentPassword')
    }
    user.password = password
    user.passwordSetAt = DateTime.now()
    await user.save()
    session.flash('success', i18n.t('profile.password_changed'))
    return response.redirect().back()
  }

  async updateAvatar({ request, auth, response, session, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    const { avatar } = await request.validateUsing(avatarValidator)
    const png = await ImageService.square(avatar, 256, 'avatar')
    const key = `organizations/${user.organizationId}/avatars/${user.id}-${Date.now()}.png`
    await drive.use().put(key, png)
    const previous = user.avatarPath
    user.avatarPath = key
    await user.save()
    if (previous) await drive.use().delete(previous)
    session.flash('success', i18n.t('profile.photo_saved'))
    return response.redirect().back()
  }

  async destroyAvatar({ auth, response }: HttpContext) {
    const user = auth.getUserOrFail()
    if (user.avatarPath) {
      await drive.use().delete(user.avatarPath)
      user.avatarPath = null
      await user.save()
    }
    return response.redirect().back()
  }
}
