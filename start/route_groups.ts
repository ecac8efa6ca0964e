import env from '#start/env'
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

/** The host pattern of every organization: <slug>.<APP_DOMAIN> */
export const organizationDomain = `:org.${env.get('APP_DOMAIN')}`

/** Pages on an organization's subdomain for logged-in employees (core and modules alike) */
export function organizationRoutes(callback: () => void) {
  return router
    .group(callback)
    .domain(organizationDomain)
    .use([middleware.organization(), middleware.auth()])
}

/** Pages on an organization's subdomain for visitors (login, password links) */
export function organizationGuestRoutes(callback: () => void) {
  return router.group(callback).domain(organizationDomain).use([middleware.organization()])
}
