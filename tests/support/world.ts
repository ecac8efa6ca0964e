import { DateTime } from 'luxon'
import env from '#start/env'
import Organization from '#models/organization'
import User from '#models/user'
import Department from '#models/department'
import tenancy from '#core/tenancy/tenancy'
import type { OrganizationRole } from '#core/roles'

/**
 * Builders for test data. Each runs inside the organization's tenancy scope,
 * exactly as the application does.
 */
let sequence = 0
const next = () => `${Date.now().toString(36)}${++sequence}`

export const PASSWORD = 'correct horse battery'

export async function createOrganization(attributes: Partial<Organization> = {}) {
  const slug = attributes.slug ?? `org-${next()}`
  return Organization.create({
    name: `Clinic ${slug}`,
    timezone: 'Europe/Amsterdam',
    defaultLocale: 'en',
    maxUsers: 10,
    settings: {},
    ...attributes,
    slug,
  })
}

export async function createUser(
  organization: Organization,
  role: OrganizationRole = 'org_admin',
  attributes: Partial<
    Pick<User, 'email' | 'fullName' | 'phone' | 'locale' | 'isActive' | 'password' | 'passwordSetAt' | 'avatarPath'>
  > & { departments?: Department[] } = {}
) {
  const { departments, ...rest } = attributes
  return tenancy.run(organization, async () => {
    const user = await User.create({
      email: `${role}-${next()}@example.test`,
      fullName: `Test ${role}`,
      role,
      password: PASSWORD,
      passwordSetAt: DateTime.now(),
      isActive: true,
      ...rest,
    })
    if (departments?.length) await user.related('departments').sync(departments.map((d) => d.id))
    return user
  })
}

export async function createDepartment(organization: Organization, name = `Department ${next()}`) {
  return tenancy.run(organization, () => Department.create({ name, color: '#1c7ed6' }))
}

/** Host header of an organization's subdomain, for the API client */
export function hostOf(organization: Organization) {
  return `${organization.slug}.${env.get('APP_DOMAIN')}:${env.get('PORT')}`
}

/** Base URL of an organization, for the browser */
export function urlOf(organization: Organization, path = '/') {
  return `http://${hostOf(organization)}${path}`
}
