import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'

/**
 * Encryption of the files shared in a consultation, at rest: AES-256-GCM with
 * a key derived from the application key for this one purpose (HKDF-SHA256),
 * a random IV per file, and the file's storage key as associated data (a
 * stored file cannot be passed off as another). Layout of a sealed file:
 *   "CRF1" | IV (12 bytes) | auth tag (16 bytes) | ciphertext
 * Files are small (20 MB at most): sealed and opened in memory, so nothing
 * unauthenticated is ever served.
 */
const MAGIC = Buffer.from('CRF1')
const IV_BYTES = 12
const TAG_BYTES = 16
const HEADER_BYTES = MAGIC.length + IV_BYTES + TAG_BYTES
export const ROOM_FILE_PURPOSE = 'consultation-room-files/v1'

export class SealedFileError extends Error {}

export class RoomFileCrypto {
  readonly #key: Buffer

  constructor(appKey: string, purpose: string = ROOM_FILE_PURPOSE) {
    if (!appKey || appKey.length < 16) throw new Error('The application key is missing or too short')
    this.#key = Buffer.from(hkdfSync('sha256', appKey, Buffer.alloc(0), purpose, 32))
  }

  seal(plain: Buffer, associatedData: string): Buffer {
    const iv = randomBytes(IV_BYTES)
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv)
    cipher.setAAD(Buffer.from(associatedData))
    const body = Buffer.concat([cipher.update(plain), cipher.final()])
    return Buffer.concat([MAGIC, iv, cipher.getAuthTag(), body])
  }

  /** The plain bytes; throws SealedFileError when the file was altered, swapped or sealed with another key */
  open(sealed: Buffer, associatedData: string): Buffer {
    if (sealed.length < HEADER_BYTES || !sealed.subarray(0, MAGIC.length).equals(MAGIC)) {
      throw new SealedFileError('Not a sealed room file')
    }
    const iv = sealed.subarray(MAGIC.length, MAGIC.length + IV_BYTES)
    const tag = sealed.subarray(MAGIC.length + IV_BYTES, HEADER_BYTES)
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.#key, iv)
      decipher.setAAD(Buffer.from(associatedData))
      decipher.setAuthTag(tag)
      return Buffer.concat([decipher.update(sealed.subarray(HEADER_BYTES)), decipher.final()])
    } catch {
      throw new SealedFileError('The room file could not be authenticated')
    }
  }
}
