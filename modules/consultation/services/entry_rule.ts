import ConsultationParticipant from '#modules/consultation/models/consultation_participant'

/** An external participant (or group invitee) asked to enter while no client is in the room */
export class ClientNotPresentError extends Error {}

/**
 * PRODUCT 4.5: extra invitees (external participants, also those invited
 * through a group) enter only while the client is present. "Present" means
 * in the media session now: a client's record in this consultation has
 * joined_at set and left_at empty (the relay's join and leave hooks keep
 * them). With several clients (a group appointment) any one of them counts.
 * Staff and clients are never held back by this rule.
 */
export async function clientPresent(consultationId: number): Promise<boolean> {
  const present = await ConsultationParticipant.query()
    .where('consultation_id', consultationId)
    .where('role', 'client')
    .whereNotNull('joined_at')
    .whereNull('left_at')
    .first()
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
