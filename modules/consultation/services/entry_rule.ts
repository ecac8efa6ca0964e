import ConsultationParticipant from '#modules/consultation/models/consultation_participant'
import { whereInMediaSession } from '#modules/consultation/services/media_presence'

/** An external participant (or group invitee) asked to enter while no client is in the room */
export class ClientNotPresentError extends Error {}

/**
 * PRODUCT 4.5: extra invitees (external participants, also those invited
 * through a group) enter only while the client is present. "Present" means
 * in the media session now: a client's record in this consultation holds a
 * media connection that its app instance still refreshes (media_presence.ts;
 * the relay's join and leave hooks set and clear it, and a connection left
 * behind by an instance that died stops counting within a minute or two).
 * With several clients (a group appointment) any one of them counts.
 * Staff and clients are never held back by this rule.
 */
export async function clientPresent(consultationId: number): Promise<boolean> {
  const present = await whereInMediaSession(
    ConsultationParticipant.query().where('consultation_id', consultationId).where('role', 'client')
  ).first()
  return Boolean(present)
}

/** Throws ClientNotPresentError when this person may not enter now */
export async function ensureMayEnter(record: Pick<ConsultationParticipant, 'role' | 'consultationId'>) {
  if (record.role !== 'external') return
  if (!(await clientPresent(record.consultationId))) throw new ClientNotPresentError()
}

/** Whether this person may enter now (for checks that answer rather than throw) */
export async function mayEnterNow(record: Pick<ConsultationParticipant, 'role' | 'consultationId'>): Promise<boolean> {
  return record.role !== 'external' || clientPresent(record.consultationId)
}
