import clock from '#core/clock'
import tenancy from '#core/tenancy/tenancy'
import { accessState } from '#modules/agenda/services/access_link'
import Consultation from '#modules/consultation/models/consultation'
import RoomService from '#modules/consultation/services/room_service'

/** A connection with no sign of life for this long is not a call any more (a server crash leaves such rows) */
export const STALE_PRESENCE_HOURS = 2

/**
 * Consultations nobody ended: the practitioner closed the tab instead of
 * pressing "end". Once the appointment's access link has closed and nobody
 * is still connected, the consultation is ended as of the moment the last
 * person left, so the usage reports get a start, an end and a duration,
 * and its shared files and chat are deleted like after a normal end.
 */
export default class AbandonedConsultations {
  async run(now = clock.now()): Promise<number> {
    const open = await tenancy.unscoped(
      async () => await Consultation.query().where('status', 'open').preload('appointment').preload('participants')
    )
    let ended = 0
    for (const consultation of open) {
      const linkOpen = consultation.appointment && accessState(consultation.appointment, now).state === 'open'
      if (linkOpen) continue
      const staleBefore = now.minus({ hours: STALE_PRESENCE_HOURS })
      const connected = consultation.participants.filter((record) => record.mediaConnection !== null)
      if (connected.some((record) => record.updatedAt > staleBefore)) continue
      const lastLeft = consultation.participants
        .map((record) => record.leftAt ?? (record.mediaConnection ? record.updatedAt : null))
        .filter((at) => at !== null)
        .sort((a, b) => b!.toMillis() - a!.toMillis())[0]
      await tenancy.run(consultation.organizationId, () => new RoomService().end(consultation, lastLeft ?? now))
      ended++
    }
    return ended
  }
}
