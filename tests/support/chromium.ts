import { existsSync } from 'node:fs'

/** Debian's chromium (installed by scripts/test.js when missing); Playwright never downloads one */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean
  ) as string[]
  const found = candidates.find((path) => existsSync(path))
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
]
