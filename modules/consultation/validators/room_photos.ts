import vine from '@vinejs/vine'

/** Someone of the room whose photo is asked for (u<userId> staff; p<id> invitees, who have none) */
export const roomPhotoParamsValidator = vine.create({
  params: vine.object({ uid: vine.string().regex(/^[up][0-9]{1,10}$/) }),
})
