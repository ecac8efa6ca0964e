/**
 * What may be shared in a consultation: the allow-list, decided from the file
 * name's extension AND the content's own signature (magic bytes), never from
 * the type the browser claims. The stored type comes from this list.
 */
export type RoomFileKind = {
  mimeType: string
  matches(bytes: Buffer): boolean
}

const startsWith = (bytes: Buffer, ...signature: number[]) =>
  bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte)
const ascii = (bytes: Buffer, offset: number, text: string) =>
  bytes.length >= offset + text.length && bytes.toString('latin1', offset, offset + text.length) === text

const isPdf = (bytes: Buffer) => ascii(bytes, 0, '%PDF-')
const isPng = (bytes: Buffer) => startsWith(bytes, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)
const isJpeg = (bytes: Buffer) => startsWith(bytes, 0xff, 0xd8, 0xff)
const isGif = (bytes: Buffer) => ascii(bytes, 0, 'GIF87a') || ascii(bytes, 0, 'GIF89a')
const isWebp = (bytes: Buffer) => ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP')
/* Office 97-2003 documents and workbooks are OLE2 compound files */
const isOle2 = (bytes: Buffer) => startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)
const isZip = (bytes: Buffer) => startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)
/* Office Open XML: a zip with [Content_Types].xml and the part folder of its kind (word/, xl/) */
const isOoxml = (folder: string) => (bytes: Buffer) =>
  isZip(bytes) && bytes.includes('[Content_Types].xml', 0, 'latin1') && bytes.includes(folder, 0, 'latin1')
/* OpenDocument: the zip's first entry is the uncompressed "mimetype" naming the kind */
const isOdt = (bytes: Buffer) =>
  isZip(bytes) && ascii(bytes, 30, 'mimetype') && ascii(bytes, 38, 'application/vnd.oasis.opendocument.text')

/** Plain text: valid UTF-8 (an optional BOM) without NUL or other binary control bytes */
function isText(bytes: Buffer) {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  try {
    const text = decoder.decode(bytes)
    return !/[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/.test(text)
  } catch {
    return false
  }
}

export const ROOM_FILE_KINDS: Record<string, RoomFileKind> = {
  pdf: { mimeType: 'application/pdf', matches: isPdf },
  png: { mimeType: 'image/png', matches: isPng },
  jpg: { mimeType: 'image/jpeg', matches: isJpeg },
  jpeg: { mimeType: 'image/jpeg', matches: isJpeg },
  gif: { mimeType: 'image/gif', matches: isGif },
  webp: { mimeType: 'image/webp', matches: isWebp },
  txt: { mimeType: 'text/plain; charset=utf-8', matches: isText },
  doc: { mimeType: 'application/msword', matches: isOle2 },
  docx: {
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    matches: isOoxml('word/'),
  },
  xls: { mimeType: 'application/vnd.ms-excel', matches: isOle2 },
  xlsx: { mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', matches: isOoxml('xl/') },
  odt: { mimeType: 'application/vnd.oasis.opendocument.text', matches: isOdt },
}

export const ROOM_FILE_EXTENSIONS = Object.keys(ROOM_FILE_KINDS)

/** 20 MB */
export const ROOM_FILE_MAX_BYTES = 20 * 1024 * 1024

/**
 * A file name as it may be shown and offered for download: the last path
 * segment, without control characters, at most 150 characters (keeping the
 * extension)
 */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? ''
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim()
  if (clean.length <= 150) return clean
  const dot = clean.lastIndexOf('.')
  const extension = dot > 0 ? clean.slice(dot) : ''
  return clean.slice(0, 150 - extension.length) + extension
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
}

export type FileCheck = { ok: true; mimeType: string } | { ok: false; reason: 'type' | 'empty' | 'too_large' }

/** Whether these bytes, under this name, may be shared */
export function checkRoomFile(name: string, bytes: Buffer): FileCheck {
  if (bytes.length === 0) return { ok: false, reason: 'empty' }
  if (bytes.length > ROOM_FILE_MAX_BYTES) return { ok: false, reason: 'too_large' }
  const kind = ROOM_FILE_KINDS[extensionOf(name)]
  if (!kind || !kind.matches(bytes)) return { ok: false, reason: 'type' }
  return { ok: true, mimeType: kind.mimeType }
}
