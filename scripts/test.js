/*
 * `npm test`: the whole suite (unit, functional, browser), after making sure
 * the browser tests have a Chromium. Runs under the project's Node 24 (npm
 * puts node_modules/.bin first on PATH). Extra arguments go to `node ace test`.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { findChromium } from '../tests/support/chromium.ts'

function haveChromium() {
  return findChromium() !== undefined
}

function commandExists(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0
}

function ensureChromium() {
  if (haveChromium()) return
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const sudo = !isRoot && commandExists('sudo') ? ['sudo'] : []
  if (commandExists('apt-get') && (isRoot || sudo.length)) {
    console.log('Chromium is missing: installing Debian\'s "chromium" package with apt-get (one time)...')
    const run = (args) => execFileSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    run(['apt-get', 'update'])
    run(['apt-get', 'install', '-y', '--no-install-recommends', 'chromium'])
    if (haveChromium()) return
  }
  console.error(
    [
      '',
      'The browser tests need Chromium, and it could not be installed automatically.',
      'Install it with your package manager (Debian/Ubuntu: `sudo apt-get install chromium`),',
      'or point CHROMIUM_PATH at a Chromium/Chrome binary, then run `npm test` again.',
      '(`npx playwright install` is not used: this project drives the system Chromium.)',
      '',
    ].join('\n')
  )
  process.exit(1)
}

const args = process.argv.slice(2)
const onlyNonBrowser = args.some((arg) => arg === 'unit' || arg === 'functional')
if (!onlyNonBrowser) ensureChromium()

/* NODE_ENV=test: a fresh clone has no .env, and .env.test holds every variable the app needs */
const testEnv = { ...process.env, NODE_ENV: 'test' }
execFileSync('node', ['ace', 'codegen'], { stdio: 'inherit', env: testEnv })
const result = spawnSync('node', ['ace', 'test', ...args], { stdio: 'inherit', env: testEnv })
process.exit(result.status ?? 1)
