import db from '@adonisjs/lucid/services/db'
import Organization from '#models/organization'

/**
 * What platform support staff see of the organizations: names and sizes,
 * never their people or patients. The employee count crosses organizations on
 * purpose, so it is a subquery on the users table, not a tenant-scoped model.
 */
export default class PlatformOverview {
  static organizations(): Promise<Organization[]> {
    const activeEmployees = db
      .from('users')
      .whereColumn('users.organization_id', 'organizations.id')
      .where('users.is_active', true)
      .count('*')
      .as('employees')
    return Organization.query().select('organizations.*').select(activeEmployees).orderBy('name')
  }
}
