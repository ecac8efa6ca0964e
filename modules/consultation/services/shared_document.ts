import { affectedRows } from '#core/database/affected_rows'
import Consultation from '#modules/consultation/models/consultation'
import type { RoomMember } from '#modules/consultation/services/room_access'
import { RoomEvents } from '#modules/consultation/services/room_events'

/** The longest shared-document address accepted (the column holds 2000) */
export const SHARED_DOCUMENT_MAX_LENGTH = 2000

/**
 * The room's shared-document link (PRODUCT.md 4.4): an https address (e.g. a
 * document to sketch in together) the practitioner sets or clears for the
 * running consultation; everyone in the room sees it, and it goes when the
 * consultation ends (RoomService.end clears it).
 */
export const SharedDocument = {
  /**
   * Sets (or, with null, clears) the link of the member's consultation while
   * it is open; false when it has ended meanwhile (nothing changes).
   */
  async set(member: RoomMember, url: string | null): Promise<boolean> {
    const consultation = member.consultation
    /* only while open: a set racing the end must not leave a link behind */
    const changed = await Consultation.query()
      .where('id', consultation.id)
      .where('status', 'open')
      .update({ shared_document_url: url })
    if (!affectedRows(changed)) return false
    consultation.sharedDocumentUrl = url
    await RoomEvents.changed(consultation, 'document')
    return true
  },
}
