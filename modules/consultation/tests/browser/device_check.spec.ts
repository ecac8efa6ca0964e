import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import env from '#start/env'
import { createOrganization, urlOf } from '#tests/support/world'
import { accessibilityViolations } from '#tests/support/axe'

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
})
