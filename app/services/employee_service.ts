import db from '@adonisjs/lucid/services/db'
import mail from '@adonisjs/mail/services/main'
import drive from '@adonisjs/drive/services/main'
import type { HttpContext } from '@adonisjs/core/http'
import User from '#models/user'
import Department from '#models/department'
import type Organization from '#models/organization'
import type { OrganizationRole } from '#core/roles'
import type { Locale } from '#core/i18n/locales'
import { organizationUrl } from '#core/tenancy/hosts'
import UserTokenService from '#services/user_token_service'
import AuditLogger from '#services/audit_logger'
import EmployeeInvitationMail from '#mails/employee_invitation_mail'
import BusinessRuleException from '#exceptions/business_rule_exception'

export type EmployeeInput = {
  fullName: string
  email: string
  phone?: string | null
  role: OrganizationRole
  locale?: Locale | null
  departmentIds: number[]
}

/**
 * Employees of the current organization: adding one (within the package's
 * user cap) sends an invitation to choose a password.
 */
export default class EmployeeService {
  constructor(
    private ctx: HttpContext,
    private organization: Organization
  ) {}

  static async countActive(): Promise<number> {
    const row = await User.query().where('is_active', true).count('* as total').first()
    return Number(row?.$extras.total ?? 0)
  }

  async invite(input: EmployeeInput): Promise<User> {
    if ((await EmployeeService.countActive()) >= this.organization.maxUsers) {
      throw new BusinessRuleException('employees.errors.user_cap', undefined, {
        max: this.organization.maxUsers,
      })
    }
    const existing = await User.findBy('email', input.email.toLowerCase())
    if (existing) {
      throw new BusinessRuleException('employees.errors.email_taken', 'email')
    }
    const departments = await this.departmentsFor(input.departmentIds)

    const user = await db.transaction(async (trx) => {
      const created = await User.create(
        {
          fullName: input.fullName,
          email: input.email.toLowerCase(),
          phone: input.phone ?? null,
          role: input.role,
          locale: input.locale ?? null,
          isActive: true,
          password: null,
        },
        { client: trx }
      )
      await created.related('departments').sync(departments.map((d) => d.id), true, trx)
      return created
    })

    try {
      await this.sendInvitation(user)
    } catch (error) {
      /* An employee nobody could invite is no employee: undo, and let the admin retry */
      await user.delete()
      throw error
    }
    await AuditLogger.record(this.ctx, {
      action: 'employee.invited',
      subject: { type: 'user', id: user.id, label: user.fullName },
      changes: { role: user.role, departments: departments.map((d) => d.name) },
    })
    return user
  }

  async update(user: User, input: EmployeeInput): Promise<User> {
    const email = input.email.toLowerCase()
    if (email !== user.email) {
      const clash = await User.query().where('email', email).whereNot('id', user.id).first()
      if (clash) throw new BusinessRuleException('employees.errors.email_taken', 'email')
    }
    if (user.role === 'org_admin' && input.role !== 'org_admin') {
      await this.ensureAnotherAdmin(user)
    }
    const departments = await this.departmentsFor(input.departmentIds)
    const before = { role: user.role, email: user.email, fullName: user.fullName }
    await db.transaction(async (trx) => {
      user.useTransaction(trx)
      user.merge({
        fullName: input.fullName,
        email,
        phone: input.phone ?? null,
        role: input.role,
        locale: input.locale ?? null,
      })
      await user.save()
      await user.related('departments').sync(departments.map((d) => d.id), true, trx)
      /* Links sent to the old address must not open the account any more */
      if (before.email !== email) await UserTokenService.revokeAll(user, undefined, trx)
    })
    await AuditLogger.record(this.ctx, {
      action: 'employee.updated',
      subject: { type: 'user', id: user.id, label: user.fullName },
      changes: {
        ...(before.role !== user.role ? { role: user.role } : {}),
        ...(before.email !== user.email ? { email: user.email } : {}),
        ...(before.fullName !== user.fullName ? { fullName: user.fullName } : {}),
        departments: departments.map((d) => d.name),
      },
    })
    return user
  }

  async remove(user: User) {
    if (user.id === this.ctx.auth.user?.id) {
      throw new BusinessRuleException('employees.errors.cannot_remove_self')
    }
    if (user.role === 'org_admin') await this.ensureAnotherAdmin(user)
    await user.delete()
    /* Personal data leaves with the person */
    if (user.avatarPath) await drive.use().delete(user.avatarPath)
    await AuditLogger.record(this.ctx, {
      action: 'employee.removed',
      subject: { type: 'user', id: user.id, label: user.fullName },
    })
  }

  /** Only for someone who has not chosen a password yet: otherwise it would be a password reset by e-mail */
  async resendInvitation(user: User) {
    if (user.passwordSetAt !== null) {
      throw new BusinessRuleException('employees.errors.already_active')
    }
    await this.sendInvitation(user)
  }

  async sendInvitation(user: User) {
    const token = await UserTokenService.issue(user, 'invitation')
    const link = organizationUrl(this.organization.slug, `/password/${token}`)
    await mail.sendLater(
      new EmployeeInvitationMail(user, this.organization, link, this.ctx.auth.user?.fullName ?? '')
    )
  }

  private async ensureAnotherAdmin(user: User) {
    const admins = await User.query()
      .where('role', 'org_admin')
      .where('is_active', true)
      .whereNot('id', user.id)
      .count('* as total')
      .first()
    if (Number(admins?.$extras.total ?? 0) === 0) {
      throw new BusinessRuleException('employees.errors.last_admin', 'role')
    }
  }

  /** Only departments of this organization (the tenant scope drops foreign ids) */
  private async departmentsFor(ids: number[]) {
    if (ids.length === 0) return []
    const departments = await Department.query().whereIn('id', ids)
    if (departments.length !== new Set(ids).size) {
      throw new BusinessRuleException('employees.errors.unknown_department', 'departmentIds')
    }
    return departments
  }
}
