/*
 * npm run bench:http — requests per second of the logged-in dashboard page and
 * of a JSON endpoint (/me) on the production build, next to a bare Node http
 * server measured in the same run. Loopback only; bounded in time.
 * Last line: one JSON object with bare_rps, json_rps, dashboard_rps.
 */
import { execFileSync, spawn } from 'node:child_process'
import { createServer, request as httpRequest } from 'node:http'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { resolve } from 'node:path'
import autocannon from 'autocannon'

const DURATION = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20)
const PORT = 3390
const BARE_PORT = 3391
const HOST = `demo.localhost:${PORT}`
const root = resolve(import.meta.dirname, '..')
const buildDir = resolve(root, 'build')
const dataDir = resolve(root, 'tmp/bench-data')

/* Always measure the code as it is now (BENCH_SKIP_BUILD=1 reuses build/ when iterating) */
if (!process.env.BENCH_SKIP_BUILD || !existsSync(resolve(buildDir, 'bin/server.js'))) {
  execFileSync('node', ['ace', 'build'], { cwd: root, stdio: 'inherit' })
}
rmSync(dataDir, { recursive: true, force: true })
mkdirSync(dataDir, { recursive: true })

const env = {
  ...process.env,
  NODE_ENV: 'production',
  PORT: String(PORT),
  HOST: '127.0.0.1',
  APP_KEY: randomBytes(32).toString('base64url'),
  APP_DOMAIN: 'localhost',
  APP_PROTOCOL: 'http',
  APP_PUBLIC_PORT: String(PORT),
  DATA_DIR: dataDir,
  /* BENCH_DB=pg measures on PostgreSQL (the production database), database consult_bench */
  ...(process.env.BENCH_DB === 'pg'
    ? { DB_CONNECTION: 'pg', DB_HOST: '127.0.0.1', DB_USER: process.env.DB_USER ?? 'postgres', DB_DATABASE: 'consult_bench' }
    : { DB_CONNECTION: 'sqlite' }),
  /* BENCH_SESSION=redis measures the server-side session store used when several instances run */
  SESSION_DRIVER: process.env.BENCH_SESSION ?? 'file',
  REDIS_HOST: '127.0.0.1',
  QUEUE_DRIVER: 'database',
  MAIL_MAILER: 'outbox',
  LOG_LEVEL: 'error',
}
if (process.env.BENCH_DB === 'pg') {
  const psql = (sql) => execFileSync('psql', ['-h', '127.0.0.1', '-U', env.DB_USER, '-d', 'test', '-c', sql], { stdio: 'ignore' })
  psql('DROP DATABASE IF EXISTS consult_bench')
  psql('CREATE DATABASE consult_bench')
}
const ace = (...args) => execFileSync('node', ['ace', ...args], { cwd: buildDir, env, stdio: 'ignore' })
ace('migration:run', '--force')
ace('db:seed', '--files', 'database/seeders/demo_seeder.js')

const server = spawn('node', ['bin/server.js'], { cwd: buildDir, env, stdio: ['ignore', 'ignore', 'inherit'] })
const bare = createServer((_, response) => {
  response.writeHead(200, { 'content-type': 'application/json' })
  response.end(JSON.stringify({ ok: true }))
}).listen(BARE_PORT, '127.0.0.1')

/* node:http rather than fetch: fetch may not set the Host header that selects the organization */
function request(path, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((done, fail) => {
    const outgoing = httpRequest(
      { host: '127.0.0.1', port: PORT, path, method, headers: { host: HOST, ...headers } },
      (response) => {
        response.resume()
        response.on('end', () =>
          done({
            status: response.statusCode,
            location: response.headers.location,
            cookies: (response.headers['set-cookie'] ?? []).map((cookie) => cookie.split(';')[0]),
          })
        )
      }
    )
    outgoing.on('error', fail)
    outgoing.end(body)
  })
}
const cookiesOf = (response) => response.cookies

async function waitForServer() {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await request('/login')).status === 200) return
    } catch {}
    await new Promise((done) => setTimeout(done, 200))
  }
  throw new Error('the production server did not start')
}

async function login() {
  const page = await request('/login')
  const jar = cookiesOf(page)
  const xsrf = jar.find((cookie) => cookie.startsWith('XSRF-TOKEN='))?.split('=')[1] ?? ''
  const response = await request('/login', {
    method: 'POST',
    headers: {
      'cookie': jar.join('; '),
      'x-xsrf-token': decodeURIComponent(xsrf),
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'email=admin%40demo.test&password=demo-admin-pass',
  })
  if (response.status !== 302 || response.location !== '/') {
    throw new Error(`login failed: ${response.status} ${response.location}`)
  }
  const sessionCookies = cookiesOf(response)
  const merged = new Map([...jar, ...sessionCookies].map((cookie) => [cookie.split('=')[0], cookie]))
  return [...merged.values()].join('; ')
}

function measure(url, headers = {}) {
  return new Promise((done, fail) => {
    autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION }, (error, result) => {
      if (error) return fail(error)
      if (result.non2xx > 0) return fail(new Error(`${url}: ${result.non2xx} non-2xx responses`))
      done(result)
    })
  })
}

try {
  await waitForServer()
  const cookie = await login()
  const dashboard = await request('/', { headers: { cookie } })
  if (dashboard.status !== 200) throw new Error(`dashboard answered ${dashboard.status}`)

  const bareResult = await measure(`http://127.0.0.1:${BARE_PORT}/`)
  /* The framework's floor: full middleware stack, no session user, no database */
  const healthResult = await measure(`http://127.0.0.1:${PORT}/health`, { host: `localhost:${PORT}` })
  const jsonResult = await measure(`http://127.0.0.1:${PORT}/me`, { host: HOST, cookie })
  const dashboardResult = await measure(`http://127.0.0.1:${PORT}/`, { host: HOST, cookie })

  const figures = {
    bare_rps: Math.round(bareResult.requests.average),
    health_rps: Math.round(healthResult.requests.average),
    json_rps: Math.round(jsonResult.requests.average),
    dashboard_rps: Math.round(dashboardResult.requests.average),
    json_p99_ms: jsonResult.latency.p99,
    dashboard_p99_ms: dashboardResult.latency.p99,
    database: env.DB_CONNECTION,
    session: env.SESSION_DRIVER,
    connections: CONNECTIONS,
    seconds: DURATION,
  }
  figures.json_to_bare_ratio = Number((figures.json_rps / figures.bare_rps).toFixed(3))
  figures.dashboard_to_bare_ratio = Number((figures.dashboard_rps / figures.bare_rps).toFixed(3))
  console.log(`bare node http   ${figures.bare_rps} req/s`)
  console.log(`/health (no DB)   ${figures.health_rps} req/s`)
  console.log(`JSON /me         ${figures.json_rps} req/s (p99 ${figures.json_p99_ms} ms)`)
  console.log(`dashboard page   ${figures.dashboard_rps} req/s (p99 ${figures.dashboard_p99_ms} ms)`)
  console.log(JSON.stringify(figures))
} finally {
  server.kill('SIGTERM')
  bare.close()
}
