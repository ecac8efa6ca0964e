import type { HttpContext } from '@adonisjs/core/http'
import AuditLogger from '#services/audit_logger'
import { withinVisitAllowance } from '#modules/agenda/services/visit_limiter'
import { roomMemberOf } from '#modules/consultation/routes/room_routes'
import { ROOM_FILE_EXTENSIONS, ROOM_FILE_MAX_BYTES } from '#modules/consultation/services/room_file_types'
import { RoomFileError, RoomFiles, fileSharingAllowed } from '#modules/consultation/services/room_files'

/* sharing is a deliberate act: a handful a minute */
export const FILE_SHARES_PER_MINUTE = 10

class UploadTooLarge extends Error {}

/**
 * Files shared during a consultation. The upload is read here, after the
 * member was checked (the route is processed manually, config/bodyparser.ts:
 * nothing from an outsider is parsed, and no plain copy ever lands in a
 * temporary folder), into memory up to the 20 MB limit.
 */
export default class RoomFilesController {
  /** GET <base>/files */
  async index(ctx: HttpContext) {
    const member = roomMemberOf(ctx)
    return {
      files: await RoomFiles.list(member),
      canShare: fileSharingAllowed(member),
      canEmail: member.isStaff && member.organization.advancedSettings.do_not_send_emails !== true,
      limits: { maxBytes: ROOM_FILE_MAX_BYTES, extensions: ROOM_FILE_EXTENSIONS },
    }
  }

  /** POST <base>/files (multipart: file, and email=1 to send it to the invitees instead) */
  async store(ctx: HttpContext) {
    const member = roomMemberOf(ctx)
    const fail = (error: RoomFileError) =>
      ctx.response
        .status(error.status)
        .send({ error: error.code, message: ctx.i18n.t(`room_files.errors.${error.code}`, { max: 20 }) })
    if (!fileSharingAllowed(member)) return fail(new RoomFileError('sharing_off'))
    if (!(await withinVisitAllowance(ctx, `room_files_${member.consultation.mediaSession}_${member.uid}`, FILE_SHARES_PER_MINUTE))) {
      return
    }
    if (!ctx.request.multipart || ctx.request.bodyType !== 'multipart') return fail(new RoomFileError('no_file'))

    let upload: { name: string; bytes: Buffer } | null = null
    /* over all parts: a request that repeats the file field cannot add up to more */
    let received = 0
    const multipart = ctx.request.multipart
    multipart.onFile('file', {}, async (part) => {
      const chunks: Buffer[] = []
      for await (const chunk of part) {
        received += chunk.length
        if (received > ROOM_FILE_MAX_BYTES) {
          multipart.abort(new UploadTooLarge())
          return
        }
        chunks.push(chunk as Buffer)
      }
      if (!upload) upload = { name: part.filename ?? '', bytes: Buffer.concat(chunks) }
    })
    try {
      /* the file plus a few form fields */
      await multipart.process({ limit: ROOM_FILE_MAX_BYTES + 64 * 1024 })
    } catch (error) {
      if (error instanceof UploadTooLarge || (error as { status?: number }).status === 413) {
        return fail(new RoomFileError('too_large'))
      }
      if ((error as { code?: string }).code === 'E_INVALID_MULTIPART_REQUEST') return fail(new RoomFileError('no_file'))
      throw error
    }

    const email = ['1', 'true', 'on'].includes(String(ctx.request.input('email') ?? ''))
    try {
      const shared = await RoomFiles.share(member, upload, { email })
      return ctx.response.status(201).send(shared)
    } catch (error) {
      if (error instanceof RoomFileError) return fail(error)
      throw error
    }
  }

  /** GET <base>/files/:fileId: the plain file, as a download */
  async show(ctx: HttpContext) {
    const member = roomMemberOf(ctx)
    const id = Number(ctx.params.fileId)
    const found = Number.isSafeInteger(id) && id > 0 ? await RoomFiles.read(member, id) : null
    if (!found) return ctx.response.status(404).send({ error: 'not_found' })
    if (member.isStaff) {
      /* who opened a patient's file, never what it is called or holds */
      await AuditLogger.record(ctx, {
        action: 'consultation.file_downloaded',
        subject: { type: 'consultation', id: member.consultation.id, label: `#${found.file.id}` },
      })
    }
    const name = found.file.name
    const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
    ctx.response.header('Content-Type', found.file.mimeType)
    ctx.response.header('Content-Length', String(found.bytes.length))
    ctx.response.header(
      'Content-Disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
    )
    ctx.response.header('X-Content-Type-Options', 'nosniff')
    ctx.response.header('Cache-Control', 'no-store')
    ctx.response.header('Content-Security-Policy', "default-src 'none'; sandbox")
    return ctx.response.send(found.bytes)
  }
}
