import { randomBytes } from 'node:crypto'
import drive from '@adonisjs/drive/services/main'
import env from '#start/env'
import type Consultation from '#modules/consultation/models/consultation'
import ConsultationFile, { type FileDelivery } from '#modules/consultation/models/consultation_file'
import type { RoomMember } from '#modules/consultation/services/room_access'
import { RoomEvents } from '#modules/consultation/services/room_events'
import { whileOpen } from '#modules/consultation/services/open_consultation'
import { RoomFileCrypto } from '#modules/consultation/services/room_file_crypto'
import { checkRoomFile, cleanFileName } from '#modules/consultation/services/room_file_types'
import SendRoomFileEmail, { recipientsOf } from '#modules/consultation/jobs/send_room_file_email'

export type RoomFileErrorCode =
  | 'sharing_off'
  | 'no_file'
  | 'empty'
  | 'too_large'
  | 'type'
  | 'email_staff_only'
  | 'no_recipients'
  | 'emails_off'

const STATUS: Record<RoomFileErrorCode, number> = {
  sharing_off: 403,
  email_staff_only: 403,
  no_file: 422,
  empty: 422,
  too_large: 413,
  type: 415,
  no_recipients: 422,
  emails_off: 422,
}

/** Why a file was not accepted; the code is translated (room_files.errors.<code>) */
export class RoomFileError extends Error {
  readonly status: number
  constructor(readonly code: RoomFileErrorCode) {
    super(code)
    this.status = STATUS[code]
  }
}

/** A file in the room's list */
export type SharedFile = {
  id: number
  name: string
  size: number
  mimeType: string
  sharedBy: string
  mine: boolean
  createdAt: string
}

let crypto: RoomFileCrypto | null = null
/** The room files' cipher (its key derived from APP_KEY for this purpose only) */
export function roomFileCrypto() {
  crypto ??= new RoomFileCrypto(env.get('APP_KEY').release())
  return crypto
}

/** The organization lets files be shared in its rooms (advanced setting allow_file_sharing) */
export function fileSharingAllowed(member: Pick<RoomMember, 'organization'>) {
  return member.organization.advancedSettings.allow_file_sharing === true
}

/**
 * Files shared during a consultation. The bytes are checked (allow-list by
 * extension and content signature, 20 MB), encrypted with AES-256-GCM and
 * stored under a random key in the app's storage; the name is encrypted in
 * the row. Only members of the consultation list and download them. All of it
 * is deleted when the consultation ends (cleanUpRoom). A file sent by e-mail
 * instead is never listed: the mail job sends it to the invitees and deletes it.
 */
export const RoomFiles = {
  async share(member: RoomMember, upload: { name: string; bytes: Buffer } | null, options: { email?: boolean } = {}) {
    if (!fileSharingAllowed(member)) throw new RoomFileError('sharing_off')
    if (options.email && !member.isStaff) throw new RoomFileError('email_staff_only')
    if (!upload) throw new RoomFileError('no_file')
    const name = cleanFileName(upload.name)
    const check = checkRoomFile(name, upload.bytes)
    if (!check.ok) throw new RoomFileError(check.reason)
    if (options.email) {
      if (member.organization.advancedSettings.do_not_send_emails === true) throw new RoomFileError('emails_off')
      if ((await recipientsOf(member.consultation)).length === 0) throw new RoomFileError('no_recipients')
    }

    const delivery: FileDelivery = options.email ? 'email' : 'room'
    const storageKey = `${delivery === 'room' ? roomFolder(member.consultation) : outboxFolder(member.consultation)}/${randomBytes(24).toString('hex')}.bin`
    await drive.use().put(storageKey, roomFileCrypto().seal(upload.bytes, storageKey))
    let file: ConsultationFile
    try {
      /* recorded only while the consultation is open: a share landing as it ends is refused (410), or its clean-up takes it */
      file = await whileOpen(member.consultation, (trx) =>
        ConsultationFile.create(
          {
            consultationId: member.consultation.id,
            senderUid: member.uid,
            senderName: member.name,
            name,
            mimeType: check.mimeType,
            size: upload.bytes.length,
            storageKey,
            delivery,
          },
          { client: trx }
        )
      )
    } catch (error) {
      await drive.use().delete(storageKey)
      throw error
    }
    if (delivery === 'email') {
      await SendRoomFileEmail.dispatch({ organizationId: member.organization.id, fileId: file.id })
    } else {
      await RoomEvents.changed(member.consultation, 'files', member.organization)
    }
    return { file: present(file, member.uid), delivery }
  },

  async list(member: RoomMember): Promise<SharedFile[]> {
    const files = await ConsultationFile.query()
      .where('consultation_id', member.consultation.id)
      .where('delivery', 'room')
      .orderBy('id')
    return files.map((file) => present(file, member.uid))
  },

  /** The file with its plain bytes, or null when it is not (or no longer) in this consultation */
  async read(member: RoomMember, id: number) {
    const file = await ConsultationFile.query()
      .where('consultation_id', member.consultation.id)
      .where('delivery', 'room')
      .where('id', id)
      .first()
    if (!file) return null
    return { file, bytes: await openStored(file) }
  },

  /**
   * Every file of the room, rows and bytes, and whatever else lies in the
   * room's folder (bytes whose row was never written). A file still waiting
   * to be e-mailed lies elsewhere and is left to its mail job.
   */
  async deleteAll(consultation: Consultation) {
    const files = await ConsultationFile.query().where('consultation_id', consultation.id).where('delivery', 'room')
    for (const file of files) await removeStored(file)
    await drive.use().deleteAll(roomFolder(consultation))
  },
}

/* where a room's files lie; files to be e-mailed wait apart from them */
const roomFolder = (consultation: Pick<Consultation, 'organizationId' | 'id'>) =>
  `consultation-files/${consultation.organizationId}/${consultation.id}`
const outboxFolder = (consultation: Pick<Consultation, 'organizationId' | 'id'>) =>
  `consultation-files/${consultation.organizationId}/outbox`

export async function openStored(file: ConsultationFile): Promise<Buffer> {
  const sealed = Buffer.from(await drive.use().getBytes(file.storageKey))
  return roomFileCrypto().open(sealed, file.storageKey)
}

/** Bytes first, then the row: a failure in between leaves a row without bytes, never unlisted bytes on disk */
export async function removeStored(file: ConsultationFile) {
  await drive.use().delete(file.storageKey)
  await file.delete()
}

function present(file: ConsultationFile, viewerUid: string): SharedFile {
  return {
    id: file.id,
    name: file.name,
    size: file.size,
    mimeType: file.mimeType,
    sharedBy: file.senderName ?? '',
    mine: file.senderUid === viewerUid,
    createdAt: file.createdAt.toUTC().toISO()!,
  }
}
