import { existsSync } from 'node:fs'

/*
 * Debian's chromium (installed by scripts/test.js when missing); Playwright
 * never downloads one. scripts/test.js imports this file too (Node 24 runs
 * TypeScript without types), so the paths are listed once.
 */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
  return candidates.find((path): path is string => Boolean(path) && existsSync(path!))
}

export function chromiumPath(): string {
  const found = findChromium()
  if (!found) throw new Error('Chromium not found: run `npm test`, which installs it, or set CHROMIUM_PATH')
  return found
}

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  /*
   * A fake camera (test pattern) and microphone (beeps), granted without a
   * prompt: the device check and the consultation room need them; pages that
   * don't ask for media are unaffected.
   */
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
]
