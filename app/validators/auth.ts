import vine from '@vinejs/vine'

export const loginValidator = vine.create({
  email: vine.string().trim().email().maxLength(254),
  password: vine.string().maxLength(200),
})

export const forgotPasswordValidator = vine.create({
  email: vine.string().trim().email().maxLength(254),
})

/** Passwords: long rather than complicated (NIST 800-63B) */
export const newPassword = () => vine.string().minLength(10).maxLength(128).confirmed()

export const setPasswordValidator = vine.create({
  password: newPassword(),
})
