/*
 * `npm run demo`: the product on its embedded defaults (SQLite, database
 * queue, outbox mailer), with a demo organization at http://demo.localhost:3333.
 * Creates .env with a fresh APP_KEY the first time, migrates, seeds, then runs
 * the web server and the queue worker together until Ctrl+C.
 */
import { execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

if (!existsSync('.env')) {
  const example = readFileSync('.env.example', 'utf8')
  writeFileSync('.env', example.replace(/^APP_KEY=.*$/m, `APP_KEY=${randomBytes(32).toString('base64url')}`))
  console.log('Created .env with a new APP_KEY')
}

const ace = (...args) => execFileSync('node', ['ace', ...args], { stdio: 'inherit' })
ace('codegen')
ace('migration:run', '--force')
ace('db:seed', '--files', 'database/seeders/demo_seeder.ts')

const children = [
  spawn('node', ['ace', 'serve', '--hmr'], { stdio: 'inherit' }),
  spawn('node', ['ace', 'queue:work', '--queue', 'default,mail'], { stdio: 'inherit' }),
]
const stop = () => children.forEach((child) => child.kill('SIGTERM'))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
children.forEach((child) => child.on('exit', (code) => code && code !== 0 && stop()))
