import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import type { BrowserContext, Page } from 'playwright-core'
import env from '#start/env'
import tenancy from '#core/tenancy/tenancy'
import type Organization from '#models/organization'
import type User from '#models/user'
import AgendaScope from '#modules/agenda/services/agenda_scope'
import AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import { plannedAppointment } from '#modules/agenda/tests/support/agenda_world'
import ConsultationParticipant from '#modules/consultation/models/consultation_participant'
import WaitingRoomService from '#modules/consultation/services/waiting_room_service'
import { createOrganization, createUser, urlOf } from '#tests/support/world'
import { accessibilityViolations } from '#tests/support/axe'

/** The practitioner lets the waiting patient in (as "Bring in" on the waiting list does) */
async function bringIn(organization: Organization, handler: User, participant: AppointmentParticipant) {
  await tenancy.run(organization, async () => {
    const record = await ConsultationParticipant.query().where('appointment_participant_id', participant.id).firstOrFail()
    await new WaitingRoomService(organization).admit(await AgendaScope.of(handler, organization), record.id)
  })
}

/**
 * A page that waits to be let in. Vite's client socket is refused, as in the
 * room's other browser tests: a reload from the dev server (dependencies
 * optimized on first use) would restart the page mid-test.
 */
async function waitingPage(context: BrowserContext) {
  const page = await context.newPage()
  await page.routeWebSocket((url) => !url.pathname.startsWith('/media/signal'), (ws) => ws.close())
  return page
}

/**
 * The waiting page listens on its own channel for "you are let in" (else it
 * hears it at its next check-in, within 10 s). Not any live channel: the
 * waiting-room texts' channel may be live first.
 */
const listening = (page: Page) => page.locator('[data-testid=visit-presence][data-live=true]').waitFor({ timeout: 10_000 })

/** How many device checks the patient's page has shown so far (each one mounts its own self-view) */
async function countDeviceChecks(page: Page) {
  await page.addInitScript(() => {
    const w = globalThis as any
    w.__deviceChecks = 0
    new w.MutationObserver(() => {
      const shown = w.document.querySelectorAll('[data-testid=device-preview]').length
      if (shown > (w.__shownNow ?? 0)) w.__deviceChecks += shown - (w.__shownNow ?? 0)
      w.__shownNow = shown
    }).observe(w.document, { childList: true, subtree: true })
  })
  return () => page.evaluate(() => (globalThis as any).__deviceChecks as number)
}

/*
 * Chromium runs with fake media devices (tests/support/chromium.ts): a test
 * pattern camera and a beeping microphone, allowed without a prompt.
 */
test.group('Device check and network & hardware test (browser)', (group) => {
  group.each.setup(() => testUtils.db().truncate())

  test('a visitor sees the live preview, the devices, a moving mic meter and measured connection numbers', async ({
    visit,
    assert,
  }) => {
    const organization = await createOrganization()
    const page = await visit(urlOf(organization, '/device-test'))
    await page.locator('h1').waitFor()
    assert.equal(await page.locator('html').getAttribute('lang'), 'en')

    /* a live self-view: the video has real frames */
    await page.waitForFunction(() => {
      const video = (globalThis as any).document.querySelector('[data-testid=device-preview]')
      return video && video.videoWidth > 0 && !video.paused
    })
    const mirrored = await page.locator('[data-testid=device-preview]').evaluate((video: any) => video.style.transform)
    assert.equal(mirrored, 'scaleX(-1)')

    /* the fake camera and microphone are listed by their names */
    const cameras = await page.getByLabel('Camera', { exact: true }).locator('option').allTextContents()
    const microphones = await page.getByLabel('Microphone', { exact: true }).locator('option').allTextContents()
    assert.isNotEmpty(cameras)
    assert.isNotEmpty(microphones)
    assert.isTrue(cameras.some((name) => /fake/i.test(name)), cameras.join(', '))

    /* the fake microphone beeps: the meter moves and the page says it hears you */
    const levels = new Set<string>()
    for (let i = 0; i < 30 && levels.size < 3; i++) {
      levels.add((await page.getByTestId('mic-meter').getAttribute('data-level')) ?? '')
      await page.waitForTimeout(100)
    }
    assert.isAbove(levels.size, 2, `mic levels seen: ${[...levels].join(', ')}`)
    await page.getByTestId('mic-state').filter({ hasText: 'We hear you.' }).waitFor()

    /* round trip and both bandwidths, with a plain-word rating */
    await page.getByTestId('connection-summary').waitFor({ timeout: 20_000 })
    const rtt = await page.getByTestId('connection-rtt-value').textContent()
    const download = await page.getByTestId('connection-download-value').textContent()
    const upload = await page.getByTestId('connection-upload-value').textContent()
    assert.match(rtt ?? '', /^\d[\d,.]* ms$/)
    assert.match(download ?? '', /^\d[\d,.]* Mbit\/s$/)
    assert.match(upload ?? '', /^\d[\d,.]* Mbit\/s$/)
    assert.match((await page.getByTestId('connection-rtt').textContent()) ?? '', /good|fair|poor/)
    /* a moving test picture went through the media server and came back, with its bitrate and round trip */
    await page
      .getByTestId('connection-media-server-value')
      .filter({ hasText: /reachable, video arrives \(\d[\d,.]* kbit\/s\)/ })
      .waitFor({ timeout: 20_000 })
    assert.match((await page.getByTestId('connection-media-server').textContent()) ?? '', /\d+ ms/)

    const violations = await accessibilityViolations(page)
    assert.deepEqual(violations, [], violations.join('\n'))

    /* the speaker test plays a generated tone and then asks whether it was heard */
    await page.getByRole('button', { name: 'Play a test tone' }).click()
    await page.getByText('Did you hear a short tone?').waitFor()

    /* the chosen devices are remembered for the waiting room */
    await page.getByTestId('device-continue').click()
    await page.getByTestId('devices-ready').waitFor()
    const stored = await page.evaluate(() => JSON.parse((globalThis as any).localStorage.getItem('consult.devices')))
    assert.isString(stored.videoDeviceId)
    assert.isString(stored.audioDeviceId)
  })

  test('the page also opens on the platform domain, before any organization is known', async ({ visit }) => {
    const page = await visit(`http://${env.get('APP_DOMAIN')}:${env.get('PORT')}/device-test`)
    await page.locator('h1').waitFor()
    await page.waitForFunction(
      () => ((globalThis as any).document.querySelector('[data-testid=device-preview]')?.videoWidth ?? 0) > 0
    )
    /* no media server of its own here: the line says so instead of inventing a result */
    await page.getByTestId('connection-media-server-value').filter({ hasText: 'not tested here' }).waitFor({ timeout: 20_000 })
  })

  test('when the camera permission is refused the page explains how to allow it, in the visitor’s language', async ({
    visit,
    browserContext,
    assert,
  }) => {
    const organization = await createOrganization()
    await browserContext.setExtraHTTPHeaders({ 'accept-language': 'nl-NL,nl;q=0.9' })
    await browserContext.addInitScript(() => {
      const media = (globalThis as any).navigator.mediaDevices
      media.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'))
    })
    const page = await visit(urlOf(organization, '/device-test'))
    const help = page.getByTestId('device-error')
    await help.waitFor()
    assert.equal(await help.getAttribute('data-error'), 'not_allowed')
    assert.include(await help.textContent(), 'U hebt geen toestemming gegeven voor de camera en microfoon')
    assert.equal(await help.getAttribute('role'), 'alert')
    /* no preview, no continue; a way to try again */
    assert.isFalse(await page.getByTestId('device-preview').isVisible())
    assert.equal(await page.getByTestId('device-continue').count(), 0)
    await page.getByRole('button', { name: 'Opnieuw proberen' }).waitFor()
    const violations = await accessibilityViolations(page)
    assert.deepEqual(violations, [], violations.join('\n'))
  })

  test('a camera in use elsewhere and a missing camera each get their own help', async ({
    visit,
    browserContext,
    assert,
  }) => {
    const organization = await createOrganization()
    await browserContext.addInitScript(() => {
      const media = (globalThis as any).navigator.mediaDevices
      const w = globalThis as any
      w.__failures = ['NotReadableError', 'NotFoundError']
      media.getUserMedia = () => {
        const name = w.__failures.shift()
        return name ? Promise.reject(new DOMException('no', name)) : Promise.reject(new DOMException('no', 'NotFoundError'))
      }
    })
    const page = await visit(urlOf(organization, '/device-test'))
    const help = page.getByTestId('device-error')
    await help.waitFor()
    assert.equal(await help.getAttribute('data-error'), 'not_readable')
    assert.include(await help.textContent(), 'in use by another program')
    await page.getByRole('button', { name: 'Try again' }).click()
    await page.locator('[data-testid=device-error][data-error=not_found]').waitFor()
    assert.include(await help.textContent(), 'No camera or microphone found')
  })

  test('on a page that is not a secure context the help says to open the https link', async ({
    visit,
    browserContext,
    assert,
  }) => {
    const organization = await createOrganization()
    await browserContext.addInitScript(() => {
      Object.defineProperty(globalThis, 'isSecureContext', { value: false })
    })
    const page = await visit(urlOf(organization, '/device-test'))
    const help = page.locator('[data-testid=device-error][data-error=insecure]')
    await help.waitFor()
    assert.include(await help.textContent(), 'https://')
  })

  /*
   * With the organization's "settings screen first", the patient's device
   * check before the waiting room is that screen: once let in they join at
   * once with the devices chosen there, without a second check. Whoever
   * skipped it gets it on entering the room instead: one check either way.
   */
  test('settings screen first: the device check before the waiting room is the only one', async ({ browserContext, assert }) => {
    const organization = await createOrganization({ settings: { settings_screen_first: true } })
    const handler = await createUser(organization, 'handler', { fullName: 'Carla Cardio' })
    const { participant, token } = await plannedAppointment(organization, { startsAt: DateTime.utc().plus({ minutes: 5 }), handler })
    const page = await waitingPage(browserContext)
    const checks = await countDeviceChecks(page)
    /* nothing the page asks of the visit's routes is refused (the waiting-room chat was read before the first check-in: 403) */
    const refused: string[] = []
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname
      if (response.status() >= 400 && path.startsWith('/visit/')) refused.push(`${response.status()} ${path}`)
    })
    await page.goto(urlOf(organization, `/visit/${token}`))
    await page.getByTestId('visit-devices').waitFor()
    await page.getByTestId('device-continue').click({ timeout: 15_000 })
    await page.locator('[data-testid=visit-presence][data-presence=waiting]').waitFor({ timeout: 10_000 })
    await listening(page)

    await bringIn(organization, handler, participant)
    /* let in by the ping, or at the latest by the next check-in (10 s): what counts here is the one device check */
    await page.locator('[data-testid=room]').waitFor({ timeout: 15_000 })
    await page.locator('[data-testid=room-tile][data-self=true]').waitFor({ timeout: 10_000 })
    await page.locator('[data-testid=room]:not([data-status=idle])').waitFor({ timeout: 10_000 })
    assert.equal(await page.getByTestId('room-settings-first').count(), 0, 'no second device check on entering')
    assert.equal(await checks(), 1, 'one device check in all')
    const chosen = await page.evaluate(() => JSON.parse((globalThis as any).localStorage.getItem('consult.devices')))
    assert.isString(chosen.videoDeviceId, 'the devices chosen in the check are the ones the room opens')
    assert.deepEqual(refused, [], refused.join(', '))

    /* a reload in the room: straight back in, still no check */
    await page.reload()
    await page.locator('[data-testid=room-tile][data-self=true]').waitFor({ timeout: 10_000 })
    assert.equal(await page.getByTestId('room-settings-first').count(), 0)
    assert.equal(await page.getByTestId('visit-devices').count(), 0)
  }).timeout(60_000)

  test('settings screen first: a patient who skipped the check gets it on entering the room', async ({ browserContext, assert }) => {
    const organization = await createOrganization({ settings: { settings_screen_first: true } })
    const handler = await createUser(organization, 'handler', { fullName: 'Carla Cardio' })
    const { participant, token } = await plannedAppointment(organization, { startsAt: DateTime.utc().plus({ minutes: 5 }), handler })
    const page = await waitingPage(browserContext)
    await page.goto(urlOf(organization, `/visit/${token}`))
    await page.getByTestId('devices-skip').click()
    await page.locator('[data-testid=visit-presence][data-presence=waiting]').waitFor({ timeout: 10_000 })
    await listening(page)

    await bringIn(organization, handler, participant)
    /* let in by the ping, or at the latest by the next check-in (10 s) */
    await page.getByTestId('room-settings-first').waitFor({ timeout: 15_000 })
    assert.equal(await page.locator('[data-testid=room]').getAttribute('data-status'), 'idle', 'not in the call before choosing')
    await page.getByTestId('device-continue').click({ timeout: 15_000 })
    await page.locator('[data-testid=room-tile][data-self=true]').waitFor({ timeout: 10_000 })
    await page.getByTestId('room-settings-first').waitFor({ state: 'detached' })
  }).timeout(60_000)
})
