import type { RoomMember } from '#modules/consultation/services/room_access'
import { RoomEvents } from '#modules/consultation/services/room_events'

/**
 * Whether a member's camera is off. A camera turned off in the browser keeps
 * sending black frames, so the others cannot tell from the video; the page
 * says so here, and the others' tiles show the person's photo (staff) or
 * initials with their name instead (PRODUCT.md 4.3).
 */
export const CameraState = {
  async set(member: RoomMember, off: boolean) {
    if (member.record.cameraOff === off) return
    member.record.cameraOff = off
    await member.record.save()
    await RoomEvents.changed(member.consultation, 'participants')
  },
}
