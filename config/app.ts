import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/core/http'

export const appKey = env.get('APP_KEY')

export const http = defineConfig({
  generateRequestId: true,
  allowMethodSpoofing: true,
  useAsyncLocalStorage: true,
  /* Trust X-Forwarded-* from a reverse proxy in front of the app (loopback only) */
  trustProxy: (address) => address === '127.0.0.1' || address === '::1',
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
