import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto'
import env from '#start/env'

/**
 * Short-lived signed tickets to enter a media session. The app mints one for
 * a participant it has checked (an employee of the consultation's
 * organization, or an invitee whose access link is open); the signalling
 * relay accepts a join only with a valid ticket for exactly that session.
 * A guessed session id gets nothing.
 */
export type JoinClaims = {
  /** media session id */
  sid: string
  /** participant id inside the session (stable across reconnects) */
  uid: string
  /** display name shown to the others */
  name: string
  /** 'probe': the network test's short loopback session, which is no consultation */
  role: 'staff' | 'client' | 'external' | 'probe'
  /** organization id, so a ticket cannot cross tenants */
  org: number
  /** expiry, seconds since the epoch */
  exp: number
}

export const JOIN_TOKEN_TTL_SECONDS = 120

/* A key of its own, derived from APP_KEY: a leaked ticket key must not be the app's encryption key */
let key: Buffer | null = null
function signingKey(): Buffer {
  key ??= Buffer.from(hkdfSync('sha256', String(env.get('APP_KEY').release()), 'consult', 'media-join-token', 32))
  return key
}

const sign = (payload: string) => createHmac('sha256', signingKey()).update(payload).digest('base64url')

export const JoinTokens = {
  mint(claims: Omit<JoinClaims, 'exp'>, ttlSeconds = JOIN_TOKEN_TTL_SECONDS, now = Date.now()): string {
    const payload = Buffer.from(JSON.stringify({ ...claims, exp: Math.floor(now / 1000) + ttlSeconds })).toString('base64url')
    return `${payload}.${sign(payload)}`
  },

  /** A loopback session of the network test: a fresh random id, never a consultation's */
  probeSession(): string {
    return `probe-${randomBytes(18).toString('base64url')}`
  },

  /** The claims of a valid, unexpired ticket; null for anything else */
  verify(token: string, now = Date.now()): JoinClaims | null {
    const [payload, signature, extra] = String(token).split('.')
    if (!payload || !signature || extra !== undefined) return null
    const expected = Buffer.from(sign(payload))
    const given = Buffer.from(signature)
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
    try {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as JoinClaims
      if (typeof claims.exp !== 'number' || claims.exp * 1000 < now) return null
      if (typeof claims.sid !== 'string' || typeof claims.uid !== 'string') return null
      if (typeof claims.org !== 'number' || !['staff', 'client', 'external', 'probe'].includes(claims.role)) return null
      return claims
    } catch {
      return null
    }
  },
}
