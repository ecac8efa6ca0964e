/*
 * npm run bench:agenda — slot generation for 50 handlers × 8 weeks and the
 * reminder round for 10,000 appointments due the same day (time and peak
 * memory), on a fresh SQLite database (BENCH_DB=pg: PostgreSQL, database
 * consult_bench) with the database queue. Last line: one JSON object with
 * slots_ms, reminders_10k_s and reminders_peak_mb.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const dataDir = resolve(root, 'tmp/bench-agenda')
rmSync(dataDir, { recursive: true, force: true })
mkdirSync(dataDir, { recursive: true })

const env = {
  ...process.env,
  /* production: compiled templates are cached, as on a real server */
  NODE_ENV: 'production',
  APP_KEY: randomBytes(32).toString('base64url'),
  APP_DOMAIN: 'localhost',
  DATA_DIR: dataDir,
  ...(process.env.BENCH_DB === 'pg'
    ? { DB_CONNECTION: 'pg', DB_HOST: '127.0.0.1', DB_USER: process.env.DB_USER ?? 'postgres', DB_DATABASE: 'consult_bench' }
    : { DB_CONNECTION: 'sqlite' }),
  QUEUE_DRIVER: 'database',
  MAIL_MAILER: 'outbox',
  LOG_LEVEL: 'error',
}
if (process.env.BENCH_DB === 'pg') {
  const psql = (sql) => execFileSync('psql', ['-h', '127.0.0.1', '-U', env.DB_USER, '-d', 'test', '-c', sql], { stdio: 'ignore' })
  psql('DROP DATABASE IF EXISTS consult_bench')
  psql('CREATE DATABASE consult_bench')
}
const ace = (...args) => execFileSync('node', ['ace', ...args], { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
ace('migration:run', '--force', '--no-schema-generate')
const output = ace('bench:agenda')
const figures = JSON.parse(output.trim().split('\n').pop())
console.log(`slots for ${figures.handlers} handlers × ${figures.weeks} weeks: ${figures.slots} slots in ${figures.slots_ms} ms`)
console.log(
  `reminders: ${figures.reminders_appointments} appointments, ${figures.reminders_emails_queued} e-mails queued in ${figures.reminders_10k_s} s, peak RSS ${figures.reminders_peak_mb} MB (heap ${figures.reminders_peak_heap_mb} MB)`
)
console.log(JSON.stringify(figures))
