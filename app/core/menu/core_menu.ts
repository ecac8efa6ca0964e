import type { MenuEntry } from '#core/modules/module_manifest'

const ALL = ['org_admin', 'dept_admin', 'handler'] as const

/** The core's own menu entries; modules add theirs through their manifests */
export const CORE_MENU: MenuEntry[] = [
  { block: 'organization', label: 'menu.profile', href: '/profile', icon: 'IconUserCircle', roles: ALL },
  { block: 'organization', label: 'menu.organization_settings', href: '/organization/settings', icon: 'IconBuildingHospital', roles: ['org_admin'] },
  { block: 'organization', label: 'menu.advanced_settings', href: '/organization/advanced', icon: 'IconAdjustments', roles: ['org_admin'] },
  { block: 'organization', label: 'menu.departments', href: '/departments', icon: 'IconSitemap', roles: ['org_admin', 'dept_admin'] },
  { block: 'organization', label: 'menu.employees', href: '/employees', icon: 'IconUsers', roles: ['org_admin', 'dept_admin'] },
  { block: 'organization', label: 'menu.groups', href: '/groups', icon: 'IconUsersGroup', roles: ['org_admin', 'dept_admin'] },
  { block: 'organization', label: 'menu.modules', href: '/organization/modules', icon: 'IconPuzzle', roles: ['org_admin'] },
  { block: 'organization', label: 'menu.audit_log', href: '/organization/audit-log', icon: 'IconHistory', roles: ['org_admin'] },
  { block: 'agenda', label: 'menu.dashboard', href: '/', icon: 'IconLayoutDashboard', roles: ALL },
  { block: 'support', label: 'menu.support', href: '/support', icon: 'IconLifebuoy', roles: ALL },
]
