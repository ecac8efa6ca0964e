/*
 * The camera picture of `npm run bench:media`: a YUV4MPEG2 clip for
 * Chromium's --use-file-for-fake-video-capture. Chromium's own fake camera
 * (a flat test pattern) compresses to ~100 kbps, far below what a webcam
 * needs; this clip looks more like one: a textured scene that sways (like a
 * hand-held phone), a moving bright shape (someone's head), and fresh sensor
 * noise in every frame, so that VP8 at VGA wants about the 500 kbps that a
 * sender is capped at. The motion is periodic, so the loop has no jump.
 */
import { closeSync, openSync, writeSync } from 'node:fs'

/** xorshift32: deterministic, fast */
function random(seed) {
  let state = seed >>> 0 || 1
  return () => {
    state ^= state << 13
    state >>>= 0
    state ^= state >>> 17
    state ^= state << 5
    state >>>= 0
    return state
  }
}

/** Smooth value noise, tileable, `size` × `size` (power of two) */
function texture(size, cell, seed) {
  const next = random(seed)
  const grid = size / cell
  const corners = new Float32Array(grid * grid).map(() => (next() & 0xff) / 255)
  const out = new Float32Array(size * size)
  const smooth = (t) => t * t * (3 - 2 * t)
  for (let y = 0; y < size; y++) {
    const gy = Math.floor(y / cell)
    const ty = smooth((y % cell) / cell)
    for (let x = 0; x < size; x++) {
      const gx = Math.floor(x / cell)
      const tx = smooth((x % cell) / cell)
      const at = (cx, cy) => corners[(cy % grid) * grid + (cx % grid)]
      const top = at(gx, gy) * (1 - tx) + at(gx + 1, gy) * tx
      const bottom = at(gx, gy + 1) * (1 - tx) + at(gx + 1, gy + 1) * tx
      out[y * size + x] = top * (1 - ty) + bottom * ty
    }
  }
  return out
}

/**
 * Writes the clip and returns its size in bytes.
 * noise: amplitude of the per-frame sensor noise in luma steps (±noise).
 */
export function writeClip(path, { width = 640, height = 480, fps = 30, seconds = 3, noise = 6 } = {}) {
  const frames = Math.round(fps * seconds)
  const SIZE = 1024
  /* a scene of coarse and fine detail: a room, a bookshelf, a face */
  const coarse = texture(SIZE, 128, 7)
  const fine = texture(SIZE, 8, 11)
  const scene = new Uint8Array(SIZE * SIZE)
  for (let i = 0; i < scene.length; i++) scene[i] = Math.round(40 + 120 * coarse[i] + 70 * fine[i])
  const chromaU = texture(SIZE / 2, 64, 13)
  const chromaV = texture(SIZE / 2, 64, 17)

  const luma = width * height
  const chroma = (width / 2) * (height / 2)
  const frame = Buffer.alloc(6 + luma + 2 * chroma)
  frame.write('FRAME\n', 0, 'ascii')
  const next = random(23)
  const file = openSync(path, 'w')
  try {
    writeSync(file, `YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`)
    for (let f = 0; f < frames; f++) {
      const phase = (2 * Math.PI * f) / frames
      /* the hand-held sway: a few pixels each way, back where it started at the loop */
      const dx = Math.round(24 * Math.sin(phase) + 8 * Math.sin(3 * phase))
      const dy = Math.round(12 * Math.sin(2 * phase))
      /* a head that moves across and back */
      const cx = width / 2 + 140 * Math.sin(phase)
      const cy = height / 2 + 30 * Math.cos(2 * phase)
      const rx = 90
      const ry = 120
      let o = 6
      for (let y = 0; y < height; y++) {
        const sy = (((y + dy + 200) % SIZE) + SIZE) % SIZE
        for (let x = 0; x < width; x++) {
          const sx = (((x + dx + 200) % SIZE) + SIZE) % SIZE
          let value = scene[sy * SIZE + sx]
          const ex = (x - cx) / rx
          const ey = (y - cy) / ry
          if (ex * ex + ey * ey < 1) value = 150 + (fine[((y * 3) % SIZE) * SIZE + ((x * 3) % SIZE)] * 60) | 0
          value += ((next() & 0xff) * (2 * noise + 1)) / 256 - noise
          frame[o++] = value < 16 ? 16 : value > 235 ? 235 : value
        }
      }
      for (const plane of [chromaU, chromaV]) {
        const half = SIZE / 2
        for (let y = 0; y < height / 2; y++) {
          const sy = (((y + (dy >> 1) + 100) % half) + half) % half
          for (let x = 0; x < width / 2; x++) {
            const sx = (((x + (dx >> 1) + 100) % half) + half) % half
            frame[o++] = 128 + Math.round((plane[sy * half + sx] - 0.5) * 40)
          }
        }
      }
      writeSync(file, frame)
    }
  } finally {
    closeSync(file)
  }
  return frame.length * frames
}
