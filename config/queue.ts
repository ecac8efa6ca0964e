import env from '#start/env'
import { defineConfig, drivers, exponentialBackoff } from '@adonisjs/queue'

/* Database adapter is the embedded default; Redis in production (QUEUE_DRIVER=redis) */
export default defineConfig({
  default: env.get('QUEUE_DRIVER', 'database'),
  adapters: {
    database: drivers.database({ connectionName: env.get('DB_CONNECTION', 'sqlite') }),
    redis: drivers.redis({ connectionName: 'main' }),
    sync: drivers.sync(),
  },
  retry: {
    maxRetries: 3,
    backoff: exponentialBackoff(),
  },
  worker: {
    concurrency: 4,
    idleDelay: '1s',
  },
  locations: ['./app/jobs/**/*.{ts,js}', './modules/*/jobs/**/*.{ts,js}'],
})
