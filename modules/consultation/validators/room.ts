import vine from '@vinejs/vine'
import { STREAM_ID_PATTERN } from '#modules/consultation/services/room_service'

const streamId = () => vine.string().trim().regex(STREAM_ID_PATTERN).nullable().optional()

/** Which published stream is the camera and which the screen (null: stopped) */
export const streamsValidator = vine.create({
  camera: streamId(),
  screen: streamId(),
})

/** An invitee of the room (p<appointmentParticipantId>) */
export const sendBackValidator = vine.create({
  uid: vine.string().trim().regex(/^p[0-9]{1,10}$/),
})
