import { createHash } from 'node:crypto'
import ConsultationParticipant from '#modules/consultation/models/consultation_participant'
import type { RoomMember } from '#modules/consultation/services/room_access'

/**
 * The profile photos shown on the room's tiles (PRODUCT.md 4.3: photo and
 * name of the partner). Anyone in a consultation may see the photo of an
 * employee on that consultation's record, and no other: a patient's visit
 * session reaches the photos of the staff in their own consultation only
 * (never the organization's other staff, never another organization's).
 * Patients and other invitees have no photo.
 */
export const RoomPhotos = {
  /** The stored photo (drive key) of `uid` (u<userId>) in the member's consultation, or null */
  async keyOf(member: RoomMember, uid: string): Promise<string | null> {
    const match = /^u([0-9]{1,10})$/.exec(uid)
    if (!match) return null
    const record = await ConsultationParticipant.query()
      .where('consultation_id', member.consultation.id)
      .where('role', 'staff')
      .where('user_id', Number(match[1]))
      .preload('user')
      .first()
    return record?.user?.avatarPath ?? null
  },
}

/**
 * A photo's version for the room state: changes when the photo changes (a
 * cache-busting query on its address), without showing where it is stored.
 */
export function photoVersion(avatarPath: string | null): string | null {
  if (!avatarPath) return null
  return createHash('sha256').update(avatarPath).digest('base64url').slice(0, 12)
}
