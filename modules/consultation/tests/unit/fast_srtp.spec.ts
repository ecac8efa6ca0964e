import { test } from '@japa/runner'
import { randomBytes } from 'node:crypto'
import { RtpHeader, SrtpAuthenticationError, SrtpSession } from 'werift'
import { speedUpSrtpCipher } from '#modules/consultation/sfu/fast_srtp'

const AES_CM_128_HMAC_SHA1_80 = 1
const AEAD_AES_128_GCM = 7
const authError = (message: string) => new SrtpAuthenticationError(message)

/** Two ends of one SRTP association: `a` protects what `b` checks */
function association(profile = AES_CM_128_HMAC_SHA1_80) {
  const keys = { key: randomBytes(16), salt: randomBytes(14), peerKey: randomBytes(16), peerSalt: randomBytes(14) }
  const end = (mirror: boolean) =>
    new SrtpSession({
      profile,
      keys: mirror
        ? { localMasterKey: keys.peerKey, localMasterSalt: keys.peerSalt, remoteMasterKey: keys.key, remoteMasterSalt: keys.salt }
        : { localMasterKey: keys.key, localMasterSalt: keys.salt, remoteMasterKey: keys.peerKey, remoteMasterSalt: keys.peerSalt },
    } as any)
  return { a: end(false), b: end(true) }
}

function speedUp(session: SrtpSession) {
  const s = session as any
  return speedUpSrtpCipher(s.localContext.cipher, authError) && speedUpSrtpCipher(s.remoteContext.cipher, authError)
}

function header(sequenceNumber: number, extra: Partial<RtpHeader> = {}) {
  return new RtpHeader({ ssrc: 0xdeadbeef, sequenceNumber, timestamp: sequenceNumber * 3000, payloadType: 96, marker: sequenceNumber % 7 === 0, ...extra })
}

test.group('SFU fast SRTP', () => {
  test('protects every packet byte for byte as werift does, across a sequence-number wrap', ({ assert }) => {
    const plain = association()
    const twin = new SrtpSession({ profile: AES_CM_128_HMAC_SHA1_80, keys: (plain.a as any).config.keys } as any)
    assert.isTrue(speedUp(twin))
    /* 65 500 → wrap: the roll-over counter enters the keystream and the tag */
    for (let i = 0; i < 80; i++) {
      const seq = (65_500 + i) & 0xffff
      const payload = randomBytes(1 + ((i * 97) % 1400))
      const expected = plain.a.encrypt(payload, header(seq))
      const actual = twin.encrypt(payload, header(seq))
      assert.isTrue(actual.equals(expected), `packet ${seq} differs`)
    }
  })

  test('reads what werift protected, payload and padding, and refuses a tampered packet', ({ assert }) => {
    const { a, b } = association()
    const reference = new SrtpSession({ profile: AES_CM_128_HMAC_SHA1_80, keys: (b as any).config.keys } as any)
    assert.isTrue(speedUp(b))
    for (let seq = 100; seq < 140; seq++) {
      const payload = randomBytes(20 + seq * 9)
      const padded = seq % 5 === 0
      if (padded) payload[payload.length - 1] = 4 // the last byte of a padded payload counts the padding
      const packet = a.encrypt(payload, header(seq, { padding: padded }))
      const [fastPlain, fastHeader] = (b as any).remoteContext.decryptRtp(packet)
      const [slowPlain, slowHeader] = (reference as any).remoteContext.decryptRtp(packet)
      assert.isTrue(fastPlain.equals(slowPlain))
      assert.equal(fastHeader.paddingSize, slowHeader.paddingSize)
      assert.isTrue(fastPlain.subarray(fastHeader.payloadOffset).equals(payload))
    }
    const packet = a.encrypt(randomBytes(500), header(200))
    for (const at of [2, 40, packet.length - 1]) {
      const tampered = Buffer.from(packet)
      tampered[at] ^= 1
      assert.throws(() => b.decrypt(tampered), /Failed to authenticate SRTP packet/)
    }
    assert.throws(() => b.decrypt(packet.subarray(0, 20)), /Failed to authenticate/)
  })

  test('leaves an AES-GCM session to werift', ({ assert }) => {
    const { a } = association(AEAD_AES_128_GCM)
    assert.isFalse(speedUpSrtpCipher((a as any).localContext.cipher, authError))
  })
})
