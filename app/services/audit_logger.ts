import type { HttpContext } from '@adonisjs/core/http'
import AuditLog from '#models/audit_log'

export type AuditEntry = {
  action: string
  subject?: { type: string; id: number | string; label?: string | null }
  /** Field names and new values of what changed; never secrets or patient data */
  changes?: Record<string, unknown> | null
}

const REDACTED_FIELDS = new Set(['password', 'api_key', 'apiKey', 'token', 'secret'])

/** Records an administrative change in the organization's audit log */
export default class AuditLogger {
  static async record(ctx: HttpContext, entry: AuditEntry) {
    const actor = ctx.auth?.user
    const changes = entry.changes
      ? Object.fromEntries(
          Object.entries(entry.changes).map(([key, value]) => [
            key,
            REDACTED_FIELDS.has(key) ? '[redacted]' : value,
          ])
        )
      : null
    await AuditLog.create({
      actorId: actor?.id ?? null,
      actorName: actor?.fullName ?? null,
      action: entry.action,
      subjectType: entry.subject?.type ?? null,
      subjectId: entry.subject ? String(entry.subject.id) : null,
      subjectLabel: entry.subject?.label ?? null,
      changes,
      ipAddress: ctx.request.ip(),
    })
  }
}
