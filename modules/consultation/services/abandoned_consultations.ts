import clock from '#core/clock'
import tenancy from '#core/tenancy/tenancy'
import { accessState } from '#modules/agenda/services/access_link'
import Consultation from '#modules/consultation/models/consultation'
import RoomService from '#modules/consultation/services/room_service'
import { inMediaSession } from '#modules/consultation/services/media_presence'

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
      /* a connection its app instance stopped refreshing (a crash) is not a call any more */
      if (consultation.participants.some((record) => inMediaSession(record, now))) continue
      const lastLeft = consultation.participants
        .map((record) => record.leftAt ?? (record.mediaConnection ? (record.mediaSeenAt ?? record.updatedAt) : null))
        .filter((at) => at !== null)
        .sort((a, b) => b!.toMillis() - a!.toMillis())[0]
      await tenancy.run(consultation.organizationId, () => new RoomService().end(consultation, lastLeft ?? now))
      ended++
    }
    return ended
  }
}
