import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/core/http'
import proxyAddr from 'proxy-addr'

export const appKey = env.get('APP_KEY')

export const http = defineConfig({
  generateRequestId: true,
  allowMethodSpoofing: true,
  useAsyncLocalStorage: true,
  /*
   * X-Forwarded-* is believed only from these proxies (TRUST_PROXY, e.g.
   * "loopback, 10.0.0.0/8"): client IPs feed the login rate limit and the audit log.
   */
  trustProxy: proxyAddr.compile(
    (env.get('TRUST_PROXY') ?? 'loopback').split(',').map((entry) => entry.trim())
  ),
  cookie: {
    /* Host-only cookies: one organization's session never reaches another subdomain */
    domain: '',
    path: '/',
    maxAge: '2h',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },
})
