import { randomBytes } from 'node:crypto'
import { sha256 } from '#core/security/digest'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import UserToken, { type TokenPurpose } from '#models/user_token'
import type User from '#models/user'

const LIFETIME: Record<TokenPurpose, { hours: number }> = {
  invitation: { hours: 48 },
  password_reset: { hours: 1 },
}

/* Raw updates bypass the model's date formatting */
const now = () => DateTime.now().toFormat(db.connection().dialect.dateTimeFormat)


/**
 * One-time tokens behind e-mailed links. The link carries 32 random bytes;
 * the database keeps only their SHA-256, so a leaked table opens nothing.
 */
export default class UserTokenService {
  /** Issues a new token, revoking the user's earlier unused ones of the same purpose */
  static async issue(user: User, purpose: TokenPurpose): Promise<string> {
    await this.revokeAll(user, purpose)
    const token = randomBytes(32).toString('base64url')
    await UserToken.create({
      organizationId: user.organizationId,
      userId: user.id,
      purpose,
      tokenHash: sha256(token),
      expiresAt: DateTime.now().plus(LIFETIME[purpose]),
    })
    return token
  }

  /** The token if it exists in this organization, is unused and has not expired */
  static async findUsable(token: string): Promise<UserToken | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null
    const row = await UserToken.query().where('token_hash', sha256(token)).preload('user').first()
    return row && row.isUsable ? row : null
  }

  /**
   * Uses the token once: of two requests racing with the same link, only the
   * one whose update finds it still unused gets true.
   */
  static async consume(row: UserToken): Promise<boolean> {
    const [updated] = await UserToken.query({ client: row.$trx })
      .where('id', row.id)
      .whereNull('used_at')
      .update({ used_at: now() })
    return Number(updated) === 1
  }

  /** Makes every unused link of the user (or of one purpose) stop working */
  static async revokeAll(user: User, purpose?: TokenPurpose, client?: UserToken['$trx']) {
    await UserToken.query({ client })
      .where('user_id', user.id)
      .if(purpose, (query) => query.where('purpose', purpose!))
      .whereNull('used_at')
      .update({ used_at: now() })
  }
}
