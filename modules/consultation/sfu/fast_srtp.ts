/*
 * SRTP with AES_CM_128_HMAC_SHA1_80 without a cipher and an HMAC object per
 * packet. Chrome picks that profile where it is the DTLS server: on the
 * publisher connections here, so every incoming packet takes this path.
 * werift creates both objects for every packet it checks: native objects
 * with finalizers, freed only when the GC finds their JS wrappers. Here one
 * AES-ECB cipher per session key makes the counter-mode keystream, and
 * HMAC-SHA1 is two one-shot hashes over precomputed key pads (RFC 2104).
 * Output is byte for byte werift's (tests compare). The subscriber
 * connections get AES-GCM, which werift does with one native cipher per
 * packet; measured, that is already faster than this path would be.
 * Measured with bench:media, room of six: a few % less CPU per packet, and
 * with the unpooled payloads below the server's RSS over idle went from
 * 44–75 MB to 41 MB (the SFU's ArrayBuffers from 13–38 MB to 8 MB).
 */
import { createCipheriv, hash, timingSafeEqual, type Cipheriv } from 'node:crypto'

/** The parts of werift's RTP header this needs */
type RtpHeaderLike = {
  ssrc: number
  sequenceNumber: number
  serializeSize: number
  serialize(size: number): Buffer
  payloadOffset: number
  padding: boolean
  paddingSize: number
}

/** werift's CipherAesCtr, as far as it is used here */
type CtrCipher = {
  authTagLength: number
  srtpSessionKey: Buffer
  srtpSessionSalt: Buffer
  srtpSessionAuthTag: Buffer
  encryptRtp(header: RtpHeaderLike, payload: Buffer, rolloverCounter: number): Buffer
  decryptRtp(cipherText: Buffer, rolloverCounter: number, header?: RtpHeaderLike): [Buffer, RtpHeaderLike]
}

const HMAC_BLOCK = 64
const SHA1_SIZE = 20
const AUTH_TAG = 10
const ROC_SIZE = 4

class FastCtr {
  private readonly ecb: Cipheriv
  private readonly innerPad: Buffer
  /** opad followed by room for the inner digest */
  private readonly outer = Buffer.alloc(HMAC_BLOCK + SHA1_SIZE)
  private counters = Buffer.alloc(16 * 96)
  private scratch = Buffer.alloc(HMAC_BLOCK + 1600)

  constructor(
    key: Buffer,
    private readonly salt: Buffer,
    authKey: Buffer
  ) {
    this.ecb = createCipheriv('aes-128-ecb', key, null)
    this.ecb.setAutoPadding(false)
    this.innerPad = Buffer.alloc(HMAC_BLOCK, 0x36)
    this.outer.fill(0x5c, 0, HMAC_BLOCK)
    for (let i = 0; i < authKey.length; i++) {
      this.innerPad[i] ^= authKey[i]
      this.outer[i] ^= authKey[i]
    }
  }

  /** XOR `length` bytes of `input` from `from` with the RFC 3711 keystream into `output` at `to` */
  xorKeystream(ssrc: number, roc: number, seq: number, input: Buffer, from: number, length: number, output: Buffer, to: number) {
    const blocks = (length + 15) >> 4
    if (this.counters.length < blocks << 4) this.counters = Buffer.alloc(blocks << 4)
    const counters = this.counters
    const salt = this.salt
    /* IV = (0^32 | ssrc | roc | seq << 16) XOR salt (14 bytes); the block index counts in the last 16 bits */
    const b4 = salt[4] ^ (ssrc >>> 24)
    const b5 = salt[5] ^ ((ssrc >>> 16) & 0xff)
    const b6 = salt[6] ^ ((ssrc >>> 8) & 0xff)
    const b7 = salt[7] ^ (ssrc & 0xff)
    const b8 = salt[8] ^ (roc >>> 24)
    const b9 = salt[9] ^ ((roc >>> 16) & 0xff)
    const b10 = salt[10] ^ ((roc >>> 8) & 0xff)
    const b11 = salt[11] ^ (roc & 0xff)
    const b12 = salt[12] ^ (seq >>> 8)
    const b13 = salt[13] ^ (seq & 0xff)
    for (let block = 0, o = 0; block < blocks; block++, o += 16) {
      counters[o] = salt[0]
      counters[o + 1] = salt[1]
      counters[o + 2] = salt[2]
      counters[o + 3] = salt[3]
      counters[o + 4] = b4
      counters[o + 5] = b5
      counters[o + 6] = b6
      counters[o + 7] = b7
      counters[o + 8] = b8
      counters[o + 9] = b9
      counters[o + 10] = b10
      counters[o + 11] = b11
      counters[o + 12] = b12
      counters[o + 13] = b13
      counters[o + 14] = block >>> 8
      counters[o + 15] = block & 0xff
    }
    const keystream = this.ecb.update(counters.subarray(0, blocks << 4))
    for (let i = 0; i < length; i++) output[to + i] = input[from + i] ^ keystream[i]
  }

  /**
   * HMAC-SHA1 over buffer[HMAC_BLOCK, end) followed by the roll-over counter,
   * where buffer[0, HMAC_BLOCK) is free for the inner pad; the 10-byte tag
   * is written at `end` (over the counter).
   */
  signInPlace(buffer: Buffer, end: number, roc: number) {
    this.innerPad.copy(buffer, 0)
    buffer.writeUInt32BE(roc >>> 0, end)
    hash('sha1', buffer.subarray(0, end + ROC_SIZE), 'buffer').copy(this.outer, HMAC_BLOCK)
    hash('sha1', this.outer, 'buffer').copy(buffer, end, 0, AUTH_TAG)
  }

  encryptRtp(header: RtpHeaderLike, payload: Buffer, roc: number): Buffer {
    const headerBuffer = header.serialize(header.serializeSize)
    const start = HMAC_BLOCK
    const payloadAt = start + headerBuffer.length
    const end = payloadAt + payload.length
    const out = Buffer.allocUnsafe(end + AUTH_TAG)
    headerBuffer.copy(out, start)
    this.xorKeystream(header.ssrc, roc, header.sequenceNumber, payload, 0, payload.length, out, payloadAt)
    this.signInPlace(out, end, roc)
    /* the inner pad is key material, and `out` may be a slice of Node's shared pool */
    out.fill(0, 0, start)
    return out.subarray(start)
  }

  /** Checks the tag of header + payload (packet without its tag) */
  verify(packet: Buffer, roc: number, tag: Buffer): boolean {
    const size = HMAC_BLOCK + packet.length + AUTH_TAG
    if (this.scratch.length < size) this.scratch = Buffer.alloc(size)
    packet.copy(this.scratch, HMAC_BLOCK)
    this.signInPlace(this.scratch, HMAC_BLOCK + packet.length, roc)
    const expected = this.scratch.subarray(HMAC_BLOCK + packet.length, HMAC_BLOCK + packet.length + AUTH_TAG)
    return tag.length === AUTH_TAG && timingSafeEqual(expected, tag)
  }
}

/**
 * Give a werift AES-CM SRTP cipher the fast RTP path (its RTCP path stays).
 * `authError` makes the error werift throws on a bad tag. Other ciphers
 * (AES-GCM) are left as they are; returns whether this one was changed.
 */
export function speedUpSrtpCipher(cipher: unknown, authError: (message: string) => Error): boolean {
  const ctr = cipher as CtrCipher | undefined
  if (!ctr || ctr.authTagLength !== AUTH_TAG || !Buffer.isBuffer(ctr.srtpSessionAuthTag)) return false
  const fast = new FastCtr(ctr.srtpSessionKey, ctr.srtpSessionSalt, ctr.srtpSessionAuthTag)
  const decryptSlow = ctr.decryptRtp.bind(ctr)
  const failed = 'Failed to authenticate SRTP packet'

  ctr.encryptRtp = (header, payload, roc) => fast.encryptRtp(header, payload, roc)
  ctr.decryptRtp = (cipherText, roc, header) => {
    // werift's SRTP context always parses the header first; anything else takes werift's own path
    if (!header) return decryptSlow(cipherText, roc)
    const tagAt = cipherText.length - AUTH_TAG
    if (tagAt < header.payloadOffset) throw authError(failed)
    if (!fast.verify(cipherText.subarray(0, tagAt), roc, cipherText.subarray(tagAt))) throw authError(failed)
    /*
     * Its own memory, not a slice of Node's shared 8 kB pool: the payload
     * stays in every subscriber's retransmission history for a second or
     * two, and a pooled slice would keep the whole slab (and the short-lived
     * packets sharing it) alive with it.
     */
    const plain = Buffer.allocUnsafeSlow(tagAt)
    cipherText.copy(plain, 0, 0, header.payloadOffset)
    fast.xorKeystream(header.ssrc, roc, header.sequenceNumber, cipherText, header.payloadOffset, tagAt - header.payloadOffset, plain, header.payloadOffset)
    if (!header.padding) {
      header.paddingSize = 0
    } else {
      const paddingSize = tagAt > header.payloadOffset ? plain[plain.length - 1] : 0
      if (paddingSize <= 0 || paddingSize > tagAt - header.payloadOffset) throw authError(failed)
      header.paddingSize = paddingSize
    }
    return [plain, header]
  }
  return true
}

/** Every SRTP session werift starts from now on gets the fast path */
export function useFastSrtp(
  SrtpSession: { prototype: { start(...args: unknown[]): void } },
  authError: (message: string) => Error
) {
  const start = SrtpSession.prototype.start
  SrtpSession.prototype.start = function (this: { localContext?: { cipher?: unknown }; remoteContext?: { cipher?: unknown } }, ...args: unknown[]) {
    start.apply(this, args)
    speedUpSrtpCipher(this.localContext?.cipher, authError)
    speedUpSrtpCipher(this.remoteContext?.cipher, authError)
  }
}
