import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, stores } from '@adonisjs/session'
import { join } from 'node:path'
import { dataDir } from '#config/paths'

const sessionConfig = defineConfig({
  enabled: true,
  cookieName: 'consult-session',
  clearWithBrowser: false,
  age: '8h',
  cookie: {
    path: '/',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },
  store: env.get('SESSION_DRIVER'),
  /*
   * file (one machine) and redis (several instances) keep session data on the
   * server: nothing personal travels in a cookie, and long form input flashed
   * back after a validation error cannot overflow the 4 KB cookie limit.
   */
  stores: {
    file: stores.file({ location: join(dataDir, 'sessions') }),
    cookie: stores.cookie(),
    redis: stores.redis({ connection: 'main' }),
  },
})

export default sessionConfig
