import vine from '@vinejs/vine'
import { phoneNumber } from '#validators/common'
import { SUPPORTED_LOCALES } from '#core/i18n/locales'
import { newPassword } from '#validators/auth'
import { IMAGE_EXTENSIONS } from '#services/image_service'

export const profileValidator = vine.create({
  fullName: vine.string().trim().minLength(2).maxLength(160),
  phone: phoneNumber().optional(),
  locale: vine.enum(SUPPORTED_LOCALES),
})

export const changePasswordValidator = vine.create({
  currentPassword: vine.string().maxLength(200),
  password: newPassword(),
})

export const avatarValidator = vine.create({
  avatar: vine.file({ size: '5mb', extnames: IMAGE_EXTENSIONS }),
})
