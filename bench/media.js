/*
 * npm run bench:media — the consultation's media plane (issue 4) over
 * loopback, on the app as it runs in production (NODE_ENV=production, from
 * source, SQLite) with the embedded SFU in its worker thread. Headless
 * Chromium pages play the participants with ion-sdk-js, as the room does;
 * their camera is a generated noisy VGA .y4m clip (bench/media_clip.js) and
 * every sender is capped at 500 kbps.
 *
 *  1. First frame: 20 two-person sessions. The practitioner is in the room
 *     and publishes; the invitee, already brought in and with the camera on,
 *     enters: t0 is the invitee page's ticket request (POST <base>/ticket),
 *     then /media/signal, join, publish; the end is the first remote video
 *     frame on screen (requestVideoFrameCallback; the receiver's
 *     framesDecoded polled every 5 ms is reported next to it). Each run is
 *     followed by the same two pages calling each other directly
 *     (RTCPeerConnection, no ICE servers; t0: the caller starts negotiating;
 *     descriptions and candidates relayed by the bench).
 *  2. Rooms of 2, 4 and 6, everyone publishing: 20 s of steady state each.
 *     SFU CPU: the CPU time of the server's thread named "sfu" (the worker,
 *     /proc/<pid>/task/<tid>/schedstat), next to the whole server process's.
 *     SFU memory: the server's RSS above its idle level after a warm-up call.
 *     Packets lost: summed from every page's inbound-rtp stats (audio and
 *     video), next to the datagrams the kernel dropped at the SFU's and the
 *     browsers' sockets. Frames decoded per second per page show a collapse.
 *
 * Priorities: the browsers' threads run at nice 19, in a scheduling group of
 * their own (Playwright starts them in their own session); the server runs
 * in its own session too, and where permitted its group gets more weight
 * (nice -10), so that neither the browsers nor anything else running on the
 * machine takes its CPU. What the SFU thread still waited for a CPU, and
 * what other processes used meanwhile, are reported.
 *
 * Last line: one JSON object (first_frame_ms_median, first_frame_ms_p95,
 * p2p_first_frame_ms_median, sfu_cpu_pct_room6, sfu_rss_mb_room6,
 * packets_lost, and more). PORT and DATA_DIR choose the port and the scratch
 * directory (emptied first); BENCH_RUNS, BENCH_ROOMS and BENCH_STEADY_SECONDS
 * shorten it; BENCH_DEBUG=1 prints its steps; BENCH_SERVER_NODE_ARGS passes
 * flags to the server's Node (a CPU profile, say).
 */
import { execFileSync, spawn } from 'node:child_process'
import { chmodSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { request as httpRequest } from 'node:http'
import { connect } from 'node:net'
import { resolve } from 'node:path'
import { build } from 'esbuild'
import { chromium } from 'playwright-core'
import { chromiumPath, CHROMIUM_FLAGS, ensureChromium } from '../tests/support/chromium.ts'
import { writeClip } from './media_clip.js'
import { installBench } from './media_page.js'

const root = resolve(import.meta.dirname, '..')
const PORT = Number(process.env.PORT ?? 3393)
const dataDir = resolve(root, process.env.DATA_DIR ?? 'tmp/bench-media')
const RUNS = Number(process.env.BENCH_RUNS ?? 20)
const STEADY_SECONDS = Number(process.env.BENCH_STEADY_SECONDS ?? 20)
/* after everyone decodes everyone: the senders' bandwidth estimates reach the cap */
const SETTLE_SECONDS = Number(process.env.BENCH_SETTLE_SECONDS ?? 8)
/* BENCH_ROOMS=2 (or empty) measures fewer rooms while working on the bench */
const ROOM_SIZES = (process.env.BENCH_ROOMS ?? '2,4,6').split(',').filter(Boolean).map(Number)
const MAX_BITRATE = 500_000
const CLK_TCK = 100

const started = Date.now()
const loadAtStart = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number)
const sleep = (ms) => new Promise((done) => setTimeout(done, ms))
const log = (line) => console.log(line)
const debug = process.env.BENCH_DEBUG ? (line) => console.error(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${line}`) : () => {}
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`

/* another server (an earlier bench still running) on the port would be measured instead */
const portBusy = await new Promise((done) => {
  const socket = connect({ host: '127.0.0.1', port: PORT }, () => {
    socket.destroy()
    done(true)
  })
  socket.on('error', () => done(false))
})
if (portBusy) throw new Error(`port ${PORT} is in use: stop what runs there or set PORT`)

ensureChromium()
rmSync(dataDir, { recursive: true, force: true })
mkdirSync(dataDir, { recursive: true })

/* the camera picture */
const clip = resolve(dataDir, 'camera.y4m')
writeClip(clip, { width: 640, height: 480, fps: 30, seconds: 3, noise: 3 })

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
  DB_CONNECTION: 'sqlite',
  SESSION_DRIVER: 'cookie',
  QUEUE_DRIVER: 'database',
  MAIL_MAILER: 'outbox',
  LOG_LEVEL: 'error',
}
/* the embedded SFU, host candidates only, any UDP port */
for (const name of ['SFU_URLS', 'SFU_ICE_SERVERS', 'SFU_UDP_PORT_RANGE']) delete env[name]
const ace = (...args) =>
  execFileSync(process.execPath, ['ace', ...args], { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
ace('migration:run', '--force', '--no-schema-generate')
const world = JSON.parse(ace('bench:media', '--runs', String(RUNS), ...(ROOM_SIZES.length ? ['--rooms', ROOM_SIZES.join(',')] : [])).trim().split('\n').pop())
const host = `${world.slug}.localhost:${PORT}`
const origin = `http://${host}`

/* the server as in production, from source (no build step: the SFU worker runs the same code) */
/* BENCH_SERVER_NODE_ARGS: extra Node flags for the server, e.g. "--cpu-prof --cpu-prof-dir=tmp/prof" (the main thread's profile) */
const serverNodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean)
const server = spawn(process.execPath, [...serverNodeArgs, '--import', '@poppinss/ts-exec', 'bin/server.ts'], {
  cwd: root,
  env,
  stdio: ['ignore', 'ignore', 'inherit'],
  /* a session of its own: with autogroup scheduling, the server's own CPU share, like a service */
  detached: true,
})
/*
 * On a shared machine everything else competes with the server; where
 * permitted (root), its scheduling group gets a higher weight, so that what
 * is measured is the SFU and not the neighbours (BENCH_SERVER_GROUP_NICE=0
 * turns that off). The SFU thread's waiting time for a CPU is reported.
 */
const SERVER_GROUP_NICE = Number(process.env.BENCH_SERVER_GROUP_NICE ?? -10)
let serverGroup = 'n/a'
try {
  writeFileSync(`/proc/${server.pid}/autogroup`, String(SERVER_GROUP_NICE))
} catch {}
try {
  serverGroup = readFileSync(`/proc/${server.pid}/autogroup`, 'utf8').trim().replace(/^\/autogroup-\d+ /, '')
} catch {}
const stopServer = () => server.exitCode === null && server.kill('SIGTERM')
process.on('exit', stopServer)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130))

function get(path) {
  return new Promise((done, fail) => {
    const outgoing = httpRequest({ host: '127.0.0.1', port: PORT, path, headers: { host } }, (response) => {
      response.resume()
      response.on('end', () => done(response.statusCode))
    })
    outgoing.on('error', fail)
    outgoing.end()
  })
}

async function waitForServer() {
  for (let attempt = 0; attempt < 150; attempt++) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode})`)
    try {
      if ((await get('/device-test/ping')) === 200) return
    } catch {}
    await sleep(200)
  }
  throw new Error('the server did not start')
}

/* ---------- what the server spends: /proc of the server process and of its "sfu" thread ---------- */

function sfuThread() {
  for (const tid of readdirSync(`/proc/${server.pid}/task`)) {
    try {
      if (readFileSync(`/proc/${server.pid}/task/${tid}/comm`, 'utf8').trim() === 'sfu') return tid
    } catch {}
  }
  return null
}

/* CPU seconds of the SFU thread and of the whole process, RSS in MB */
function usage() {
  const tid = sfuThread()
  /* schedstat: nanoseconds on a CPU, nanoseconds runnable but waiting for one */
  const [sfuNs, sfuWaitNs] = tid ? readFileSync(`/proc/${server.pid}/task/${tid}/schedstat`, 'utf8').split(' ').map(Number) : [Number.NaN, Number.NaN]
  const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ')
  const processSeconds = (Number(fields[11]) + Number(fields[12])) / CLK_TCK
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))[1])
  return { at: performance.now(), sfuSeconds: sfuNs / 1e9, sfuWaitSeconds: sfuWaitNs / 1e9, processSeconds, rssMb: rssKb / 1024, tid }
}

function cpuBetween(a, b) {
  const seconds = (b.at - a.at) / 1000
  return {
    sfuPct: (100 * (b.sfuSeconds - a.sfuSeconds)) / seconds,
    /* ms per second the SFU thread was ready to run but had no CPU */
    sfuWaitMsPerS: (1000 * (b.sfuWaitSeconds - a.sfuWaitSeconds)) / seconds,
    processPct: (100 * (b.processSeconds - a.processSeconds)) / seconds,
  }
}

/* Sample RSS while `work` runs */
async function sampling(work) {
  const samples = [usage()]
  const timer = setInterval(() => samples.push(usage()), 500)
  try {
    await work()
  } finally {
    clearInterval(timer)
  }
  samples.push(usage())
  return samples
}

/* ---------- browsers at low priority ---------- */

/*
 * Chromium at low CPU priority, through a wrapper script:
 *  - every thread at nice 19 (`nice -n 19`, inherited by every process the
 *    browser forks). Chromium sets absolute nice values on some threads (-8
 *    for display and GPU threads), which it can only do with CAP_SYS_NICE:
 *    as root, that capability is dropped first.
 *  - Playwright starts the browser in a session of its own; with the
 *    kernel's autogroup scheduling (on by default) a session is a scheduling
 *    group with its own CPU share, separate from the server's, so busy
 *    browsers cannot take the server's share whatever they do. The group's
 *    own weight stays normal (BENCH_BROWSER_GROUP_NICE lowers it): at group
 *    nice 19, anything else running on the machine starves the browsers.
 * The SFU thread's run-queue waiting time is reported to show it was not
 * starved.
 */
const BROWSER_NICE = Number(process.env.BENCH_BROWSER_NICE ?? 19)
const BROWSER_GROUP_NICE = Number(process.env.BENCH_BROWSER_GROUP_NICE ?? 0)
const wrapper = resolve(dataDir, 'chromium-nice.sh')
writeFileSync(
  wrapper,
  [
    '#!/bin/sh',
    `echo ${BROWSER_GROUP_NICE} > /proc/self/autogroup 2>/dev/null`,
    `if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null 2>&1; then`,
    `  exec setpriv --bounding-set=-sys_nice --inh-caps=-sys_nice nice -n ${BROWSER_NICE} "${chromiumPath()}" "$@"`,
    'fi',
    `exec nice -n ${BROWSER_NICE} "${chromiumPath()}" "$@"`,
    '',
  ].join('\n')
)
chmodSync(wrapper, 0o755)

/* The Chromium processes started by this bench (descendants of this process) */
function browserProcesses() {
  const parentOf = new Map()
  const info = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      parentOf.set(Number(entry), Number(fields[1]))
      if (name.startsWith('chromium') || name.startsWith('chrome')) info.push({ pid: Number(entry) })
    } catch {}
  }
  const ours = (pid) => {
    for (let p = pid, hops = 0; p > 1 && hops < 20; p = parentOf.get(p) ?? 0, hops++) if (p === process.pid) return true
    return false
  }
  return info.filter((p) => ours(p.pid)).map((p) => p.pid)
}

/* The nice values of every thread of those processes */
function browserNiceness() {
  const pids = browserProcesses()
  const values = []
  for (const pid of pids) {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')
        values.push(Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]))
      } catch {}
    }
  }
  const groups = new Set()
  for (const pid of pids) {
    try {
      groups.add(readFileSync(`/proc/${pid}/autogroup`, 'utf8').trim().replace(/^\/autogroup-\d+ /, ''))
    } catch {}
  }
  return { processes: pids.length, threads: values.length, min: Math.min(...values), max: Math.max(...values), autogroup: [...groups].join(', ') || 'n/a' }
}

/*
 * Datagrams the kernel dropped because a socket's receive buffer was full
 * (the last column of /proc/net/udp), summed over the UDP sockets the given
 * processes hold: where a loss happens when a receiver does not keep up.
 */
function udpDrops(pids) {
  const inodes = new Set()
  for (const pid of pids) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        try {
          const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))
          if (match) inodes.add(match[1])
        } catch {}
      }
    } catch {}
  }
  let drops = 0
  for (const table of ['/proc/net/udp', '/proc/net/udp6']) {
    let lines = []
    try {
      lines = readFileSync(table, 'utf8').trim().split('\n').slice(1)
    } catch {}
    for (const line of lines) {
      const columns = line.trim().split(/\s+/)
      if (inodes.has(columns[9])) drops += Number(columns[12])
    }
  }
  return drops
}
/* CPU seconds: the whole machine (busy), this bench's browsers, the server, and this process */
function cpuAccount() {
  const busy = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number)
  const [user, nice, system, , , irq, softirq, steal] = busy
  const processSeconds = (pid) => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
      return (Number(fields[11]) + Number(fields[12])) / CLK_TCK
    } catch {
      return 0
    }
  }
  const own = process.cpuUsage()
  return {
    at: performance.now(),
    machine: (user + nice + system + irq + softirq + steal) / CLK_TCK,
    browsers: sum(browserProcesses().map(processSeconds)),
    server: processSeconds(server.pid),
    bench: (own.user + own.system) / 1e6,
  }
}
/* % of one core over a window; "others" is what the rest of the machine used meanwhile */
function cpuShares(a, b) {
  const seconds = (b.at - a.at) / 1000
  const pct = (key) => (100 * (b[key] - a[key])) / seconds
  const others = pct('machine') - pct('browsers') - pct('server') - pct('bench')
  return { browsersPct: pct('browsers'), othersPct: Math.max(0, others), machinePct: pct('machine') }
}
const dropsNow = () => ({ sfu: udpDrops([server.pid]), browsers: udpDrops(browserProcesses()) })
const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number)

async function ionBundle() {
  const result = await build({
    stdin: {
      contents: `
        import { Client, LocalStream } from 'ion-sdk-js'
        import { IonSFUJSONRPCSignal } from 'ion-sdk-js/lib/signal/json-rpc-impl'
        window.Ion = { Client, LocalStream, IonSFUJSONRPCSignal }`,
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  })
  return result.outputFiles[0].text
}

/* ---------- statistics ---------- */

const sorted = (values) => [...values].sort((a, b) => a - b)
function median(values) {
  const s = sorted(values)
  if (s.length === 0) return null
  const middle = Math.floor(s.length / 2)
  return s.length % 2 ? s[middle] : (s[middle - 1] + s[middle]) / 2
}
/* nearest rank */
function p95(values) {
  const s = sorted(values)
  return s.length ? s[Math.ceil(0.95 * s.length) - 1] : null
}
const round = (value, digits = 0) => (value === null || Number.isNaN(value) ? null : Number(value.toFixed(digits)))
const sum = (values) => values.reduce((total, value) => total + value, 0)

/* a page step that must not hang the bench */
async function within(page, ms, what, work) {
  let timer
  const timeout = new Promise((_, fail) => {
    timer = setTimeout(async () => {
      const state = await page.evaluate(() => bench.debugState()).catch((error) => String(error))
      fail(new Error(`${what} took over ${ms} ms: ${JSON.stringify(state)}`))
    }, ms)
  })
  try {
    return await Promise.race([work(), timeout])
  } finally {
    clearTimeout(timer)
  }
}

async function waitFor(probe, ok, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs
  let last = await probe()
  while (!ok(last)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(last)}`)
    await sleep(100)
    last = await probe()
  }
  return last
}

/* ---------- the bench ---------- */

let browser
try {
  await waitForServer()
  debug('server up')
  const bundle = await ionBundle()
  browser = await chromium.launch({
    executablePath: wrapper,
    args: [...CHROMIUM_FLAGS, `--use-file-for-fake-video-capture=${clip}`, '--autoplay-policy=no-user-gesture-required'],
  })

  /* A page on the organization's subdomain (the signalling socket must come from a loopback document) */
  async function newPage() {
    const context = await browser.newContext({ bypassCSP: true })
    const page = await context.newPage()
    page.on('pageerror', (error) => log(`page error: ${error.message}`))
    const response = await page.goto(`${origin}/device-test/ping`)
    if (response?.status() !== 200) throw new Error(`bench page: HTTP ${response?.status()}`)
    await page.evaluate(bundle)
    await page.evaluate(`(${installBench})(${MAX_BITRATE})`)
    return page
  }
  const camera = (page) => within(page, 20_000, 'camera', () => page.evaluate(() => bench.camera()))
  const stopCamera = (page) => page.evaluate(() => bench.stopCamera())
  const join = (page, path, watch = false) =>
    within(page, 20_000, 'joining', () => page.evaluate(([p, w]) => bench.join(p, { watch: w }), [path, watch]))
  const leave = (page) => page.evaluate(() => bench.leave())
  const stats = (page) => page.evaluate(() => bench.stats())

  debug('browser launched')
  const practitioner = await newPage()
  const invitees = []
  for (let i = 0; i < Math.max(2, ...ROOM_SIZES) - 1; i++) invitees.push(await newPage())
  const caller = await newPage()
  const callee = await newPage()
  /* the direct call's signalling: each page's benchSignal() lands in the other page */
  await caller.exposeFunction('benchSignal', (message) => callee.evaluate((m) => bench.receive(m), message))
  await callee.exposeFunction('benchSignal', (message) => caller.evaluate((m) => bench.receive(m), message))

  debug('pages open')
  const login = await practitioner.evaluate(([email, password]) => bench.login(email, password), [world.email, world.password])
  if (login.type !== 'opaqueredirect') throw new Error(`practitioner login: ${JSON.stringify(login)}`)

  /* The room's ticket endpoint (POST <base>/ticket): the practitioner's and an invitee's base */
  const staffTicket = (appointmentId) => `/appointments/${appointmentId}/room/ticket`
  const inviteeTicket = (token) => `/visit/${token}/room/ticket`

  const nice = browserNiceness()
  log(`media bench on ${origin}, load average ${loadAtStart.join(' ')} at the start (server pid ${server.pid}, scheduling group ${serverGroup}; ${nice.processes} Chromium processes, ${nice.threads} threads at nice ${nice.min}–${nice.max}, scheduling group ${nice.autogroup})`)
  log(`camera: ${JSON.stringify(await camera(practitioner))} from a generated .y4m clip; senders capped at ${MAX_BITRATE / 1000} kbps`)

  debug('logged in')
  /* ---------- warm-up call: starts the SFU worker, JIT; then the idle level ---------- */
  await camera(invitees[0])
  debug('camera on')
  await join(practitioner, staffTicket(world.warmup.appointmentId))
  await join(invitees[0], inviteeTicket(world.warmup.tokens[0]), true)
  debug('warm-up joined')
  const warm = await invitees[0].evaluate(() => bench.firstFrame())
  const cap = await practitioner.evaluate(() => bench.sendCap())
  if (cap !== MAX_BITRATE) throw new Error(`the sender is not capped at ${MAX_BITRATE}: ${cap}`)
  await sleep(3000)
  await leave(practitioner)
  await leave(invitees[0])
  await sleep(5000)
  const idleSamples = await sampling(() => sleep(5000))
  const idle = {
    rssMb: median(idleSamples.map((s) => s.rssMb)),
    /* how much the idle server's RSS wanders by itself: the noise of the memory figures */
    rssSpreadMb: Math.max(...idleSamples.map((s) => s.rssMb)) - Math.min(...idleSamples.map((s) => s.rssMb)),
    ...cpuBetween(idleSamples[0], idleSamples.at(-1)),
  }
  if (!idleSamples[0].tid) throw new Error('no thread named "sfu" in the server process')
  log(`warm-up call: first frame ${round(warm.firstFrame)} ms; idle server: RSS ${round(idle.rssMb)} MB (±${round(idle.rssSpreadMb, 1)} MB over 5 s), SFU thread ${round(idle.sfuPct, 1)} % CPU [${elapsed()}]`)

  /* ---------- rooms of 2, 4, 6 ---------- */
  const rooms = {}
  let roomLoss = 0
  for (const size of ROOM_SIZES) {
    const pages = [practitioner, ...invitees.slice(0, size - 1)]
    const { appointmentId, tokens } = world.rooms[size]
    await Promise.all(pages.slice(1).map(camera))
    await join(practitioner, staffTicket(appointmentId))
    for (let i = 1; i < size; i++) await join(pages[i], inviteeTicket(tokens[i - 1]))
    /* measured even when not everyone gets everyone's picture: a collapse is a result too */
    const converged = await waitFor(
      () => Promise.all(pages.map(stats)),
      (all) => all.every((s) => s.videoIn.filter((v) => v.framesDecoded > 0).length >= size - 1),
      30_000,
      `everyone in the room of ${size} to decode everyone`
    ).then(
      () => true,
      (error) => {
        log(`  warning: ${error.message.slice(0, 200)}…`)
        return false
      }
    )
    await sleep(SETTLE_SECONDS * 1000)
    const before = await Promise.all(pages.map(stats))
    const dropsBefore = dropsNow()
    const accountBefore = cpuAccount()
    const samples = await sampling(() => sleep(STEADY_SECONDS * 1000))
    const shares = cpuShares(accountBefore, cpuAccount())
    const after = await Promise.all(pages.map(stats))
    const dropsAfter = dropsNow()
    const seconds = (samples.at(-1).at - samples[0].at) / 1000
    for (const page of pages) await leave(page)
    await Promise.all(pages.slice(1).map(stopCamera))

    const cpu = cpuBetween(samples[0], samples.at(-1))
    const rssPeak = Math.max(...samples.map((s) => s.rssMb))
    const rssMean = sum(samples.map((s) => s.rssMb)) / samples.length
    const perPage = after.map((end, i) => {
      const start = before[i]
      const fps = end.videoIn.map((v) => {
        const was = start.videoIn.find((w) => w.id === v.id)
        return (v.framesDecoded - (was?.framesDecoded ?? 0)) / seconds
      })
      const lost = sum(end.videoIn.map((v) => Math.max(0, v.packetsLost))) + Math.max(0, end.audioIn.packetsLost)
      const out = end.videoOut
      return {
        fpsMin: Math.min(...fps),
        fpsMean: sum(fps) / fps.length,
        lost,
        sentKbps: out && start.videoOut ? ((out.bytesSent - start.videoOut.bytesSent) * 8) / seconds / 1000 : 0,
        receivedKbps: (sum(end.videoIn.map((v) => v.bytesReceived)) - sum(start.videoIn.map((v) => v.bytesReceived))) * 8 / seconds / 1000,
        sentFps: out && start.videoOut ? (out.framesEncoded - start.videoOut.framesEncoded) / seconds : 0,
        resolution: out ? `${out.frameWidth}x${out.frameHeight}` : '-',
        limitation: out?.qualityLimitationReason ?? '-',
        nacks: sum(end.videoIn.map((v) => v.nackCount)),
        freezes: sum(end.videoIn.map((v) => v.freezeCount)),
      }
    })
    const lost = sum(perPage.map((p) => p.lost))
    roomLoss += lost
    /* packets the SFU delivered to the pages in the window: its CPU per packet compares runs whose senders were slowed differently */
    const delivered = sum(
      after.map((end, i) =>
        sum(end.videoIn.map((v) => v.packetsReceived - (before[i].videoIn.find((w) => w.id === v.id)?.packetsReceived ?? 0))) +
        end.audioIn.packetsReceived - before[i].audioIn.packetsReceived
      )
    )
    const sfuCpuSeconds = samples.at(-1).sfuSeconds - samples[0].sfuSeconds
    const figures = {
      participants: size,
      seconds: round(seconds, 1),
      sfuCpuPct: round(cpu.sfuPct, 1),
      processCpuPct: round(cpu.processPct, 1),
      rssPeakMb: round(rssPeak - idle.rssMb, 1),
      rssMeanMb: round(rssMean - idle.rssMb, 1),
      lost,
      lostInWindow: sum(after.map((end, i) => sum(end.videoIn.map((v) => v.packetsLost)) + end.audioIn.packetsLost - sum(before[i].videoIn.map((v) => v.packetsLost)) - before[i].audioIn.packetsLost)),
      sfuSocketDrops: dropsAfter.sfu - dropsBefore.sfu,
      browserSocketDrops: dropsAfter.browsers - dropsBefore.browsers,
      converged,
      sfuWaitMsPerS: round(cpu.sfuWaitMsPerS, 1),
      deliveredPerS: round(delivered / seconds),
      forwardedKbps: round(sum(perPage.map((p) => p.receivedKbps))),
      sfuUsPerPacket: round((sfuCpuSeconds * 1e6) / delivered, 1),
      browsersCpuPct: round(shares.browsersPct),
      othersCpuPct: round(shares.othersPct),
      fpsMin: round(Math.min(...perPage.map((p) => p.fpsMin)), 1),
      fpsMean: round(sum(perPage.map((p) => p.fpsMean)) / perPage.length, 1),
      sentKbps: round(sum(perPage.map((p) => p.sentKbps)) / perPage.length),
      sentFps: round(sum(perPage.map((p) => p.sentFps)) / perPage.length, 1),
      perPage,
    }
    await sleep(3000)
    figures.rssAfterMb = round(usage().rssMb - idle.rssMb, 1)
    rooms[size] = figures
    log(
      `room of ${size}: SFU thread ${figures.sfuCpuPct} % of a core (${round(cpu.sfuPct / size, 1)} % per participant; whole server ${figures.processCpuPct} %), ` +
        `RSS +${figures.rssPeakMb} MB peak / +${figures.rssMeanMb} MB mean over idle (${round((rssPeak - idle.rssMb) / size, 1)} MB per participant; +${figures.rssAfterMb} MB 3 s after everyone left), ` +
        `packets lost ${lost} (${figures.lostInWindow} in the window; datagrams dropped by full socket buffers in the window: SFU ${figures.sfuSocketDrops}, browsers ${figures.browserSocketDrops}) [${elapsed()}]`
    )
    log(
      `  CPU meanwhile (% of one core, 2 cores = 200 %): browsers ${figures.browsersCpuPct} %, other processes on the machine ${figures.othersCpuPct} %; ` +
        `the SFU thread waited ${figures.sfuWaitMsPerS} ms per second for a CPU; ` +
        `it delivered ${figures.deliveredPerS} packets/s (${figures.forwardedKbps} kbps of video) at ${figures.sfuUsPerPacket} µs of CPU per packet` +
        (figures.othersCpuPct > 20 ? ' (warning: the machine is not quiet, figures are disturbed)' : '')
    )
    log(
      `  per page: decoded fps ${perPage.map((p) => `${round(p.fpsMin, 1)}–${round(p.fpsMean, 1)}`).join(', ')} (min–mean over remote videos); ` +
        `sent ${perPage.map((p) => `${round(p.sentKbps)} kbps ${round(p.sentFps)} fps ${p.resolution}${p.limitation !== 'none' ? ` (${p.limitation})` : ''}`).join(', ')}; ` +
        `received ${perPage.map((p) => round(p.receivedKbps)).join('/')} kbps; NACKs ${perPage.map((p) => p.nacks).join('/')}; freezes ${perPage.map((p) => p.freezes).join('/')}`
    )
  }

  /* ---------- first frame: bring in (SFU) vs direct peer connection, interleaved ---------- */
  const inviteePage = invitees[0]
  await Promise.all([inviteePage, caller, callee].map(camera))
  const sfuRuns = []
  const p2pRuns = []
  const accountRuns = cpuAccount()
  let runLoss = 0
  for (let run = 0; run < RUNS; run++) {
    const { appointmentId, tokens } = world.runs[run]
    /* the practitioner is in the room, publishing */
    await join(practitioner, staffTicket(appointmentId))
    await waitFor(() => stats(practitioner), (s) => (s.videoOut?.framesEncoded ?? 0) > 0, 10_000, 'the practitioner to publish')
    await sleep(1000)
    /* bring in: the invitee asks for a ticket and enters */
    await join(inviteePage, inviteeTicket(tokens[0]), true)
    const marks = await inviteePage.evaluate(() => bench.firstFrame())
    await sleep(500)
    const end = await stats(inviteePage)
    runLoss += sum(end.videoIn.map((v) => Math.max(0, v.packetsLost))) + Math.max(0, end.audioIn.packetsLost)
    await leave(inviteePage)
    await leave(practitioner)
    sfuRuns.push(marks)
    await sleep(300)

    /* the same two people, directly */
    await caller.evaluate(() => bench.call({ watch: true }))
    const direct = await caller.evaluate(() => bench.firstFrame())
    if (run === 0) {
      const caps = [await caller.evaluate(() => bench.sendCap()), await callee.evaluate(() => bench.sendCap())]
      if (caps.some((c) => c !== MAX_BITRATE)) throw new Error(`the direct call's senders are not capped at ${MAX_BITRATE}: ${caps}`)
    }
    await leave(caller)
    await leave(callee)
    p2pRuns.push(direct)
    await sleep(300)
  }
  const runShares = cpuShares(accountRuns, cpuAccount())
  await Promise.all([practitioner, inviteePage, caller, callee].map(stopCamera))

  const shown = (runs) => runs.map((m) => m.firstFrame).filter((v) => v !== undefined)
  const decoded = (runs) => runs.map((m) => m.firstDecoded).filter((v) => v !== undefined)
  const ff = shown(sfuRuns)
  const p2p = shown(p2pRuns)
  const failed = sfuRuns.length - ff.length + (p2pRuns.length - p2p.length)
  const phaseOf = (runs, key) => round(median(runs.map((m) => m[key]).filter((v) => v !== undefined)))
  const phase = (key) => phaseOf(sfuRuns, key)
  log(
    `first remote frame after bring-in (${ff.length} runs): median ${round(median(ff))} ms, p95 ${round(p95(ff))} ms, min ${round(Math.min(...ff))}, max ${round(Math.max(...ff))} ` +
      `(framesDecoded > 0: median ${round(median(decoded(sfuRuns)))} ms); phases (median from t0): ticket ${phase('ticket')} ms, socket open ${phase('open')} ms, ` +
      `subscriber offer ${phase('subOffer')} ms, answered ${phase('subAnswered')} ms, remote track ${phase('track')} ms, ICE connected ${phase('iceConnected')} ms, DTLS connected ${phase('connected')} ms, joined ${phase('joined')} ms, publish called ${phase('published')} ms`
  )
  log(
    `direct peer connection (${p2p.length} runs): median ${round(median(p2p))} ms, p95 ${round(p95(p2p))} ms, min ${round(Math.min(...p2p))}, max ${round(Math.max(...p2p))} ` +
      `(framesDecoded > 0: median ${round(median(decoded(p2pRuns)))} ms); phases (median): remote track ${phaseOf(p2pRuns, 'track')} ms, connected ${phaseOf(p2pRuns, 'connected')} ms; ratio of medians ${round(median(ff) / median(p2p), 2)}`
  )
  log(`  CPU during the runs: browsers ${round(runShares.browsersPct)} %, other processes on the machine ${round(runShares.othersPct)} % of one core`)

  const packetsLost = roomLoss + runLoss
  const room6 = rooms[6] ?? {}
  const result = {
    first_frame_ms_median: round(median(ff)),
    first_frame_ms_p95: round(p95(ff)),
    p2p_first_frame_ms_median: round(median(p2p)),
    p2p_first_frame_ms_p95: round(p95(p2p)),
    first_frame_to_p2p_ratio: round(median(ff) / median(p2p), 2),
    first_frame_decoded_ms_median: round(median(decoded(sfuRuns))),
    p2p_first_frame_decoded_ms_median: round(median(decoded(p2pRuns))),
    first_frame_start:
      "the invitee page's POST <base>/ticket (already brought in, camera on), then /media/signal, join, publish; end: the first remote video frame shown (requestVideoFrameCallback)",
    p2p_start: 'the caller page creates its RTCPeerConnection (camera on); signalling relayed by the bench; end as above',
    first_frame_runs: ff.length,
    first_frame_failed_runs: failed,
    first_frame_phases_ms_median: {
      ticket: phase('ticket'),
      socket_open: phase('open'),
      subscriber_offer: phase('subOffer'),
      subscriber_answered: phase('subAnswered'),
      remote_track: phase('track'),
      subscriber_ice_connected: phase('iceConnected'),
      subscriber_connected: phase('connected'),
      joined: phase('joined'),
      publish: phase('published'),
    },
    p2p_phases_ms_median: { remote_track: phaseOf(p2pRuns, 'track'), connected: phaseOf(p2pRuns, 'connected') },
    sfu_cpu_pct_room6: room6.sfuCpuPct,
    sfu_rss_mb_room6: room6.rssPeakMb,
    packets_lost: packetsLost,
    sfu_cpu_measure: 'CPU time of the server thread named "sfu" (the SFU worker), % of one core over the steady-state window',
    sfu_rss_measure: 'server process RSS (peak in the window) minus its idle RSS after a warm-up call',
    server_process_cpu_pct_room6: room6.processCpuPct,
    idle_rss_mb: round(idle.rssMb),
    idle_rss_spread_mb: round(idle.rssSpreadMb, 1),
    idle_sfu_cpu_pct: round(idle.sfuPct, 1),
    browsers_nice: [nice.min, nice.max],
    browsers_group: nice.autogroup,
    server_group: serverGroup,
    steady_seconds: STEADY_SECONDS,
    max_bitrate_kbps: MAX_BITRATE / 1000,
    packets_lost_first_frame_runs: runLoss,
    other_processes_cpu_pct_first_frame_runs: round(runShares.othersPct),
  }
  for (const size of ROOM_SIZES) {
    const room = rooms[size]
    Object.assign(result, {
      [`sfu_cpu_pct_room${size}`]: room.sfuCpuPct,
      [`sfu_cpu_pct_per_participant_room${size}`]: round(room.sfuCpuPct / size, 1),
      [`server_process_cpu_pct_room${size}`]: room.processCpuPct,
      [`sfu_rss_mb_room${size}`]: room.rssPeakMb,
      [`sfu_rss_mb_per_participant_room${size}`]: round(room.rssPeakMb / size, 1),
      [`sfu_rss_mean_mb_room${size}`]: room.rssMeanMb,
      [`sfu_rss_after_leaving_mb_room${size}`]: room.rssAfterMb,
      [`packets_lost_room${size}`]: room.lost,
      [`packets_lost_window_room${size}`]: room.lostInWindow,
      [`udp_drops_sfu_room${size}`]: room.sfuSocketDrops,
      [`udp_drops_browsers_room${size}`]: room.browserSocketDrops,
      [`everyone_decoded_room${size}`]: room.converged,
      [`browsers_cpu_pct_room${size}`]: room.browsersCpuPct,
      [`sfu_runqueue_wait_ms_per_s_room${size}`]: room.sfuWaitMsPerS,
      [`sfu_packets_delivered_per_s_room${size}`]: room.deliveredPerS,
      [`sfu_forwarded_video_kbps_room${size}`]: room.forwardedKbps,
      [`sfu_cpu_us_per_packet_room${size}`]: room.sfuUsPerPacket,
      [`other_processes_cpu_pct_room${size}`]: room.othersCpuPct,
      [`decoded_fps_min_room${size}`]: room.fpsMin,
      [`decoded_fps_mean_room${size}`]: room.fpsMean,
      [`sent_kbps_mean_room${size}`]: room.sentKbps,
      [`sent_fps_mean_room${size}`]: room.sentFps,
    })
  }
  result.targets = {
    first_frame_within_1_5x_p2p: result.first_frame_ms_median <= 1.5 * result.p2p_first_frame_ms_median,
    first_frame_median_le_250ms: result.first_frame_ms_median <= 250,
    no_loss: packetsLost === 0,
    room6_cpu_le_20pct: room6.sfuCpuPct <= 20,
    room6_rss_le_60mb: room6.rssPeakMb <= 60,
  }
  result.bench_seconds = Math.round((Date.now() - started) / 1000)
  result.load_average_start = loadAtStart
  result.load_average_end = loadAverage()
  log(
    `targets: first frame ≤ 1.5× P2P ${result.targets.first_frame_within_1_5x_p2p ? 'met' : 'MISSED'}, median ≤ 250 ms ${result.targets.first_frame_median_le_250ms ? 'met' : 'MISSED'}, ` +
      `no loss ${result.targets.no_loss ? 'met' : 'MISSED'}, room of 6 ≤ 20 % CPU ${result.targets.room6_cpu_le_20pct ? 'met' : 'MISSED'}, ≤ 60 MB ${result.targets.room6_rss_le_60mb ? 'met' : 'MISSED'} [${elapsed()}]`
  )
  console.log(JSON.stringify(result))
} finally {
  await browser?.close().catch(() => {})
  stopServer()
}
