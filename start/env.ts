/*
| Environment variables, validated at boot. Every variable has a safe
| embedded default so that `npm run demo` needs no other service.
*/
import { Env } from '@adonisjs/core/env'

export default await Env.create(new URL('../', import.meta.url), {
  NODE_ENV: Env.schema.enum(['development', 'production', 'test'] as const),
  PORT: Env.schema.number(),
  HOST: Env.schema.string({ format: 'host' }),
  APP_KEY: Env.schema.secret(),
  APP_NAME: Env.schema.string.optional(),
  /* Organizations live at <slug>.<APP_DOMAIN>; the bare domain is the platform */
  APP_DOMAIN: Env.schema.string(),
  /* Scheme and port that e-mailed links use, e.g. https:// and '' in production */
  APP_PROTOCOL: Env.schema.enum.optional(['http', 'https'] as const),
  APP_PUBLIC_PORT: Env.schema.number.optional(),
  LOG_LEVEL: Env.schema.string(),
  DATA_DIR: Env.schema.string.optional(),
  /* Reverse proxies whose X-Forwarded-For is trusted (proxy-addr syntax), default loopback */
  TRUST_PROXY: Env.schema.string.optional(),

  SESSION_DRIVER: Env.schema.enum(['file', 'cookie', 'memory', 'redis'] as const),

  DB_CONNECTION: Env.schema.enum.optional(['sqlite', 'pg'] as const),
  SQLITE_FILE: Env.schema.string.optional(),
  DB_HOST: Env.schema.string.optional(),
  DB_PORT: Env.schema.number.optional(),
  DB_USER: Env.schema.string.optional(),
  DB_PASSWORD: Env.schema.string.optional(),
  DB_DATABASE: Env.schema.string.optional(),

  QUEUE_DRIVER: Env.schema.enum.optional(['database', 'redis', 'sync'] as const),
  REDIS_HOST: Env.schema.string.optional(),
  REDIS_PORT: Env.schema.number.optional(),
  REDIS_PASSWORD: Env.schema.string.optional(),
  REDIS_DB: Env.schema.number.optional(),
  /* Set to redis when several app instances share one Redis */
  TRANSMIT_TRANSPORT: Env.schema.enum.optional(['none', 'redis'] as const),
  LIMITER_STORE: Env.schema.enum.optional(['memory', 'redis'] as const),

  MAIL_MAILER: Env.schema.enum.optional(['outbox', 'smtp'] as const),
  MAIL_FROM_ADDRESS: Env.schema.string.optional(),
  MAIL_FROM_NAME: Env.schema.string.optional(),
  SMTP_HOST: Env.schema.string.optional(),
  SMTP_PORT: Env.schema.number.optional(),
  SMTP_USERNAME: Env.schema.string.optional(),
  SMTP_PASSWORD: Env.schema.string.optional(),

  /* Media: external ion-sfu nodes (comma-separated ws:// URLs; unset = the embedded SFU) */
  SFU_URLS: Env.schema.string.optional(),
  /* STUN/TURN servers for browsers and the SFU, a JSON array of RTCIceServer */
  SFU_ICE_SERVERS: Env.schema.string.optional(),
  /* UDP ports of the embedded SFU, e.g. 40000-40999 (unset = any) */
  SFU_UDP_PORT_RANGE: Env.schema.string.optional(),
})
