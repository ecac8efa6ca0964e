import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import Department from '#models/department'
import type Organization from '#models/organization'
import User from '#models/user'
import ServiceAnnouncement from '#modules/agenda/models/service_announcement'
import { dbTime, fromLocal, localToday, NonexistentLocalTimeError } from '#modules/agenda/services/local_time'
import { pingWaitingRooms } from '#modules/agenda/services/waiting_room_content'
import BusinessRuleException from '#exceptions/business_rule_exception'
import ForbiddenException from '#exceptions/forbidden_exception'
import NotFoundException from '#exceptions/not_found_exception'
import AuditLogger from '#services/audit_logger'

/** Expired announcements stay on the list (greyed) this long, so a mistake is easy to spot */
export const RECENTLY_EXPIRED_HOURS = 24

export type AnnouncementInput = {
  message: string
  /** null: every department (org admins only) */
  departmentId: number | null
  /** local date (YYYY-MM-DD) and time (HH:mm) in the organization's time zone */
  date: string
  time: string
}

export type AnnouncementRow = {
  id: number
  message: string
  departmentId: number | null
  departmentName: string | null
  expiresAt: string
  expired: boolean
  createdAt: string
  createdByName: string | null
  canDelete: boolean
}

/**
 * Service announcements ("running 10 minutes late") of the current
 * organization. Org admins manage all of them and may address every
 * department at once; department admins manage those of their own
 * departments and see (without managing) the organization-wide ones.
 */
export default class AnnouncementService {
  private constructor(
    private ctx: HttpContext,
    private user: User,
    private organization: Organization,
    private departmentIds: number[]
  ) {}

  static async for(ctx: HttpContext) {
    const user = ctx.auth.getUserOrFail()
    return new AnnouncementService(ctx, user, ctx.organization!, await user.departmentIds())
  }

  get isOrgAdmin() {
    return this.user.role === 'org_admin'
  }

  /** Announcements this user may see */
  private visible() {
    const query = ServiceAnnouncement.query()
    if (!this.isOrgAdmin) {
      query.where((audience) => {
        audience.whereNull('department_id').orWhereIn('department_id', this.departmentIds)
      })
    }
    return query
  }

  /** Announcements this user may delete */
  private manageable() {
    const query = ServiceAnnouncement.query()
    if (!this.isOrgAdmin) query.whereIn('department_id', this.departmentIds)
    return query
  }

  canManage(announcement: ServiceAnnouncement) {
    if (this.isOrgAdmin) return true
    return announcement.departmentId !== null && this.departmentIds.includes(announcement.departmentId)
  }

  /** The departments this user may address, by name */
  async departments() {
    const query = Department.query().select('id', 'name').orderBy('name')
    if (!this.isOrgAdmin) query.whereIn('id', this.departmentIds)
    return (await query).map((department) => ({ id: department.id, name: department.name }))
  }

  /** The active announcements and those expired within the last day, soonest expiry first */
  async list(now: DateTime = DateTime.utc()): Promise<AnnouncementRow[]> {
    const announcements = await this.visible()
      .where('expires_at', '>', dbTime(now.minus({ hours: RECENTLY_EXPIRED_HOURS })))
      .preload('department')
      .orderBy('expires_at', 'asc')
      .orderBy('id', 'asc')
    const authors = await this.authorNames(announcements)
    return announcements.map((announcement) => ({
      id: announcement.id,
      message: announcement.message,
      departmentId: announcement.departmentId,
      departmentName: (announcement.department as Department | null)?.name ?? null,
      expiresAt: announcement.expiresAt.toUTC().toISO()!,
      expired: announcement.expiresAt <= now,
      createdAt: announcement.createdAt.toUTC().toISO()!,
      createdByName: announcement.createdById ? (authors.get(announcement.createdById) ?? null) : null,
      canDelete: this.canManage(announcement),
    }))
  }

  private async authorNames(announcements: ServiceAnnouncement[]) {
    const ids = [...new Set(announcements.map((a) => a.createdById).filter((id): id is number => id !== null))]
    if (ids.length === 0) return new Map<number, string>()
    const users = await User.query().whereIn('id', ids).select('id', 'full_name')
    return new Map(users.map((user) => [user.id, user.fullName]))
  }

  /**
   * What the form suggests: the end of today in the organization's time zone,
   * or of tomorrow when less than an hour of today is left.
   */
  defaultExpiry(now: DateTime = DateTime.utc()) {
    const zone = this.organization.timezone
    const lateEvening = now.setZone(zone).hour >= 23
    return { date: localToday(zone, lateEvening ? now.plus({ days: 1 }) : now), time: '23:59' }
  }

  async create(input: AnnouncementInput, now: DateTime = DateTime.utc()) {
    await this.assertDepartment(input.departmentId)
    const expiresAt = this.expiryOf(input, now)
    const announcement = await ServiceAnnouncement.create({
      message: input.message,
      departmentId: input.departmentId,
      expiresAt,
      createdById: this.user.id,
    })
    await AuditLogger.record(this.ctx, {
      action: 'announcement.created',
      subject: { type: 'service_announcement', id: announcement.id, label: input.message.slice(0, 80) },
      changes: { departmentId: input.departmentId, expiresAt: expiresAt.toISO() },
    })
    await pingWaitingRooms(this.organization, [announcement.departmentId])
    return announcement
  }

  /**
   * Deletes one announcement. One the user cannot see answers 404 (as if it
   * did not exist); an organization-wide one seen by a department admin, 403.
   */
  async delete(id: number) {
    const announcement = await this.visible().where('id', id).first()
    if (!announcement) throw new NotFoundException('Announcement not found')
    if (!this.canManage(announcement)) throw new ForbiddenException('Not your announcement', { status: 403 })
    await announcement.delete()
    await AuditLogger.record(this.ctx, {
      action: 'announcement.deleted',
      subject: { type: 'service_announcement', id: announcement.id, label: announcement.message.slice(0, 80) },
    })
    await pingWaitingRooms(this.organization, [announcement.departmentId])
    return announcement
  }

  /** "Delete all": every announcement for an org admin, those of their departments for a department admin */
  async deleteAll() {
    const announcements = await this.manageable().select('id', 'department_id')
    if (announcements.length === 0) return 0
    await this.manageable()
      .whereIn(
        'id',
        announcements.map((announcement) => announcement.id)
      )
      .delete()
    await AuditLogger.record(this.ctx, {
      action: 'announcement.deleted_all',
      changes: { count: announcements.length },
    })
    await pingWaitingRooms(this.organization, [...new Set(announcements.map((a) => a.departmentId))])
    return announcements.length
  }

  private async assertDepartment(departmentId: number | null) {
    if (departmentId === null) {
      if (!this.isOrgAdmin) throw new BusinessRuleException('waiting_room_content.errors.choose_department', 'departmentId')
      return
    }
    const department = await Department.find(departmentId)
    if (!department || (!this.isOrgAdmin && !this.departmentIds.includes(department.id))) {
      throw new BusinessRuleException('waiting_room_content.errors.unknown_department', 'departmentId')
    }
  }

  private expiryOf(input: AnnouncementInput, now: DateTime): DateTime {
    if (!DateTime.fromISO(input.date).isValid) {
      throw new BusinessRuleException('waiting_room_content.errors.invalid_date', 'date')
    }
    let expiresAt: DateTime
    try {
      expiresAt = fromLocal(input.date, input.time, this.organization.timezone)
    } catch (error) {
      if (!(error instanceof NonexistentLocalTimeError)) throw error
      throw new BusinessRuleException('waiting_room_content.errors.expiry_nonexistent', 'time')
    }
    if (expiresAt <= now) throw new BusinessRuleException('waiting_room_content.errors.expiry_past', 'time')
    return expiresAt
  }
}
