import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import tenancy from '#core/tenancy/tenancy'
import type Organization from '#models/organization'
import type User from '#models/user'
import AgendaScope from '#modules/agenda/services/agenda_scope'
import type AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import { plannedAppointment } from '#modules/agenda/tests/support/agenda_world'
import ConsultationParticipant from '#modules/consultation/models/consultation_participant'
import WaitingRoomService from '#modules/consultation/services/waiting_room_service'
import { createOrganization, createUser, urlOf } from '#tests/support/world'
import { accessibilityViolations } from '#tests/support/axe'
import { logIn } from '#tests/support/browser'

/*
 * The patient on a phone, as most of them come: the e-mailed link opened in
 * Safari on an iPhone or in Chrome on Android, held upright. Chromium
 * emulates the phone (its screen size, touch, a mobile viewport and the
 * phone's user agent, which is what the page reads to choose its help);
 * its fake camera and microphone stand in for the phone's own
 * (tests/support/chromium.ts).
 */

type Phone = { name: string; platform: string; width: number; height: number; userAgent: string }

const IPHONE: Phone = {
  name: 'iPhone (Safari)',
  platform: 'ios_safari',
  width: 390,
  height: 844,
  userAgent:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
}
/* a small Android phone: 360 CSS pixels wide is still common */
const ANDROID: Phone = {
  name: 'Android (Chrome)',
  platform: 'android_chrome',
  width: 360,
  height: 780,
  userAgent: 'Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.71 Mobile Safari/537.36',
}
const INSTAGRAM_ON_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 334.0.4.32.98 (iPhone14,5; iOS 17_5; en_GB; en; scale=3.00; 1170x2532; 606558418)'

/** The smallest touch target we accept (WCAG 2.5.8 asks 24 px; a shaky finger needs more) */
const TOUCH = 40

const contexts: BrowserContext[] = []

/** The phone's own browser profile. Vite's reload socket is refused (other runs editing files must not reload the page) */
async function phonePage(browser: Browser, phone: Phone, options: { userAgent?: string; refuseCamera?: boolean } = {}) {
  const context = await browser.newContext({
    viewport: { width: phone.width, height: phone.height },
    screen: { width: phone.width, height: phone.height },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    userAgent: options.userAgent ?? phone.userAgent,
  })
  contexts.push(context)
  if (options.refuseCamera) {
    await context.addInitScript(() => {
      const media = (globalThis as any).navigator.mediaDevices
      media.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'))
    })
  }
  const page = await context.newPage()
  await page.routeWebSocket((url) => !url.pathname.startsWith('/media/signal'), (ws) => ws.close())
  return page
}

/** The practitioner on a computer */
async function deskPage(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  contexts.push(context)
  const page = await context.newPage()
  await page.routeWebSocket((url) => !url.pathname.startsWith('/media/signal'), (ws) => ws.close())
  return page
}

/** The practitioner lets the waiting patient in (as "Bring in" on the waiting list does) */
async function bringIn(organization: Organization, handler: User, participant: AppointmentParticipant) {
  await tenancy.run(organization, async () => {
    const record = await ConsultationParticipant.query().where('appointment_participant_id', participant.id).firstOrFail()
    await new WaitingRoomService(organization).admit(await AgendaScope.of(handler, organization), record.id)
  })
}

/**
 * The page fits the phone's width: nothing to scroll sideways, and the
 * browser did not zoom the page out to make it fit. On failure, names the
 * elements that stick out.
 */
async function assertFitsWidth(assert: any, page: Page, phone: Phone, step: string) {
  const measured = await page.evaluate(() => {
    const w = globalThis as any
    const doc = w.document
    const innerWidth = w.innerWidth as number
    const sticking = [...doc.body.querySelectorAll('*')]
      .filter((element: any) => {
        const box = element.getBoundingClientRect()
        return box.width > 0 && box.height > 0 && box.right > innerWidth + 1 && w.getComputedStyle(element).visibility !== 'hidden'
      })
      .slice(0, 5)
      .map((element: any) => {
        const box = element.getBoundingClientRect()
        const id = element.dataset.testid ? `[data-testid=${element.dataset.testid}]` : element.className ? `.${String(element.className).split(' ')[0]}` : ''
        return `${element.tagName.toLowerCase()}${id} ${Math.round(box.left)}..${Math.round(box.right)}`
      })
    return { scrollWidth: doc.scrollingElement.scrollWidth as number, innerWidth, sticking }
  })
  assert.equal(measured.innerWidth, phone.width, `${step} on ${phone.name}: the page is not zoomed out`)
  assert.isAtMost(measured.scrollWidth, measured.innerWidth, `${step} on ${phone.name}: nothing to scroll sideways; sticking out: ${measured.sticking.join(', ')}`)
}

/** A button a finger can hit: tall enough, wholly on the screen once scrolled to, with a name */
async function assertTouchable(assert: any, phone: Phone, target: Locator, step: string) {
  await target.scrollIntoViewIfNeeded()
  const box = await target.boundingBox()
  const name = (await target.getAttribute('aria-label')) || (await target.innerText()).trim()
  const what = `${step} on ${phone.name}: "${name}"`
  assert.isNotNull(box, `${what} is shown`)
  assert.isNotEmpty(name, `${what} has a name`)
  assert.isAtLeast(Math.round(box!.height), TOUCH, `${what} is at least ${TOUCH} px tall`)
  assert.isNull(await clippedText(target), `${what} shows its whole label`)
  assert.isAtLeast(Math.round(box!.width), TOUCH, `${what} is at least ${TOUCH} px wide`)
  assert.isAtLeast(box!.x, 0, `${what} starts on the screen`)
  assert.isAtMost(box!.x + box!.width, phone.width + 1, `${what} ends on the screen`)
  assert.isAtLeast(box!.y, 0, `${what} is not above the screen`)
  assert.isAtMost(box!.y + box!.height, phone.height + 1, `${what} is not below the screen`)
}

/** Text cut off inside the element (an ellipsis, or a wrapped label clipped by its button): what is cut, or null */
const clippedText = (target: Locator) =>
  target.evaluate((element) => {
    const w = globalThis as any
    const cut = [element, ...(element as any).querySelectorAll('*')].find((node: any) => {
      if (['INPUT', 'SELECT', 'TEXTAREA', 'VIDEO', 'svg'].includes(node.tagName) || !node.textContent.trim()) return false
      if (w.getComputedStyle(node).overflow === 'visible') return false
      return node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1
    }) as any
    return cut ? `${cut.textContent.trim()} (${cut.scrollWidth}×${cut.scrollHeight} in ${cut.clientWidth}×${cut.clientHeight})` : null
  })

/** Waits for running transitions to end (a drawer sliding in is measured where it stops) */
const settled = (page: Page) =>
  page.waitForFunction(() =>
    (globalThis as any).document
      .getAnimations()
      .every((animation: any) => animation.playState !== 'running' || animation.effect?.getComputedTiming().endTime === Infinity)
  )

async function assertAccessible(assert: any, page: Page, phone: Phone, step: string) {
  const violations = await accessibilityViolations(page)
  assert.deepEqual(violations, [], `${step} on ${phone.name}:\n${violations.join('\n')}`)
}

test.group('The patient on a phone (browser)', (group) => {
  /*
   * Emptied once, after the group, as the room's other browser tests do: each
   * test makes its own organization.
   */
  group.setup(() => testUtils.db().truncate())
  group.each.teardown(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close().catch(() => {})))
  })

  for (const phone of [IPHONE, ANDROID]) {
    test(`${phone.name}: device check, waiting room and the call fit the screen and are easy to tap`, async ({ browserContext, assert }) => {
      const browser = browserContext.browser()!
      const organization = await createOrganization({ name: 'Huisartsenpraktijk De Linde', settings: { chat_in_waiting_room: true } })
      const handler = await createUser(organization, 'handler', { fullName: 'Carla Cardio' })
      const { appointment, participant, token } = await plannedAppointment(organization, {
        startsAt: DateTime.utc().plus({ minutes: 5 }),
        handler,
      })

      /* the device check, with the live self-view */
      const patient = await phonePage(browser, phone)
      await patient.goto(urlOf(organization, `/visit/${token}`))
      await patient.getByTestId('device-continue').waitFor({ timeout: 15_000 })
      await patient.waitForFunction(() => ((globalThis as any).document.querySelector('[data-testid=device-preview]')?.videoWidth ?? 0) > 0)
      await assertFitsWidth(assert, patient, phone, 'device check')
      const preview = await patient.getByTestId('device-preview').boundingBox()
      assert.isAtMost(preview!.x + preview!.width, phone.width, 'the self-view fits the width')
      for (const target of [
        patient.getByTestId('camera-select'),
        patient.getByTestId('microphone-select'),
        patient.getByRole('button', { name: 'Play a test tone' }),
        patient.getByTestId('device-continue'),
        patient.getByTestId('devices-skip'),
      ]) {
        await assertTouchable(assert, phone, target, 'device check')
      }
      await assertAccessible(assert, patient, phone, 'device check')

      /* the waiting room */
      await patient.getByTestId('device-continue').click()
      await patient.locator('[data-testid=visit-presence][data-presence=waiting]').waitFor({ timeout: 10_000 })
      await patient.getByTestId('waiting-chat').getByTestId('chat-input').waitFor()
      await assertFitsWidth(assert, patient, phone, 'waiting room')
      for (const target of [
        patient.getByTestId('waiting-chat').getByTestId('chat-input'),
        patient.getByTestId('waiting-chat').getByTestId('chat-send'),
        patient.getByRole('button', { name: 'Refresh', exact: true }),
      ]) {
        await assertTouchable(assert, phone, target, 'waiting room')
      }
      await assertAccessible(assert, patient, phone, 'waiting room')

      /* let in: the practitioner is in the room on a computer */
      const staff = await deskPage(browser)
      await logIn(staff, organization, handler)
      await bringIn(organization, handler, participant)
      await staff.goto(urlOf(organization, `/appointments/${appointment.id}/room`))
      await patient.locator('[data-testid=room][data-status=connected]').waitFor({ timeout: 20_000 })
      await patient.locator(`[data-testid=room-tile][data-uid="u${handler.id}"][data-decoding=true]`).waitFor({ timeout: 20_000 })
      await patient.locator('[data-testid=room-tile][data-self=true]').waitFor()
      await assertFitsWidth(assert, patient, phone, 'the call')

      /* the connection state and the time are read in full next to the (truncated) title */
      assert.isNull(await clippedText(patient.getByTestId('room-connection')), 'the connection state is shown in full')
      assert.isNull(await clippedText(patient.getByTestId('room-timer')), 'the time is shown in full')
      assert.equal(await patient.getByTestId('room-connection').textContent(), 'Connected')

      /* the videos fill the screen between the title and the toolbar, nothing cut off */
      const stage = (await patient.getByTestId('room-stage').boundingBox())!
      const toolbar = (await patient.getByTestId('room-toolbar').boundingBox())!
      assert.isAtLeast(stage.x, 0)
      assert.isAtMost(stage.x + stage.width, phone.width + 0.5, 'the videos fit the width')
      assert.isAtMost(stage.y + stage.height, toolbar.y + 0.5, 'the videos end above the toolbar')
      assert.isAtLeast(stage.height, phone.height * 0.45, 'the videos get most of the screen')
      assert.isAtMost(toolbar.y + toolbar.height, phone.height + 0.5, 'the toolbar is on the screen')
      for (const tile of await patient.getByTestId('room-tile').all()) {
        const box = (await tile.boundingBox())!
        const who = await tile.getAttribute('data-uid')
        assert.isAtLeast(box.x, -0.5, `tile ${who} starts on the screen`)
        assert.isAtMost(box.x + box.width, phone.width + 0.5, `tile ${who} ends on the screen`)
        assert.isAtLeast(box.y, stage.y - 0.5, `tile ${who} is within the videos`)
        assert.isAtMost(box.y + box.height, stage.y + stage.height + 0.5, `tile ${who} is within the videos`)
      }
      /* the practitioner's picture is the big one; the own picture sits small in a corner */
      const remote = (await patient.locator(`[data-testid=room-tile][data-uid="u${handler.id}"]`).boundingBox())!
      assert.isAtLeast(remote.width, phone.width - 20, 'the practitioner takes the width')

      /* every tool: a name, big enough, on the screen */
      const tools = await patient.getByTestId('room-toolbar').locator('button').all()
      assert.isAtLeast(tools.length, 4)
      for (const tool of tools) await assertTouchable(assert, phone, tool, 'the call toolbar')
      const names = await Promise.all(tools.map((tool) => tool.getAttribute('aria-label')))
      assert.includeMembers(names, ['Mute microphone', 'Turn camera off'])
      await assertAccessible(assert, patient, phone, 'the call')

      /* a tap on the microphone works by touch */
      await patient.getByTestId('room-mic').tap()
      await patient.locator('[data-testid=room-mic][aria-pressed=true]').waitFor()

      /* the chat opens over the whole screen and closes again */
      await patient.getByTestId('room-chat').tap()
      const drawer = patient.getByRole('dialog')
      await drawer.waitFor()
      await settled(patient)
      await assertFitsWidth(assert, patient, phone, 'the chat in the call')
      const drawerBox = (await drawer.boundingBox())!
      assert.isAtMost(drawerBox.x + drawerBox.width, phone.width + 0.5, 'the chat fits the width')
      await assertTouchable(assert, phone, drawer.getByTestId('chat-send'), 'the chat in the call')
      await assertAccessible(assert, patient, phone, 'the chat in the call')
    }).timeout(120_000)

    test(`${phone.name}: a refused camera shows the steps for this phone, readable and tappable`, async ({ browserContext, assert }) => {
      const organization = await createOrganization()
      const handler = await createUser(organization, 'handler')
      const { token } = await plannedAppointment(organization, { startsAt: DateTime.utc().plus({ minutes: 5 }), handler })
      const patient = await phonePage(browserContext.browser()!, phone, { refuseCamera: true })
      await patient.goto(urlOf(organization, `/visit/${token}`))
      const help = patient.locator(`[data-testid=device-help][data-platform=${phone.platform}]`)
      await help.waitFor()
      const text = await help.innerText()
      if (phone.platform === 'ios_safari') {
        assert.include(text, 'On an iPhone or iPad (Safari)')
        assert.include(text, 'Website Settings')
        assert.include(text, 'Settings app → Safari → Camera')
      } else {
        assert.include(text, 'On an Android phone or tablet (Chrome)')
        assert.include(text, 'Permissions')
        assert.include(text, 'Settings → Apps → Chrome → Permissions')
      }
      assert.lengthOf(await help.getByTestId('device-help-steps').locator('li').all(), 3, 'three numbered steps')
      /* the general text for computers is not shown next to it */
      assert.notInclude(await patient.getByTestId('device-error').innerText(), 'Click the camera or lock icon')
      await assertFitsWidth(assert, patient, phone, 'refused camera')
      await assertTouchable(assert, phone, patient.getByRole('button', { name: 'Try again' }), 'refused camera')
      await assertTouchable(assert, phone, patient.getByTestId('devices-skip'), 'refused camera')
      /* the steps get the whole width of the warning (its icon gives way on a phone) */
      const [alert, steps] = [await patient.getByTestId('device-error').boundingBox(), await help.boundingBox()]
      assert.isAtLeast(steps!.width, alert!.width - 40, 'the steps use the width of the warning')
      await assertAccessible(assert, patient, phone, 'refused camera')
    }).timeout(60_000)
  }

  test('in the patient’s language: the Android steps in German, the iPhone steps in Polish', async ({ browserContext, assert }) => {
    const organization = await createOrganization()
    const handler = await createUser(organization, 'handler')
    const { token } = await plannedAppointment(organization, { startsAt: DateTime.utc().plus({ minutes: 5 }), handler })
    for (const [phone, language, expected] of [
      [ANDROID, 'de-DE,de;q=0.9', 'Einstellungen Ihres Telefons → Apps → Chrome → Berechtigungen'],
      [IPHONE, 'pl-PL,pl;q=0.9', 'Ustawienia witryny'],
    ] as const) {
      const patient = await phonePage(browserContext.browser()!, phone, { refuseCamera: true })
      await patient.context().setExtraHTTPHeaders({ 'accept-language': language })
      await patient.goto(urlOf(organization, `/visit/${token}`))
      const help = patient.locator(`[data-testid=device-help][data-platform=${phone.platform}]`)
      await help.waitFor()
      assert.include(await help.innerText(), expected)
      await assertFitsWidth(assert, patient, phone, `refused camera (${language})`)
    }
  }).timeout(60_000)

  test('a link opened inside another app (Instagram on an iPhone): open it in Safari, or copy the link', async ({ browserContext, assert }) => {
    const organization = await createOrganization()
    const handler = await createUser(organization, 'handler')
    const { token } = await plannedAppointment(organization, { startsAt: DateTime.utc().plus({ minutes: 5 }), handler })
    const patient = await phonePage(browserContext.browser()!, IPHONE, { userAgent: INSTAGRAM_ON_IPHONE, refuseCamera: true })
    await patient.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await patient.goto(urlOf(organization, `/visit/${token}`))
    const help = patient.locator('[data-testid=device-help][data-platform=in_app]')
    await help.waitFor()
    assert.include(await help.innerText(), 'You opened the link inside another app')
    assert.include(await help.innerText(), 'Open in browser')
    await assertFitsWidth(assert, patient, IPHONE, 'inside another app')
    await assertTouchable(assert, IPHONE, patient.getByTestId('device-copy-link'), 'inside another app')
    await assertAccessible(assert, patient, IPHONE, 'inside another app')

    await patient.getByTestId('device-copy-link').tap()
    await help.getByText('The link is copied.').waitFor()
    const copied = await patient.evaluate(() => (globalThis as any).navigator.clipboard.readText())
    assert.equal(copied, urlOf(organization, `/visit/${token}`))
  }).timeout(60_000)

  test('a computer keeps the general layout and gets the steps for its own browser', async ({ browserContext, assert }) => {
    const organization = await createOrganization()
    const handler = await createUser(organization, 'handler')
    const { token } = await plannedAppointment(organization, { startsAt: DateTime.utc().plus({ minutes: 5 }), handler })
    await browserContext.addInitScript(() => {
      const media = (globalThis as any).navigator.mediaDevices
      media.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'))
    })
    const page = await browserContext.newPage()
    await page.goto(urlOf(organization, `/visit/${token}`))
    /* Chromium on Linux: the Chrome / Edge steps */
    const help = page.locator('[data-testid=device-help][data-platform=desktop_chrome]')
    await help.waitFor()
    assert.include(await help.innerText(), 'On a computer (Chrome or Edge)')
    assert.include(await help.innerText(), 'Privacy & Security → Camera')
  })
})
