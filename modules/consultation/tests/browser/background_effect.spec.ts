import { test } from '@japa/runner'
import { readdirSync, readFileSync } from 'node:fs'
import http from 'node:http'
import { chromium, type Browser, type Page } from 'playwright-core'
import testUtils from '@adonisjs/core/services/test_utils'
import { chromiumPath, CHROMIUM_FLAGS } from '#tests/support/chromium'
import { createOrganization, createUser, hostOf, urlOf } from '#tests/support/world'
import { fakeCameraClip } from '#tests/support/y4m'
import type Organization from '#models/organization'
import type User from '#models/user'
import drive from '@adonisjs/drive/services/main'
import sharp from 'sharp'
import tenancy from '#core/tenancy/tenancy'
import ConsultationBackground from '#modules/consultation/models/consultation_background'
import { logIn } from '#tests/support/browser'
import { png } from '#tests/support/images'
import shieldConfig from '#config/shield'
import env from '#start/env'
import AgendaScope from '#modules/agenda/services/agenda_scope'
import AppointmentService from '#modules/agenda/services/appointment_service'
import { createClient } from '#modules/agenda/tests/support/agenda_world'

/*
 * The background effect in a real (headless, GPU-less) Chromium with the fake
 * camera: the module is loaded from the app itself (Vite serves it in tests,
 * as the build does in production), together with the segmentation model and
 * its wasm. The page is a real document of the organization's subdomain.
 */

/* a detailed, moving camera picture (textured background, a moving bright shape, sensor noise): a blur shows */
const mediaFlags = () => [
  ...new Set([...CHROMIUM_FLAGS, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream']),
  `--use-file-for-fake-video-capture=${fakeCameraClip({ width: 640, height: 360 })}`,
]
const MODULE = '/inertia/components/consultation/effects/background_effect.ts'

/* Runs in the page: camera in, effect applied, both shown in <video>s; pixels and frame counts on request */
const HARNESS = `
window.fxHarness = {
  async start(mode, pipeline, imageUrl) {
    const fx = await import('${MODULE}')
    const camera = await navigator.mediaDevices.getUserMedia({ video: true, audio: true })
    const applied = await fx.applyBackgroundEffect(camera, { mode, imageUrl }, { pipeline })
    /* in view, on top of the page: a video the browser does not paint delivers no frame callbacks */
    const show = async (stream, left) => {
      const video = document.createElement('video')
      video.style.cssText = 'position:fixed;top:0;width:320px;height:240px;z-index:100000;left:' + left + 'px'
      video.muted = true
      video.playsInline = true
      video.srcObject = stream
      document.body.append(video)
      await video.play()
      return video
    }
    const input = await show(new MediaStream(camera.getVideoTracks()), 0)
    const output = await show(applied.stream, 320)
    const state = { fx, camera, applied, input, output, frames: 0 }
    const count = () => { state.frames++; output.requestVideoFrameCallback(count) }
    output.requestVideoFrameCallback(count)
    window.fxState = state
    return {
      same: applied.stream === camera,
      kinds: applied.stream.getTracks().map((track) => track.kind).sort(),
      audioPassedThrough: applied.stream.getAudioTracks()[0] === camera.getAudioTracks()[0],
    }
  },
  frames() { return window.fxState.frames },
  stats() { return window.fxState.applied.stats() },
  /* mean colour and sharpness (mean luma step between neighbouring pixels) of both videos at one size */
  pixels() {
    const measure = (video) => {
      const canvas = document.createElement('canvas')
      canvas.width = 320
      canvas.height = 240
      const context = canvas.getContext('2d', { willReadFrequently: true })
      context.drawImage(video, 0, 0, canvas.width, canvas.height)
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height)
      let r = 0, g = 0, b = 0, steps = 0
      const luma = (i) => 0.299 * data[i] + 0.587 * data[i + 1] + 0.114 * data[i + 2]
      for (let y = 0; y < canvas.height; y++) {
        for (let x = 0; x < canvas.width; x++) {
          const i = (y * canvas.width + x) * 4
          r += data[i]; g += data[i + 1]; b += data[i + 2]
          if (x + 1 < canvas.width) steps += Math.abs(luma(i) - luma(i + 4))
          if (y + 1 < canvas.height) steps += Math.abs(luma(i) - luma(i + canvas.width * 4))
        }
      }
      const n = canvas.width * canvas.height
      return { r: r / n, g: g / n, b: b / n, sharpness: steps / (2 * n) }
    }
    return { input: measure(window.fxState.input), output: measure(window.fxState.output) }
  },
  /* the share of the output's pixels that are (nearly) the given colour */
  share(rgb) {
    const canvas = document.createElement('canvas')
    canvas.width = 160
    canvas.height = 90
    const context = canvas.getContext('2d', { willReadFrequently: true })
    context.drawImage(window.fxState.output, 0, 0, canvas.width, canvas.height)
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height)
    let near = 0
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - rgb[0]) + Math.abs(data[i + 1] - rgb[1]) + Math.abs(data[i + 2] - rgb[2]) < 60) near++
    }
    return near / (data.length / 4)
  },
  stop() {
    const { applied, camera } = window.fxState
    applied.stop()
    return { output: applied.stream.getVideoTracks()[0].readyState, camera: camera.getVideoTracks()[0].readyState }
  },
}
`

type Start = { same: boolean; kinds: string[]; audioPassedThrough: boolean }
type Measure = { r: number; g: number; b: number; sharpness: number }
type Stats = { pipeline: string; frames: number; fps: number; segmentMs: number; frameMs: number; imageFailed: boolean }

/**
 * The content security policy production sends (tests run without it), with
 * a nonce that the page's development scripts do not carry: they are refused,
 * the effect (loaded by the test) must work all the same.
 */
function productionPolicy(): string {
  return Object.entries(shieldConfig.csp.directives ?? {})
    .map(([name, values]) => {
      const kebab = name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
      const list = [...((values ?? []) as Iterable<unknown>)].map(String)
      return [kebab, ...list.map((value) => (value === '@nonce' ? `'nonce-test'` : value))].join(' ')
    })
    .join('; ')
}

function getFromApp(organization: Organization, path: string) {
  return new Promise<{ status: number; headers: Record<string, string>; body: Buffer }>((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port: env.get('PORT'), path, headers: { host: hostOf(organization) } }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk) => chunks.push(chunk))
      response.on('end', () => {
        const headers: Record<string, string> = {}
        for (const [name, value] of Object.entries(response.headers)) {
          if (value !== undefined && name !== 'set-cookie') headers[name] = Array.isArray(value) ? value.join(', ') : value
        }
        resolve({ status: response.statusCode ?? 500, headers, body: Buffer.concat(chunks) })
      })
    })
    request.on('error', reject)
  })
}

/** A page of the organization's subdomain that records every request the browser makes */
async function effectPage(browser: Browser, organization: Organization, options: { policy?: boolean; user?: User } = {}) {
  const context = await browser.newContext()
  const page = await context.newPage()
  const requests: string[] = []
  const refused: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text())
  })
  const url = urlOf(organization, '/login')
  if (options.policy) {
    /* the document from the app itself (Node cannot resolve *.localhost, Chromium can), with the policy added */
    await page.route(url, async (route) => {
      const { status, headers, body } = await getFromApp(organization, '/login')
      await route.fulfill({ status, headers: { ...headers, 'content-security-policy': productionPolicy() }, body })
    })
  }
  if (options.user) await logIn(page, organization, options.user)
  else await page.goto(url)
  await page.evaluate(HARNESS)
  return { page, requests, refused }
}

const call = <T>(page: Page, name: string, ...args: unknown[]) =>
  page.evaluate(([fn, rest]) => (globalThis as any).fxHarness[fn as string](...(rest as unknown[])), [name, args] as const) as Promise<T>

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** CPU time (user + system) of this process' child processes (the browser), in seconds */
function browserCpuSeconds(): number {
  const all = new Map<number, { parent: number; ticks: number }>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      all.set(Number(entry), { parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) })
    } catch {
      /* gone meanwhile */
    }
  }
  let ticks = 0
  const walk = (parent: number) => {
    for (const [pid, info] of all) {
      if (info.parent !== parent) continue
      ticks += info.ticks
      walk(pid)
    }
  }
  walk(process.pid)
  return ticks / 100
}

test.group('Background effect in the browser', (group) => {
  let browser: Browser
  group.setup(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: mediaFlags() })
    return () => browser.close()
  })
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  for (const pipeline of ['auto', 'canvas'] as const) {
    test(`blur (${pipeline === 'auto' ? 'breakout box' : 'canvas capture'}): the published track moves and is blurred, from the app's own files only`, async ({ assert }) => {
      const organization = await createOrganization()
      const { page, requests } = await effectPage(browser, organization)

      const started = await call<Start>(page, 'start', 'blur', pipeline)
      assert.isFalse(started.same)
      assert.deepEqual(started.kinds, ['audio', 'video'])
      assert.isTrue(started.audioPassedThrough, 'the microphone is passed through as it is')

      // frames keep arriving on the processed track
      await sleep(1000)
      const cpuBefore = browserCpuSeconds()
      const before = await call<number>(page, 'frames')
      await sleep(3000)
      const after = await call<number>(page, 'frames')
      const cpu = (browserCpuSeconds() - cpuBefore) / 3
      const stats = await call<Stats>(page, 'stats')
      assert.isAbove(after - before, 15, 'the processed video delivers frames (more than 5 a second)')
      assert.equal(stats.pipeline, pipeline === 'auto' ? 'breakout-box' : 'canvas')
      console.log(
        `      ${stats.pipeline}: ${((after - before) / 3).toFixed(1)} frames/s shown, effect ${stats.fps} fps, ` +
          `segmentation ${stats.segmentMs} ms, whole frame ${stats.frameMs} ms, browser CPU ${(cpu * 100).toFixed(0)}% of one core`
      )

      // the same picture, blurred: about the same colours, far fewer sharp edges
      const { input, output } = await call<{ input: Measure; output: Measure }>(page, 'pixels')
      assert.isAbove(input.sharpness, 2, 'the fake camera shows a detailed picture')
      assert.isBelow(output.sharpness, input.sharpness * 0.5, `blurred: ${JSON.stringify({ input, output })}`)
      for (const channel of ['r', 'g', 'b'] as const) {
        assert.approximately(output[channel], input[channel], 40, `the camera's picture, not a blank one (${channel})`)
      }

      // stop() ends the processed track, not the caller's camera
      assert.deepEqual(await call(page, 'stop'), { output: 'ended', camera: 'live' })

      const host = hostOf(organization)
      const elsewhere = requests.filter((url) => !url.startsWith('data:') && new URL(url).host !== host)
      assert.deepEqual(elsewhere, [], 'nothing is fetched from another host')
      assert.isTrue(
        requests.some((url) => new URL(url).pathname.endsWith('.wasm')),
        'the model runtime came from the app'
      )
      await page.context().close()
    }).timeout(90_000)
  }

  test('blur works under the production content security policy', async ({ assert }) => {
    const organization = await createOrganization()
    const { page, refused } = await effectPage(browser, organization, { policy: true })
    assert.isNotEmpty(refused, "the policy is enforced (the page's own development scripts are refused)")
    refused.length = 0
    await call<Start>(page, 'start', 'blur', 'auto')
    await sleep(1500)
    const stats = await call<Stats>(page, 'stats')
    assert.isAbove(stats.frames, 5, 'frames are processed')
    assert.deepEqual(refused, [], 'nothing the effect needs is refused')
    await page.context().close()
  }).timeout(60_000)

  test("image: the organization's background image replaces the background", async ({ assert }) => {
    const organization = await createOrganization()
    const handler = await createUser(organization, 'handler')
    const magenta = [214, 51, 108] as const
    const storageKey = `organizations/${organization.id}/backgrounds/test-${Date.now()}.jpg`
    await drive.use().put(storageKey, await sharp(await png(1280, 720, '#d6336c')).jpeg().toBuffer())
    const background = await tenancy.run(organization, () => ConsultationBackground.create({ storageKey, width: 1280, height: 720 }))

    const { page, requests } = await effectPage(browser, organization, { user: handler })
    await call<Start>(page, 'start', 'image', 'auto', background.url)
    await sleep(2000)
    const stats = await call<Stats>(page, 'stats')
    assert.isFalse(stats.imageFailed)
    assert.isAbove(stats.frames, 10)
    const share = await call<number>(page, 'share', magenta)
    assert.isAbove(share, 0.5, `most of the picture is the chosen background (${(share * 100).toFixed(0)}%)`)
    assert.isBelow(share, 0.98, 'the person (the moving shape) is drawn over it')
    assert.isTrue(requests.some((url) => url.endsWith(background.url)))

    // an image that cannot be loaded: blurred instead, said in the stats
    await call(page, 'stop')
    await call<Start>(page, 'start', 'image', 'auto', '/organization/backgrounds/999999/image')
    await sleep(500)
    assert.isTrue((await call<Stats>(page, 'stats')).imageFailed)
    await page.context().close()
    await drive.use().delete(storageKey)
  }).timeout(60_000)

  test('without WebGL: a clear "not available", the camera unchanged, no alert', async ({ assert }) => {
    const noWebgl = await chromium.launch({ executablePath: chromiumPath(), args: [...mediaFlags(), '--disable-webgl', '--disable-3d-apis'] })
    try {
      const organization = await createOrganization()
      const { page } = await effectPage(noWebgl, organization)
      const dialogs: string[] = []
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message())
        void dialog.dismiss()
      })
      const outcome = await page.evaluate(async (module) => {
        const fx = await import(module)
        const camera = await (globalThis as any).navigator.mediaDevices.getUserMedia({ video: true })
        const supported = fx.backgroundEffectsSupported()
        try {
          await fx.applyBackgroundEffect(camera, { mode: 'blur' })
          return { supported, error: null }
        } catch (error) {
          return { supported, error: (error as Error).name, cameraLive: camera.getVideoTracks()[0].readyState === 'live' }
        }
      }, MODULE)
      assert.deepEqual(outcome, { supported: false, error: 'BackgroundEffectUnsupported', cameraLive: true })
      assert.deepEqual(dialogs, [])
    } finally {
      await noWebgl.close()
    }
  }).timeout(60_000)

  test("'none' returns the camera's stream as it is", async ({ assert }) => {
    const organization = await createOrganization()
    const { page } = await effectPage(browser, organization)
    const started = await call<Start>(page, 'start', 'none', 'auto')
    assert.isTrue(started.same)
    await page.context().close()
  })

  /*
   * In the room's settings the preview shows the published picture: one
   * effect runs, not a second one for the preview (each costs a model run
   * per frame). Every processing pipeline makes a MediaStreamTrackGenerator:
   * the page counts the live ones.
   */
  test('the settings preview shows the published effect: one pipeline runs, also after quick changes', async ({ assert }) => {
    const organization = await createOrganization({ settings: { allow_background_effects: true } })
    const handler = await createUser(organization, 'handler', { fullName: 'Carla Cardio' })
    const client = await createClient(organization)
    const ctx = await testUtils.createHttpContext()
    const appointment = await tenancy.run(organization, async () => {
      const scope = await AgendaScope.of(handler, organization)
      return new AppointmentService(ctx, organization, scope).startQuick({ handlerId: handler.id, durationMinutes: 30, clientIds: [client.id] })
    })
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.routeWebSocket((url) => !url.pathname.startsWith('/media/signal'), (ws) => ws.close())
    await page.addInitScript(() => {
      const w = globalThis as any
      const Original = w.MediaStreamTrackGenerator
      if (typeof Original !== 'function') return
      w.__generators = []
      w.MediaStreamTrackGenerator = class extends Original {
        constructor(...args: unknown[]) {
          super(...args)
          w.__generators.push(this)
        }
      }
    })
    const running = () => page.evaluate(() => ((globalThis as any).__generators as { readyState: string }[]).filter((track) => track.readyState === 'live').length)
    const settle = async (expected: number) => {
      const deadline = Date.now() + 10_000
      while ((await running()) !== expected && Date.now() < deadline) await sleep(100)
      return running()
    }

    await logIn(page, organization, handler)
    await page.goto(urlOf(organization, `/appointments/${appointment.id}/room`))
    await page.locator('[data-testid=room][data-status=connected]').waitFor({ timeout: 15_000 })
    await page.getByTestId('room-settings-button').click()
    await page.getByRole('radio', { name: 'Blur the background' }).check()
    await page.getByTestId('background-status').filter({ hasText: 'Your background is blurred.' }).waitFor({ timeout: 30_000 })
    await sleep(1000)
    assert.equal(await running(), 1, 'one effect: the published one, also shown in the preview')

    /* the preview moves and is the published picture itself */
    const preview = page.getByTestId('background-preview')
    await page.waitForFunction(() => ((globalThis as any).document.querySelector('[data-testid=background-preview]')?.videoWidth ?? 0) > 0)
    const shown = await preview.evaluate((video: any) => video.srcObject.getVideoTracks()[0].id)
    const published = await page.evaluate(
      () => (globalThis as any).document.querySelector('[data-testid=room-tile][data-self=true] video').srcObject.getVideoTracks()[0].id
    )
    assert.equal(shown, published)

    /* blur, then at once nothing: no effect is left running */
    await page.getByRole('radio', { name: 'No effect' }).check()
    await page.getByRole('radio', { name: 'Blur the background' }).check()
    await page.getByRole('radio', { name: 'No effect' }).check()
    await sleep(2000)
    assert.equal(await settle(0), 0, 'nothing runs with no effect chosen')

    await page.getByRole('radio', { name: 'Blur the background' }).check()
    await page.getByTestId('background-status').filter({ hasText: 'Your background is blurred.' }).waitFor({ timeout: 30_000 })
    await sleep(1000)
    assert.equal(await running(), 1)

    /* closing the settings leaves the published effect running, nothing more */
    await page.keyboard.press('Escape')
    await sleep(500)
    assert.equal(await running(), 1)
    await context.close()
  }).timeout(90_000)
})
