/**
 * Roles inside an organization, from most to least powerful. Support staff
 * stand outside organizations (users.organization_id is null).
 */
export const ORGANIZATION_ROLES = ['org_admin', 'dept_admin', 'handler'] as const
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number]
export type Role = OrganizationRole | 'support'
