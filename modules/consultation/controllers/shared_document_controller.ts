import type { HttpContext } from '@adonisjs/core/http'
import { roomMemberOf } from '#modules/consultation/routes/room_routes'
import { SharedDocument } from '#modules/consultation/services/shared_document'
import { sharedDocumentMessages, sharedDocumentValidator } from '#modules/consultation/validators/shared_document'

/** The room's shared-document link: set and cleared by staff only (clients may not, PRODUCT.md 4.4) */
export default class SharedDocumentController {
  async update(ctx: HttpContext) {
    const member = roomMemberOf(ctx)
    if (!member.isStaff) return ctx.response.status(403).send({ error: 'not_allowed' })
    const { url } = await ctx.request.validateUsing(sharedDocumentValidator, { messagesProvider: sharedDocumentMessages(ctx) })
    if (!(await SharedDocument.set(member, url))) return ctx.response.status(410).send({ error: 'ended' })
    return ctx.response.noContent()
  }

  async destroy(ctx: HttpContext) {
    const member = roomMemberOf(ctx)
    if (!member.isStaff) return ctx.response.status(403).send({ error: 'not_allowed' })
    if (!(await SharedDocument.set(member, null))) return ctx.response.status(410).send({ error: 'ended' })
    return ctx.response.noContent()
  }
}
