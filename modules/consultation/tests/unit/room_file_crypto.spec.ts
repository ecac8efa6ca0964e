import { test } from '@japa/runner'
import { createDecipheriv, randomBytes } from 'node:crypto'
import { RoomFileCrypto, SealedFileError } from '#modules/consultation/services/room_file_crypto'
import { checkRoomFile, cleanFileName, ROOM_FILE_MAX_BYTES } from '#modules/consultation/services/room_file_types'

const KEY = 'test-key-not-secret-0123456789abcdef'
const plain = Buffer.from('%PDF-1.4 lab result: HbA1c 48 mmol/mol')

test.group('Room files | encryption at rest', () => {
  test('a sealed file opens to the same bytes and shows none of them', ({ assert }) => {
    const crypto = new RoomFileCrypto(KEY)
    const sealed = crypto.seal(plain, 'consultation-files/1/2/a.bin')
    assert.isFalse(sealed.includes('HbA1c'))
    assert.isFalse(sealed.includes('%PDF'))
    assert.equal(sealed.length, plain.length + 4 + 12 + 16)
    assert.isTrue(crypto.open(sealed, 'consultation-files/1/2/a.bin').equals(plain))
    const large = randomBytes(1024 * 1024)
    assert.isTrue(crypto.open(crypto.seal(large, 'k'), 'k').equals(large))
    assert.isTrue(crypto.open(crypto.seal(Buffer.alloc(0), 'k'), 'k').equals(Buffer.alloc(0)))
  })

  test('every file gets its own IV: the same bytes never seal the same way', ({ assert }) => {
    const crypto = new RoomFileCrypto(KEY)
    const first = crypto.seal(plain, 'k')
    const second = crypto.seal(plain, 'k')
    assert.isFalse(first.equals(second))
    assert.isFalse(first.subarray(4, 16).equals(second.subarray(4, 16)))
  })

  test('a changed byte, another storage key, another application key or another purpose is refused', ({ assert }) => {
    const crypto = new RoomFileCrypto(KEY)
    const sealed = crypto.seal(plain, 'consultation-files/1/2/a.bin')
    for (const index of [4, 20, sealed.length - 1]) {
      const tampered = Buffer.from(sealed)
      tampered[index] ^= 0x01
      assert.throws(() => crypto.open(tampered, 'consultation-files/1/2/a.bin'), SealedFileError)
    }
    assert.throws(() => crypto.open(sealed, 'consultation-files/1/3/a.bin'), SealedFileError)
    assert.throws(() => new RoomFileCrypto('another-application-key-0123456789').open(sealed, 'consultation-files/1/2/a.bin'), SealedFileError)
    assert.throws(() => new RoomFileCrypto(KEY, 'another-purpose').open(sealed, 'consultation-files/1/2/a.bin'), SealedFileError)
    assert.throws(() => crypto.open(plain, 'k'), SealedFileError)
    assert.throws(() => crypto.open(sealed.subarray(0, 20), 'consultation-files/1/2/a.bin'), SealedFileError)
  })

  test('the key is derived for its purpose, not the application key itself', ({ assert }) => {
    assert.throws(() => new RoomFileCrypto(''))
    const sealed = new RoomFileCrypto(KEY).seal(plain, 'k')
    /* a plain AES-256-GCM with the first 32 bytes of the application key does not open it */
    const decipher = createDecipheriv('aes-256-gcm', Buffer.from(KEY.slice(0, 32)), sealed.subarray(4, 16))
    decipher.setAAD(Buffer.from('k'))
    decipher.setAuthTag(sealed.subarray(16, 32))
    decipher.update(sealed.subarray(32))
    assert.throws(() => decipher.final())
  })
})

test.group('Room files | what may be shared', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
  const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16])
  const ole2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])
  const zipWith = (...names: string[]) => Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(26), ...names.map((n) => Buffer.from(n))])
  const odt = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(26), Buffer.from('mimetypeapplication/vnd.oasis.opendocument.text')])
  const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')])

  test('each allowed kind is recognised by its content and gets its type from the list', ({ assert }) => {
    const cases: [string, Buffer, string][] = [
      ['a.pdf', Buffer.from('%PDF-1.7\n'), 'application/pdf'],
      ['a.PNG', png, 'image/png'],
      ['a.jpg', jpeg, 'image/jpeg'],
      ['a.jpeg', jpeg, 'image/jpeg'],
      ['a.gif', Buffer.from('GIF89a....'), 'image/gif'],
      ['a.webp', webp, 'image/webp'],
      ['a.txt', Buffer.from('Ünïcödé text\r\n\twith tabs'), 'text/plain; charset=utf-8'],
      ['a.doc', ole2, 'application/msword'],
      ['a.xls', ole2, 'application/vnd.ms-excel'],
      ['a.docx', zipWith('[Content_Types].xml', 'word/document.xml'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['a.xlsx', zipWith('[Content_Types].xml', 'xl/workbook.xml'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['a.odt', odt, 'application/vnd.oasis.opendocument.text'],
    ]
    for (const [name, bytes, mimeType] of cases) {
      assert.deepEqual(checkRoomFile(name, bytes), { ok: true, mimeType }, name)
    }
  })

  test('a name that lies about the content, an unknown kind, empty or too large is refused', ({ assert }) => {
    const refused: [string, Buffer, string][] = [
      ['a.pdf', png, 'type'],
      ['a.png', Buffer.from('%PDF-1.7'), 'type'],
      ['a.docx', zipWith('[Content_Types].xml', 'xl/workbook.xml'), 'type'],
      ['a.xlsx', zipWith('evil.js'), 'type'],
      ['a.odt', zipWith('mimetype'), 'type'],
      ['a.txt', Buffer.from([0x41, 0x00, 0x42]), 'type'],
      ['a.txt', Buffer.from([0xc3, 0x28]), 'type'],
      ['a.exe', Buffer.from('MZ'), 'type'],
      ['a.svg', Buffer.from('<svg onload="alert(1)"/>'), 'type'],
      ['a.html', Buffer.from('<html>'), 'type'],
      ['pdf', Buffer.from('%PDF-1.7'), 'type'],
      ['a.pdf', Buffer.alloc(0), 'empty'],
      ['a.pdf', Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(ROOM_FILE_MAX_BYTES)]), 'too_large'],
    ]
    for (const [name, bytes, reason] of refused) {
      assert.deepEqual(checkRoomFile(name, bytes), { ok: false, reason } as any, `${name} ${reason}`)
    }
  })

  test('file names keep only their last part, without control characters or quotes, at most 150 characters', ({ assert }) => {
    assert.equal(cleanFileName('C:\\Users\\jan\\scan.pdf'), 'scan.pdf')
    assert.equal(cleanFileName('../../etc/"passwd".txt'), 'passwd.txt')
    assert.equal(cleanFileName('line\r\nbreak.pdf'), 'linebreak.pdf')
    const long = cleanFileName(`${'a'.repeat(300)}.pdf`)
    assert.lengthOf(long, 150)
    assert.isTrue(long.endsWith('.pdf'))
  })
})
