import vine from '@vinejs/vine'

/** An employee of the room whose photo is asked for (u<userId>) */
export const roomPhotoParamsValidator = vine.create({
  params: vine.object({ uid: vine.string().regex(/^u[0-9]{1,10}$/) }),
})
