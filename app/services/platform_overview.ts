import db from '@adonisjs/lucid/services/db'
import Organization from '#models/organization'

export type OrganizationSummary = {
  slug: string
  name: string
  employees: number
  maxUsers: number
  allowsRemoteSupport: boolean
  createdAt: string
}

/**
 * What platform support staff see of the organizations: names and sizes,
 * never their people or patients. Counting crosses organizations on purpose,
 * so it reads the table directly instead of through a tenant-scoped model.
 */
export default class PlatformOverview {
  static async organizations(): Promise<OrganizationSummary[]> {
    const organizations = await Organization.query().orderBy('name')
    const counts = await db
      .from('users')
      .whereNotNull('organization_id')
      .where('is_active', true)
      .groupBy('organization_id')
      .select('organization_id')
      .count('* as total')
    const employees = new Map(counts.map((row) => [Number(row.organization_id), Number(row.total)]))
    return organizations.map((organization) => ({
      slug: organization.slug,
      name: organization.name,
      employees: employees.get(organization.id) ?? 0,
      maxUsers: organization.maxUsers,
      allowsRemoteSupport: organization.advancedSettings.allow_remote_support === true,
      createdAt: organization.createdAt.toISODate()!,
    }))
  }
}
