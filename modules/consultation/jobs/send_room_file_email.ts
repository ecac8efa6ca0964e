import { createHash } from 'node:crypto'
import mail from '@adonisjs/mail/services/main'
import logger from '@adonisjs/core/services/logger'
import type { JobOptions } from '@adonisjs/queue/types'
import ModuleJob, { type ModuleJobPayload } from '#core/modules/module_job'
import type Organization from '#models/organization'
import type Consultation from '#modules/consultation/models/consultation'
import ConsultationFile from '#modules/consultation/models/consultation_file'
import AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import { classifySendError } from '#modules/agenda/services/send_errors'
import RoomFileMail, { type RoomFileRecipient } from '#modules/consultation/mails/room_file_mail'

export type SendRoomFileEmailPayload = ModuleJobPayload & {
  /** the stored, encrypted file (delivery 'email'); it never travels in the queue itself */
  fileId: number
}

/** The invitees of the consultation's appointment who have an e-mail address */
export async function recipientsOf(consultation: Pick<Consultation, 'appointmentId'>): Promise<RoomFileRecipient[]> {
  if (!consultation.appointmentId) return []
  const participants = await AppointmentParticipant.query()
    .where('appointment_id', consultation.appointmentId)
    .preload('client')
    .preload('externalParticipant')
  const recipients: RoomFileRecipient[] = []
  for (const participant of participants) {
    const person = participant.person
    if (!person?.email || recipients.some((recipient) => recipient.address === person.email)) continue
    recipients.push({ address: person.email, name: person.displayName, locale: person.locale })
  }
  return recipients
}

/** Who a file already went to is kept as digests of the addresses, never the addresses */
function addressDigest(address: string): string {
  return createHash('sha256').update(address.trim().toLowerCase()).digest('base64url').slice(0, 22)
}

function emailedTo(file: ConsultationFile): string[] {
  try {
    const list: unknown = JSON.parse(file.emailedTo ?? '[]')
    return Array.isArray(list) ? list.filter((entry): entry is string => typeof entry === 'string') : []
  } catch {
    return []
  }
}

/**
 * Sends a file shared in a consultation "by e-mail instead" to the
 * consultation's invitees as an attachment, then deletes it (rows and bytes):
 * it is not kept after sending, nor after the last failed attempt. A retry
 * after a partial failure sends only to those not reached yet. Logs
 * carry ids only, never the file's name or content.
 */
export default class SendRoomFileEmail extends ModuleJob<SendRoomFileEmailPayload> {
  static options: JobOptions = { queue: 'mail', maxRetries: 3 }
  protected readonly module = 'consultation'

  protected async handle(organization: Organization) {
    const { openStored, removeStored } = await import('#modules/consultation/services/room_files')
    const file = await ConsultationFile.query().where('id', this.payload.fileId).where('delivery', 'email').preload('consultation').first()
    if (!file) return
    const recipients = await recipientsOf(file.consultation)
    const bytes = await openStored(file)
    /* an earlier attempt that failed half-way already reached these: nobody gets the file twice */
    const done = new Set(emailedTo(file))
    let refused = 0
    for (const recipient of recipients) {
      const key = addressDigest(recipient.address)
      if (done.has(key)) continue
      try {
        await mail.use().send(
          new RoomFileMail(organization, recipient, file.senderName ?? '', { name: file.name, mimeType: file.mimeType, bytes })
        )
      } catch (error) {
        /* an address the server refuses stays refused: the others still get it; anything else is tried again */
        const failure = classifySendError(error)
        if (!failure.permanent) throw error
        refused++
        logger.warn({ organizationId: organization.id, fileId: file.id, code: failure.code }, 'room file e-mail refused')
      }
      /* on record at once (sent, or refused for good), before the next recipient can fail */
      done.add(key)
      file.emailedTo = JSON.stringify([...done])
      await file.save()
    }
    logger.info({ organizationId: organization.id, fileId: file.id, recipients: recipients.length, refused }, 'room file e-mailed')
    await removeStored(file)
  }

  /** Retries used up: the file is not kept */
  async failed(error: Error) {
    const { default: Organization } = await import('#models/organization')
    const { default: tenancy } = await import('#core/tenancy/tenancy')
    const { removeStored } = await import('#modules/consultation/services/room_files')
    /* the code only: a server's answer may name the address */
    const code = classifySendError(error).code
    logger.warn({ organizationId: this.payload.organizationId, fileId: this.payload.fileId, code }, 'room file e-mail failed')
    const organization = await Organization.find(this.payload.organizationId)
    if (!organization) return
    await tenancy.run(organization, async () => {
      const file = await ConsultationFile.query().where('id', this.payload.fileId).where('delivery', 'email').first()
      if (file) await removeStored(file)
    })
  }
}
