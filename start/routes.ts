/*
| Core routes. Organization pages live on <slug>.<APP_DOMAIN>; the bare
| domain serves the platform. Feature modules add their own routes from
| modules/<name>/routes.ts.
*/
import router from '@adonisjs/core/services/router'
import transmit from '@adonisjs/transmit/services/main'
import { controllers } from '#generated/controllers'
import { middleware } from '#start/kernel'
import { organizationGuestRoutes, organizationRoutes, organizationDomain } from '#start/route_groups'

/*
 * Real-time events (server-sent) live on the organization's subdomain, for
 * employees and for patients in a waiting or consultation room; which
 * channels each may join is decided in start/transmit.ts, and no other
 * channel name gets through the guard.
 */
transmit.registerRoutes((route) => {
  route.domain(organizationDomain).use([middleware.organization(), middleware.transmitChannelGuard()])
})

/* ---------- Platform (bare domain) ---------- */
router.get('/', [controllers.Platform, 'home']).as('platform.home')
router.post('/find-organization', [controllers.Platform, 'findOrganization']).as('platform.find')
router.get('/health', async ({ response }) => response.ok({ status: 'ok' })).as('health')
/* Platform support staff log in on the bare domain (the session controller is shared) */
router
  .group(() => {
    router.get('/login', [controllers.Session, 'create']).as('platform.session.create')
    router.post('/login', [controllers.Session, 'store']).as('platform.session.store')
  })
  .use(middleware.guest())
router.post('/logout', [controllers.Session, 'destroy']).use(middleware.auth()).as('platform.session.destroy')
router.get('/_dev/outbox', [controllers.DevOutbox, 'index']).use(middleware.devOnly()).as('dev.outbox')

/* ---------- Organization: visitors ---------- */
organizationGuestRoutes(() => {
  router.get('/logo', [controllers.Images, 'logo']).as('organization.logo')
  router
    .group(() => {
      router.get('/login', [controllers.Session, 'create']).as('session.create')
      router.post('/login', [controllers.Session, 'store']).as('session.store')
      router.get('/forgot-password', [controllers.PasswordReset, 'create']).as('password_reset.create')
      router.post('/forgot-password', [controllers.PasswordReset, 'store']).as('password_reset.store')
    })
    .use(middleware.guest())
  /* Invitation and reset links work whether or not someone is logged in */
  router.get('/password/:token', [controllers.SetPassword, 'show']).as('password.show')
  router.post('/password/:token', [controllers.SetPassword, 'update']).as('password.update')
})

/* ---------- Organization: every employee ---------- */
organizationRoutes(() => {
  router.get('/', [controllers.Dashboard, 'index']).as('dashboard')
  router.post('/logout', [controllers.Session, 'destroy']).as('session.destroy')
  router.get('/me', [controllers.Me, 'show']).as('me')
  router.get('/support', [controllers.Support, 'show']).as('support')

  router.get('/profile', [controllers.Profile, 'show']).as('profile.show')
  router.put('/profile', [controllers.Profile, 'update']).as('profile.update')
  router.put('/profile/password', [controllers.Profile, 'updatePassword']).as('profile.password')
  router.post('/profile/avatar', [controllers.Profile, 'updateAvatar']).as('profile.avatar')
  router.delete('/profile/avatar', [controllers.Profile, 'destroyAvatar']).as('profile.avatar.destroy')
  router.get('/users/:id/avatar', [controllers.Images, 'avatar']).as('users.avatar')

  router.get('/departments', [controllers.Departments, 'index']).as('departments.index')
  router.post('/departments', [controllers.Departments, 'store']).as('departments.store')
  router.put('/departments/:id', [controllers.Departments, 'update']).as('departments.update')
  router.delete('/departments/:id', [controllers.Departments, 'destroy']).as('departments.destroy')

  router.get('/employees', [controllers.Employees, 'index']).as('employees.index')
  router.get('/employees/new', [controllers.Employees, 'create']).as('employees.create')
  router.post('/employees', [controllers.Employees, 'store']).as('employees.store')
  router.get('/employees/:id/edit', [controllers.Employees, 'edit']).as('employees.edit')
  router.put('/employees/:id', [controllers.Employees, 'update']).as('employees.update')
  router.delete('/employees/:id', [controllers.Employees, 'destroy']).as('employees.destroy')
  router
    .post('/employees/:id/invitation', [controllers.Employees, 'resendInvitation'])
    .as('employees.invitation')

  router.get('/groups', [controllers.Groups, 'index']).as('groups.index')
  router.post('/groups', [controllers.Groups, 'store']).as('groups.store')
  router.put('/groups/:id', [controllers.Groups, 'update']).as('groups.update')
  router.delete('/groups/:id', [controllers.Groups, 'destroy']).as('groups.destroy')
})

/* ---------- Organization: org admins ---------- */
organizationRoutes(() => {
  router.get('/organization/settings', [controllers.OrganizationSettings, 'show']).as('organization.settings')
  router.put('/organization/settings', [controllers.OrganizationSettings, 'update']).as('organization.update')
  router.post('/organization/logo', [controllers.OrganizationSettings, 'updateLogo']).as('organization.logo.update')
  router
    .delete('/organization/logo', [controllers.OrganizationSettings, 'destroyLogo'])
    .as('organization.logo.destroy')
  router
    .post('/organization/api-key', [controllers.OrganizationSettings, 'rotateApiKey'])
    .as('organization.api_key.rotate')
  router
    .delete('/organization/api-key', [controllers.OrganizationSettings, 'revokeApiKey'])
    .as('organization.api_key.revoke')
  router.get('/organization/advanced', [controllers.AdvancedSettings, 'show']).as('organization.advanced')
  router.put('/organization/advanced', [controllers.AdvancedSettings, 'update']).as('organization.advanced.update')
  router.get('/organization/modules', [controllers.Modules, 'index']).as('organization.modules')
  router.put('/organization/modules/:key', [controllers.Modules, 'update']).as('organization.modules.update')
  router.get('/organization/audit-log', [controllers.AuditLog, 'index']).as('organization.audit_log')
}).use(middleware.role({ roles: ['org_admin'] }))

