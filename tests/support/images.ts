import sharp from 'sharp'

/** A real PNG of the given size, for upload tests */
export function png(width: number, height: number, background = '#1864ab') {
  return sharp({ create: { width, height, channels: 3, background } }).png().toBuffer()
}
