import type AuditLog from '#models/audit_log'
import { BaseTransformer } from '@adonisjs/core/transformers'

export default class AuditLogTransformer extends BaseTransformer<AuditLog> {
  toObject() {
    const entry = this.resource
    return {
      id: entry.id,
      action: entry.action,
      actorName: entry.actorName ?? null,
      subjectType: entry.subjectType ?? null,
      subjectLabel: entry.subjectLabel ?? null,
      changes: entry.changes ?? null,
      ipAddress: entry.ipAddress ?? null,
      createdAt: entry.createdAt.toISO()!,
    }
  }
}
