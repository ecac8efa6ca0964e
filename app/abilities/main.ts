import { Bouncer } from '@adonisjs/bouncer'
import type User from '#models/user'

/* Organization-wide abilities; per-record rules live in app/policies */
export const manageOrganization = Bouncer.ability((user: User) => user.role === 'org_admin')
export const viewAuditLog = Bouncer.ability((user: User) => user.role === 'org_admin')
