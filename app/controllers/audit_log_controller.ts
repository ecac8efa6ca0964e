import type { HttpContext } from '@adonisjs/core/http'
import vine from '@vinejs/vine'
import AuditLog from '#models/audit_log'
import AuditLogTransformer from '#transformers/audit_log_transformer'
import { startsWithPattern } from '#core/database/text_keys'

const auditLogQueryValidator = vine.create({
  action: vine.string().trim().maxLength(80).optional(),
  page: vine.number().positive().withoutDecimals().max(100000).optional(),
})

/** The organization's audit log, newest first. Org admins only. */
export default class AuditLogController {
  async index({ inertia, request }: HttpContext) {
    const filters = await request.validateUsing(auditLogQueryValidator, { data: request.qs() })
    const page = await AuditLog.query()
      .if(filters.action, (query) =>
        query.whereRaw(`action like ? escape '\\'`, [startsWithPattern(filters.action!)])
      )
      .orderBy('id', 'desc')
      .paginate(filters.page ?? 1, 50)
    return inertia.render('organization/audit_log', {
      entries: AuditLogTransformer.transform(page.all()),
      meta: { currentPage: page.currentPage, lastPage: page.lastPage, total: page.total },
      filters: { action: filters.action ?? '' },
    })
  }
}
