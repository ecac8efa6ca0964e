import router from '@adonisjs/core/services/router'
import server from '@adonisjs/core/services/server'

server.errorHandler(() => import('#exceptions/handler'))

/**
 * Server middleware run for every request, routed or not. The tenant context
 * comes right after Inertia so that every later step (auth, policies, models)
 * runs inside the organization resolved from the subdomain.
 */
server.use([
  () => import('#middleware/container_bindings_middleware'),
  () => import('@adonisjs/static/static_middleware'),
  () => import('@adonisjs/cors/cors_middleware'),
  () => import('@adonisjs/vite/vite_middleware'),
  () => import('#middleware/inertia_middleware'),
  () => import('#middleware/tenant_context_middleware'),
])

router.use([
  () => import('@adonisjs/core/bodyparser_middleware'),
  () => import('@adonisjs/session/session_middleware'),
  () => import('@adonisjs/shield/shield_middleware'),
  () => import('@adonisjs/auth/initialize_auth_middleware'),
  () => import('#middleware/silent_auth_middleware'),
  () => import('#middleware/initialize_bouncer_middleware'),
  () => import('#middleware/detect_locale_middleware'),
])

export const middleware = router.named({
  guest: () => import('#middleware/guest_middleware'),
  auth: () => import('#middleware/auth_middleware'),
  organization: () => import('#middleware/require_organization_middleware'),
  role: () => import('#middleware/role_middleware'),
  module: () => import('#middleware/module_enabled_middleware'),
  devOnly: () => import('#middleware/dev_only_middleware'),
  transmitChannelGuard: () => import('#middleware/transmit_channel_guard_middleware'),
})
