import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import tenancy from '#core/tenancy/tenancy'
import AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import { createClient } from '#modules/agenda/tests/support/agenda_world'
import { chromiumPath, CHROMIUM_FLAGS } from '#tests/support/chromium'
import { createOrganization, createUser, urlOf } from '#tests/support/world'
import { accessibilityViolations } from '#tests/support/axe'
import { runQueuedJobs } from '#tests/support/queue'
import { logIn } from '#tests/support/browser'
import { fakeCameraClip } from '#tests/support/y4m'
import { consultationNow, linkIn, openFreshPage } from '#modules/consultation/tests/support/room_browser'

/*
 * Full screen and picture in picture from the room's toolbar (PRODUCT 4.3,
 * 4.4), in headless Chromium with a fake camera: the practitioner enlarges
 * the patient's video and puts the room into full screen (the enlarged video
 * takes the screen), leaves it with the button, with the F key, and by the
 * browser's own way out (Escape: headless Chromium does not handle that key
 * itself, so the test leaves as the browser does, outside the page's code);
 * the button's name and state follow every time. Picture in picture (staff
 * only; headless Chromium supports it) opens the enlarged remote video, and
 * the button follows when the browser closes the small window. The patient
 * gets full screen, not picture in picture.
 */

const contexts: BrowserContext[] = []
const freshPage = (browser: Browser) => openFreshPage(browser, contexts, { viewport: { width: 1280, height: 720 } })

/** What the document has in full screen and in picture in picture (test ids of the element, or of its tile) */
const shown = (page: Page) =>
  page.evaluate(() => {
    const document = (globalThis as any).document
    const full = document.fullscreenElement
    const pip = document.pictureInPictureElement
    return {
      fullscreen: full ? full.getAttribute('data-testid') : null,
      pip: pip ? `${pip.closest('[data-testid=room-tile]')?.getAttribute('data-uid')}` : null,
    }
  })

/** The toolbar button's accessible name and pressed state */
async function button(page: Page, testId: string) {
  const element = page.getByTestId(testId)
  return { label: await element.getAttribute('aria-label'), pressed: await element.getAttribute('aria-pressed') }
}

/** The button's name and state follow (the page hears of the change a moment after the document) */
async function buttonShows(page: Page, testId: string, expected: { label: string; pressed: string }) {
  const deadline = Date.now() + 3000
  let last = await button(page, testId)
  while (last.label !== expected.label || last.pressed !== expected.pressed) {
    if (Date.now() > deadline) throw new Error(`${testId} shows ${JSON.stringify(last)}, not ${JSON.stringify(expected)}`)
    await page.waitForTimeout(50)
    last = await button(page, testId)
  }
}

async function until(page: Page, probe: () => Promise<boolean>, what: string, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(await shown(page))}`)
    await page.waitForTimeout(50)
  }
}

test.group('Consultation room | full screen and picture in picture', (group) => {
  let browser: Browser
  group.setup(async () => {
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: [...CHROMIUM_FLAGS, `--use-file-for-fake-video-capture=${fakeCameraClip({ width: 320, height: 180, fps: 15, seconds: 2 })}`],
    })
    return () => browser.close()
  })
  group.setup(() => testUtils.db().truncate())
  group.each.teardown(async () => {
    mail.restore()
    await Promise.all(contexts.splice(0).map((context) => context.close().catch(() => {})))
  })

  test('the enlarged remote video goes full screen and into picture in picture, and back, by button, key and the browser', async ({ assert }) => {
    const { messages } = mail.fake()
    const organization = await createOrganization({ name: 'Praktijk Noord' })
    const handler = await createUser(organization, 'handler', { fullName: 'Carla Cardio' })
    const client = await createClient(organization, { initials: 'J.', lastName: 'Jansen', email: 'j.jansen@example.test' })
    const appointment = await consultationNow(organization, handler, { clientIds: [client.id] })
    await runQueuedJobs()
    const patientRecord = await tenancy.run(organization, async () => await AppointmentParticipant.query().where('appointment_id', appointment.id).firstOrFail())
    const patientUid = `p${patientRecord.id}`
    const staffUid = `u${handler.id}`

    const patient = await freshPage(browser)
    await patient.goto(linkIn(messages, 'j.jansen@example.test'))
    await patient.getByTestId('device-continue').click({ timeout: 15_000 })
    await patient.locator('[data-testid=visit-presence][data-presence=waiting]').waitFor({ timeout: 10_000 })
    const staff = await freshPage(browser)
    await logIn(staff, organization, handler)
    await staff.goto(urlOf(organization, '/agenda/today'))
    await staff.getByTestId('waiting-entry').filter({ hasText: 'J. Jansen' }).getByRole('button', { name: 'Bring in J. Jansen' }).click({ timeout: 10_000 })
    await staff.waitForURL((url) => url.pathname === `/appointments/${appointment.id}/room`, { timeout: 10_000 })
    await staff.locator('[data-testid=room][data-status=connected]').waitFor({ timeout: 15_000 })
    await patient.locator('[data-testid=room][data-status=connected]').waitFor({ timeout: 15_000 })
    const remote = staff.locator(`[data-testid=room-tile][data-uid="${patientUid}"][data-kind=camera]`)
    await staff.locator(`[data-testid=room-tile][data-uid="${patientUid}"][data-kind=camera][data-decoding=true]`).waitFor({ timeout: 20_000 })

    /* the practitioner enlarges the patient's video */
    await remote.click()
    await staff.locator(`[data-testid=room-tile][data-uid="${patientUid}"][data-enlarged=true]`).waitFor()

    /* full screen by the toolbar's button, reached with the keyboard */
    await buttonShows(staff, 'room-fullscreen', { label: 'Full screen', pressed: 'false' })
    assert.equal(await staff.getByTestId('room-fullscreen').getAttribute('aria-keyshortcuts'), 'f')
    await staff.getByTestId('room-fullscreen').focus()
    await staff.keyboard.press('Enter')
    await until(staff, async () => (await shown(staff)).fullscreen === 'room', 'full screen')
    await buttonShows(staff, 'room-fullscreen', { label: 'Leave full screen', pressed: 'true' })
    /* the enlarged video takes the screen */
    const screen = await staff.evaluate(() => ({ width: (globalThis as any).innerWidth, height: (globalThis as any).innerHeight }))
    const box = (await remote.boundingBox())!
    assert.isAbove(box.width * box.height, 0.4 * screen.width * screen.height, `the enlarged video fills the screen: ${JSON.stringify({ box, screen })}`)
    /* the toolbar is there in full screen, with its labels on hover inside what is shown */
    assert.isTrue(await staff.getByTestId('room-toolbar').evaluate((toolbar) => (globalThis as any).document.fullscreenElement.contains(toolbar)))
    await staff.getByTestId('room-fullscreen').hover()
    const tooltip = staff.getByRole('tooltip').filter({ hasText: 'Leave full screen' })
    await tooltip.waitFor({ timeout: 5000 })
    assert.isTrue(await tooltip.evaluate((element) => (globalThis as any).document.fullscreenElement.contains(element)), 'the label is seen in full screen')
    assert.deepEqual(await accessibilityViolations(staff), [], 'full screen')

    /* out by the button (focus stays on it) */
    await staff.keyboard.press('Enter')
    await until(staff, async () => (await shown(staff)).fullscreen === null, 'leaving full screen')
    await buttonShows(staff, 'room-fullscreen', { label: 'Full screen', pressed: 'false' })
    assert.equal(await staff.evaluate(() => (globalThis as any).document.activeElement?.getAttribute('data-testid')), 'room-fullscreen')

    /* in and out by the F key */
    await remote.focus()
    await staff.keyboard.press('f')
    await until(staff, async () => (await shown(staff)).fullscreen === 'room', 'full screen by F')
    await staff.keyboard.press('f')
    await until(staff, async () => (await shown(staff)).fullscreen === null, 'leaving by F')

    /* in, then out the browser's own way (Escape): the button follows */
    await staff.getByTestId('room-fullscreen').click()
    await until(staff, async () => (await shown(staff)).fullscreen === 'room', 'full screen again')
    await staff.keyboard.press('Escape')
    await staff.evaluate(() => (globalThis as any).document.fullscreenElement && (globalThis as any).document.exitFullscreen())
    await until(staff, async () => (await shown(staff)).fullscreen === null, 'left by the browser')
    await buttonShows(staff, 'room-fullscreen', { label: 'Full screen', pressed: 'false' })
    /* and the button still works */
    await staff.getByTestId('room-fullscreen').click()
    await until(staff, async () => (await shown(staff)).fullscreen === 'room', 'full screen after the browser left it')
    await staff.getByTestId('room-fullscreen').click()
    await until(staff, async () => (await shown(staff)).fullscreen === null, 'left again')

    /* picture in picture: the enlarged remote video, by the keyboard */
    assert.isTrue(await staff.evaluate(() => (globalThis as any).document.pictureInPictureEnabled), 'headless Chromium offers picture in picture')
    await buttonShows(staff, 'room-pip', { label: 'Picture in picture', pressed: 'false' })
    await staff.getByTestId('room-pip').focus()
    await staff.keyboard.press('Enter')
    await until(staff, async () => (await shown(staff)).pip === patientUid, 'picture in picture')
    await buttonShows(staff, 'room-pip', { label: 'Close picture in picture', pressed: 'true' })
    /* closed by the button */
    await staff.keyboard.press('Enter')
    await until(staff, async () => (await shown(staff)).pip === null, 'closing picture in picture')
    await buttonShows(staff, 'room-pip', { label: 'Picture in picture', pressed: 'false' })

    /* closed by the browser (the small window's own close button): the button follows, and opens it again */
    await staff.getByTestId('room-pip').click()
    await until(staff, async () => (await shown(staff)).pip === patientUid, 'picture in picture again')
    await staff.evaluate(() => (globalThis as any).document.exitPictureInPicture())
    await until(staff, async () => (await button(staff, 'room-pip')).pressed === 'false', 'the button following the browser')
    await buttonShows(staff, 'room-pip', { label: 'Picture in picture', pressed: 'false' })

    /* opened by the browser's own video menu (a user's gesture, outside the page's code): the button says so, and closes it */
    const cdp = await staff.context().newCDPSession(staff)
    const opened = await cdp.send('Runtime.evaluate', {
      expression: `document.querySelector('[data-testid=room-tile][data-uid="${patientUid}"] video').requestPictureInPicture().then(() => 'ok')`,
      userGesture: true,
      awaitPromise: true,
    })
    assert.equal(opened.result.value, 'ok', JSON.stringify(opened.exceptionDetails ?? null))
    await buttonShows(staff, 'room-pip', { label: 'Close picture in picture', pressed: 'true' })
    await staff.getByTestId('room-pip').click()
    await until(staff, async () => (await shown(staff)).pip === null, 'closing what the browser opened')
    await buttonShows(staff, 'room-pip', { label: 'Picture in picture', pressed: 'false' })

    /* the practitioner's own video is never the one in picture in picture, also without an enlarged one */
    await remote.click()
    await staff.locator(`[data-testid=room-tile][data-enlarged=true]`).waitFor({ state: 'detached' })
    await staff.getByTestId('room-pip').click()
    await until(staff, async () => (await shown(staff)).pip === patientUid, 'picture in picture without an enlarged video')
    assert.notEqual((await shown(staff)).pip, staffUid)
    await staff.getByTestId('room-pip').click()
    await until(staff, async () => (await shown(staff)).pip === null, 'closing it')

    /* the patient: full screen yes, picture in picture no (PRODUCT 4.4) */
    await buttonShows(patient, 'room-fullscreen', { label: 'Full screen', pressed: 'false' })
    assert.equal(await patient.getByTestId('room-pip').count(), 0)
    await patient.getByTestId('room-fullscreen').click()
    await until(patient, async () => (await shown(patient)).fullscreen === 'room', "the patient's full screen")
    await patient.evaluate(() => (globalThis as any).document.exitFullscreen())
    await until(patient, async () => (await button(patient, 'room-fullscreen')).pressed === 'false', "the patient's button following")
  }).timeout(120_000)
})
