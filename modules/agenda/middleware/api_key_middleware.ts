import { timingSafeEqual } from 'node:crypto'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import limiter from '@adonisjs/limiter/services/main'
import { errors as limiterErrors } from '@adonisjs/limiter'
import type Organization from '#models/organization'
import { sha256 } from '#core/security/digest'
import { sendProblem, sendStandardProblem } from '#core/http/problem_details'

/** Requests per organization and minute, over all its API clients */
export const API_RATE_LIMIT = { requests: 300, duration: '1 min' } as const

/** Requests with a wrong key per organization and address, then a pause */
export const API_FAILED_AUTH_LIMIT = { requests: 20, duration: '15 mins', blockDuration: '15 mins' } as const

export const apiRateLimiter = () => limiter.use(API_RATE_LIMIT)
export const apiFailedAuthLimiter = () => limiter.use(API_FAILED_AUTH_LIMIT)

/* The slug too: tests roll back their organizations, so an id can come back for another one */
export const apiRateLimitKey = (organization: Organization) => `api_${organization.id}_${organization.slug}`
export const apiFailedAuthKey = (organization: Organization, ip: string) =>
  `api_auth_${organization.id}_${organization.slug}_${ip}`

/** A hash to compare against when the organization has no key, so both paths take the same time */
const NO_KEY = sha256('no api key')

/** The key of `Authorization: Bearer <key>`, or null */
export function bearerToken(header: string | undefined | null): string | null {
  const match = /^Bearer[ \t]+([A-Za-z0-9._~+/-]+=*)[ \t]*$/i.exec(header ?? '')
  return match ? match[1] : null
}

/** Whether `key` is the organization's current API key (constant time; only its SHA-256 is stored) */
export function isOrganizationKey(organization: Organization, key: string): boolean {
  const stored = Buffer.from(organization.apiKeyHash ?? NO_KEY, 'hex')
  const presented = Buffer.from(sha256(key), 'hex')
  const same = stored.length === presented.length && timingSafeEqual(stored, presented)
  return same && organization.apiKeyHash !== null
}

const BODY_METHODS = ['POST', 'PUT', 'PATCH']

/**
 * API calls carry no session. The session and shield middleware run for
 * every route (shield even puts a CSRF secret into a fresh session): for
 * the API nothing of it is stored and no cookie is sent, so an integration
 * polling all day leaves no sessions behind.
 */
export function withoutSession(ctx: HttpContext) {
  ctx.response.removeHeader('set-cookie')
  if (ctx.session) ctx.session.commit = async () => {}
}

/**
 * The REST API's door: the organization of the subdomain must be addressed
 * with its own API key (`Authorization: Bearer <key>`); no session, no
 * cookie. Requests per organization are limited; wrong keys per address
 * too. Bodies are JSON only.
 */
export default class ApiKeyMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const organization = ctx.organization!
    withoutSession(ctx)
    ctx.response.header('Cache-Control', 'no-store')
    const key = bearerToken(ctx.request.header('authorization'))
    if (!key) {
      return sendStandardProblem(ctx, 'unauthorized', 'missing_key', {}, { 'WWW-Authenticate': 'Bearer realm="api"' })
    }

    const failures = apiFailedAuthLimiter()
    const failuresKey = apiFailedAuthKey(organization, ctx.request.ip())
    const earlier = await failures.get(failuresKey)
    if (earlier && earlier.remaining <= 0) {
      const seconds = Math.max(1, Math.ceil(earlier.availableIn))
      return sendStandardProblem(
        ctx,
        'too_many_requests',
        'too_many_failed_attempts',
        { minutes: Math.ceil(seconds / 60) },
        { 'Retry-After': String(seconds) }
      )
    }
    if (!isOrganizationKey(organization, key)) {
      const { consumed, limit } = await failures.increment(failuresKey)
      if (consumed >= limit) await failures.block(failuresKey, API_FAILED_AUTH_LIMIT.blockDuration)
      return sendStandardProblem(ctx, 'unauthorized', 'invalid_key', {}, {
        'WWW-Authenticate': 'Bearer realm="api", error="invalid_token"',
      })
    }

    try {
      const usage = await apiRateLimiter().consume(apiRateLimitKey(organization))
      ctx.response.header('X-RateLimit-Limit', String(usage.limit))
      ctx.response.header('X-RateLimit-Remaining', String(usage.remaining))
    } catch (error) {
      if (!(error instanceof limiterErrors.E_TOO_MANY_REQUESTS)) throw error
      const seconds = Math.max(1, Math.ceil(error.response.availableIn))
      return sendProblem(ctx, 'too_many_requests', ctx.i18n.t('api.details.too_many_requests', { seconds }), {
        headers: {
          'Retry-After': String(seconds),
          'X-RateLimit-Limit': String(error.response.limit),
          'X-RateLimit-Remaining': '0',
        },
      })
    }

    if (BODY_METHODS.includes(ctx.request.method()) && hasBody(ctx) && !ctx.request.is(['json'])) {
      return sendStandardProblem(ctx, 'unsupported_media_type')
    }
    return next()
  }
}

function hasBody(ctx: HttpContext) {
  const length = Number(ctx.request.header('content-length') ?? 0)
  return length > 0 || ctx.request.header('transfer-encoding') !== undefined
}
