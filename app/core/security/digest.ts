import { createHash } from 'node:crypto'

/**
 * SHA-256 of a high-entropy secret (link tokens, API keys): what is stored
 * instead of the secret. Not for passwords, which use the hash service.
 */
export const sha256 = (secret: string) => createHash('sha256').update(secret).digest('hex')
