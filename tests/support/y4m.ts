import { closeSync, existsSync, openSync, renameSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export type ClipOptions = { width?: number; height?: number; fps?: number; seconds?: number; noise?: number }

/**
 * A camera picture for Chromium's --use-file-for-fake-video-capture: a
 * YUV4MPEG2 (4:2:0) clip of a textured background, a bright shape that moves
 * across and back (someone's head) and fresh sensor noise in every frame, so
 * that VP8 spends a webcam's bitrate on it (Chromium's own fake camera, a
 * flat pattern, compresses to ~100 kbps). The motion is periodic: the loop
 * has no jump. Written once per size into the temp directory; returns its path.
 */
export function fakeCameraClip(options: ClipOptions = {}): string {
  const { width = 640, height = 360, fps = 30, seconds = 2, noise = 10 } = options
  const path = join(tmpdir(), `consult-fake-camera-${width}x${height}-${fps}-${seconds}-${noise}.y4m`)
  if (existsSync(path)) return path
  const frames = Math.round(fps * seconds)
  const luma = width * height
  const chroma = (width >> 1) * (height >> 1)
  const frame = Buffer.alloc(6 + luma + 2 * chroma)
  frame.write('FRAME\n', 0, 'ascii')

  /* xorshift32: deterministic and fast */
  let seed = 0x9e3779b9
  const random = () => {
    seed ^= seed << 13
    seed ^= seed >>> 17
    seed ^= seed << 5
    return (seed >>> 0) / 0x100000000
  }

  const partial = `${path}.${process.pid}.tmp`
  const file = openSync(partial, 'w')
  try {
    writeSync(file, `YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`)
    for (let f = 0; f < frames; f++) {
      const phase = (2 * Math.PI * f) / frames
      const cx = width / 2 + (width / 4) * Math.sin(phase)
      const cy = height / 2 + (height / 10) * Math.cos(2 * phase)
      const rx = width / 7
      const ry = height / 3.5
      const sway = Math.round(6 * Math.sin(phase))
      let o = 6
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          /* a background of stripes and checks, shifted a little each frame (a hand-held camera) */
          const bx = x + sway
          const background = 70 + 40 * Math.sin(bx / 9) * Math.cos(y / 13) + ((((bx >> 4) + (y >> 4)) & 1) === 0 ? 25 : 0)
          const dx = (x - cx) / rx
          const dy = (y - cy) / ry
          const head = dx * dx + dy * dy < 1 ? 190 + 20 * Math.sin(x / 5 + f / 3) : background
          const value = head + (random() * 2 - 1) * noise
          frame[o++] = value < 16 ? 16 : value > 235 ? 235 : value
        }
      }
      for (let plane = 0; plane < 2; plane++) {
        for (let y = 0; y < height >> 1; y++) {
          for (let x = 0; x < width >> 1; x++) {
            const base = plane === 0 ? 120 + 12 * Math.sin(x / 20 + phase) : 136 + 12 * Math.cos(y / 16 - phase)
            frame[o++] = base + (random() * 2 - 1) * (noise / 3)
          }
        }
      }
      writeSync(file, frame)
    }
  } finally {
    closeSync(file)
  }
  /* written under another name first: a parallel test never reads half a clip */
  renameSync(partial, path)
  return path
}
