import transmit from '@adonisjs/transmit/services/main'
import db from '@adonisjs/lucid/services/db'
import type Consultation from '#modules/consultation/models/consultation'

/** What changed in a room; pages refetch that part (messages never travel on the channel; 'document': the shared-document link) */
export type RoomEventType = 'participants' | 'messages' | 'files' | 'ended' | 'document'

/*
 * Real-time channels of the consultation room. Their messages are content
 * free ({ type }), so that a channel leaks nothing even if its name leaked;
 * who may listen is decided in start/transmit.ts from grants in the
 * listener's session (RoomGrants).
 */
export const RoomChannels = {
  /** Everyone in one consultation (its media session id is random and unguessable) */
  consultation(organizationSlug: string, mediaSession: string) {
    return `organizations/${organizationSlug}/consultations/${mediaSession}`
  },

  /** One waiting invitee (their appointment participant id): "you are let in", "a message for you" */
  invitee(organizationSlug: string, appointmentParticipantId: number) {
    return `organizations/${organizationSlug}/invitees/${appointmentParticipantId}`
  },
}

async function slugOf(organizationId: number): Promise<string | null> {
  const row = await db.from('organizations').where('id', organizationId).select('slug').first()
  return row?.slug ?? null
}

export const RoomEvents = {
  async changed(consultation: Pick<Consultation, 'organizationId' | 'mediaSession'>, type: RoomEventType) {
    const slug = await slugOf(consultation.organizationId)
    if (slug) transmit.broadcast(RoomChannels.consultation(slug, consultation.mediaSession), { type })
  },

  /** A waiting invitee's page: look again (admitted, sent back, a message) */
  async inviteeChanged(organizationId: number, appointmentParticipantId: number) {
    const slug = await slugOf(organizationId)
    if (slug) transmit.broadcast(RoomChannels.invitee(slug, appointmentParticipantId), { type: 'changed' })
  },
}
