import transmit from '@adonisjs/transmit/services/main'
import db from '@adonisjs/lucid/services/db'
import Organization from '#models/organization'
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

/*
 * The organization's slug names its channels. Callers that have the
 * organization at hand pass it; otherwise the slug is remembered by id for a
 * minute (a bounded map), forgotten at once when an organization is saved or
 * deleted here. Slugs are not edited anywhere today; the TTL covers a change
 * made on another instance.
 */
const SLUG_TTL_MS = 60_000
const SLUGS_KEPT = 500
const slugs = new Map<number, { slug: string; expires: number }>()

Organization.after('save', (organization) => {
  slugs.delete(organization.id)
})
Organization.after('delete', (organization) => {
  slugs.delete(organization.id)
})

async function slugOf(organization: OrganizationRef): Promise<string | null> {
  if (typeof organization !== 'number') return organization.slug
  const cached = slugs.get(organization)
  if (cached && cached.expires > Date.now()) return cached.slug
  const row = await db.from('organizations').where('id', organization).select('slug').first()
  slugs.delete(organization)
  if (!row?.slug) return null
  /* a Map iterates in insertion order: the first key is the oldest */
  if (slugs.size >= SLUGS_KEPT) slugs.delete(slugs.keys().next().value!)
  slugs.set(organization, { slug: row.slug, expires: Date.now() + SLUG_TTL_MS })
  return row.slug
}

/** The organization when the caller has it, or its id */
type OrganizationRef = Pick<Organization, 'slug'> | number

export const RoomEvents = {
  async changed(
    consultation: Pick<Consultation, 'organizationId' | 'mediaSession'>,
    type: RoomEventType,
    organization?: Pick<Organization, 'id' | 'slug'>
  ) {
    const slug = await slugOf(organization?.id === consultation.organizationId ? organization : consultation.organizationId)
    if (slug) transmit.broadcast(RoomChannels.consultation(slug, consultation.mediaSession), { type })
  },

  /** A waiting invitee's page: look again (admitted, sent back, a message) */
  async inviteeChanged(organization: OrganizationRef, appointmentParticipantId: number) {
    const slug = await slugOf(organization)
    if (slug) transmit.broadcast(RoomChannels.invitee(slug, appointmentParticipantId), { type: 'changed' })
  },
}
