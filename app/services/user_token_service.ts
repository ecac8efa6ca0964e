import { createHash, randomBytes } from 'node:crypto'
import { DateTime } from 'luxon'
import UserToken, { type TokenPurpose } from '#models/user_token'
import type User from '#models/user'

const LIFETIME: Record<TokenPurpose, { hours: number }> = {
  invitation: { hours: 48 },
  password_reset: { hours: 1 },
}

const digest = (token: string) => createHash('sha256').update(token).digest('hex')

/**
 * One-time tokens behind e-mailed links. The link carries 32 random bytes;
 * the database keeps only their SHA-256, so a leaked table opens nothing.
 */
export default class UserTokenService {
  /** Issues a new token, revoking the user's earlier unused ones of the same purpose */
  static async issue(user: User, purpose: TokenPurpose): Promise<string> {
    const earlier = await UserToken.query()
      .where('user_id', user.id)
      .where('purpose', purpose)
      .whereNull('used_at')
    for (const row of earlier) await this.consume(row)
    const token = randomBytes(32).toString('base64url')
    await UserToken.create({
      organizationId: user.organizationId,
      userId: user.id,
      purpose,
      tokenHash: digest(token),
      expiresAt: DateTime.now().plus(LIFETIME[purpose]),
    })
    return token
  }

  /** The token if it exists in this organization, is unused and has not expired */
  static async findUsable(token: string): Promise<UserToken | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null
    const row = await UserToken.query().where('token_hash', digest(token)).preload('user').first()
    return row && row.isUsable ? row : null
  }

  static async consume(row: UserToken) {
    row.usedAt = DateTime.now()
    await row.save()
  }
}
