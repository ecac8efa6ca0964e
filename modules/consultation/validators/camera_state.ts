import vine from '@vinejs/vine'

/** The own camera turned off (true) or on again (false) */
export const cameraStateValidator = vine.create({
  off: vine.boolean({ strict: true }),
})
