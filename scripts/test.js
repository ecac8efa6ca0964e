/*
 * `npm test`: the whole suite (unit, functional, browser), after making sure
 * the browser tests have a Chromium. Runs under the project's Node 24 (npm
 * puts node_modules/.bin first on PATH). Extra arguments go to `node ace test`.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { ensureChromium } from '../tests/support/chromium.ts'

const args = process.argv.slice(2)
const onlyNonBrowser = args.some((arg) => arg === 'unit' || arg === 'functional')
if (!onlyNonBrowser) ensureChromium()

/* NODE_ENV=test: a fresh clone has no .env, and .env.test holds every variable the app needs */
const testEnv = { ...process.env, NODE_ENV: 'test' }
execFileSync('node', ['ace', 'codegen'], { stdio: 'inherit', env: testEnv })
const result = spawnSync('node', ['ace', 'test', ...args], { stdio: 'inherit', env: testEnv })
process.exit(result.status ?? 1)
