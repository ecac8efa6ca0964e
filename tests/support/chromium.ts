import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/*
 * Debian's chromium (installed by ensureChromium() when missing); Playwright
 * never downloads one. scripts/test.js and bench/media.js import this file
 * too (Node 24 runs TypeScript without types), so the paths are listed once.
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

function commandExists(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0
}

/**
 * Chromium for the browser tests and the media bench: installs Debian's
 * "chromium" package with apt-get when it is missing (as root or through
 * sudo), else explains what to do and exits.
 */
export function ensureChromium(): void {
  if (findChromium()) return
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const sudo = !isRoot && commandExists('sudo') ? ['sudo'] : []
  if (commandExists('apt-get') && (isRoot || sudo.length)) {
    console.log('Chromium is missing: installing Debian\'s "chromium" package with apt-get (one time)...')
    const run = (args: string[]) =>
      execFileSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      })
    run(['apt-get', 'update'])
    run(['apt-get', 'install', '-y', '--no-install-recommends', 'chromium'])
    if (findChromium()) return
  }
  console.error(
    [
      '',
      'The browser tests and the media bench need Chromium, and it could not be installed automatically.',
      'Install it with your package manager (Debian/Ubuntu: `sudo apt-get install chromium`),',
      'or point CHROMIUM_PATH at a Chromium/Chrome binary, then try again.',
      '(`npx playwright install` is not used: this project drives the system Chromium.)',
      '',
    ].join('\n')
  )
  process.exit(1)
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
