import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import type { Browser } from 'playwright-core'
import type Organization from '#models/organization'
import { createDepartment, createOrganization, createUser, urlOf } from '#tests/support/world'
import { accessibilityViolations } from '#tests/support/axe'
import { createClient, plannedAppointment } from '#modules/agenda/tests/support/agenda_world'
import { logIn } from '#tests/support/browser'

/** A patient's own browser (no staff session), on their e-mailed link */
async function patientPage(browser: Browser, organization: Organization, token: string) {
  const page = await browser.newPage()
  /* other test files' Vite reloads must not reload this page mid-test */
  await page.routeWebSocket(/:24678/, (ws) => ws.close())
  await page.goto(urlOf(organization, `/visit/${token}`))
  /* the device check comes first (its own tests cover it): straight on to the waiting room */
  await page.getByTestId('devices-skip').click()
  return page
}

/*
 * The waiting room from both sides: patients open their link and wait, the
 * practitioner sees them arrive in real time (well before the 20 s poll),
 * on time in green and late in red, each with the word, and brings one in;
 * that patient's page says they are being let in.
 */
test.group('Consultation | waiting list', (group) => {
  group.each.setup(() => testUtils.db().truncate())

  test('the practitioner sees patients arrive, on time or late, and brings one in', async ({ visit, assert }) => {
    const organization = await createOrganization({ name: 'Praktijk Noord', timezone: 'Europe/Amsterdam', settings: { doorbell_sound: true } })
    const cardiology = await createDepartment(organization, 'Cardiology')
    const handler = await createUser(organization, 'handler', { fullName: 'Carla Cardio', departments: [cardiology] })
    const onTime = await plannedAppointment(organization, {
      startsAt: DateTime.utc().plus({ minutes: 10 }),
      handler,
      departmentId: cardiology.id,
      client: await createClient(organization, { initials: 'J.', lastName: 'Jansen' }),
    })
    const late = await plannedAppointment(organization, {
      startsAt: DateTime.utc().minus({ minutes: 20 }),
      durationMinutes: 60,
      handler,
      departmentId: cardiology.id,
      client: await createClient(organization, { initials: 'P.', lastName: 'de Wit' }),
    })
    const startLocal = onTime.appointment.startsAt.setZone('Europe/Amsterdam').toFormat('HH:mm')

    /* the practitioner's Today page, with the doorbell counted instead of heard */
    const staff = await visit(urlOf(organization, '/login'))
    await staff.routeWebSocket(/:24678/, (ws) => ws.close())
    await staff.addInitScript(() => {
      const w = globalThis as any
      w.__doorbells = 0
      const Original = w.AudioContext
      w.AudioContext = class extends Original {
        constructor(...args: any[]) {
          super(...args)
          w.__doorbells++
        }
      }
    })
    await logIn(staff, organization, handler)
    await staff.goto(urlOf(organization, '/agenda/today'))
    await staff.getByTestId('waiting-empty').waitFor()
    assert.equal(await staff.getByTestId('waiting-count').innerText(), '0')

    /* the first patient opens the link: waiting, and the practitioner sees them within seconds */
    const jansen = await patientPage(staff.context().browser()!, organization, onTime.token)
    await jansen.getByTestId('visit-waiting-room').waitFor()
    await jansen.locator('[data-testid=visit-presence][data-presence=waiting]').waitFor({ timeout: 5000 })
    assert.include(await jansen.getByTestId('visit-presence').innerText(), 'You are in the waiting room')

    const jansenEntry = staff.getByTestId('waiting-entry').filter({ hasText: 'J. Jansen' })
    await jansenEntry.waitFor({ timeout: 8000 })
    assert.equal(await jansenEntry.getByTestId('waiting-punctuality').innerText(), 'On time')
    assert.equal(await jansenEntry.getAttribute('data-punctuality'), 'on_time')
    const jansenText = await jansenEntry.innerText()
    assert.include(jansenText, `Appointment at ${startLocal}`)
    assert.include(jansenText, 'Carla Cardio')
    assert.include(jansenText, 'Waiting less than a minute')

    /* the second one is late: red, and says so in words */
    const deWit = await patientPage(staff.context().browser()!, organization, late.token)
    await deWit.getByTestId('visit-waiting-room').waitFor()
    const deWitEntry = staff.getByTestId('waiting-entry').filter({ hasText: 'P. de Wit' })
    await deWitEntry.waitFor({ timeout: 8000 })
    assert.equal(await deWitEntry.getByTestId('waiting-punctuality').innerText(), 'Late')
    assert.equal(await staff.getByTestId('waiting-count').innerText(), '2')
    await staff.waitForFunction(() => (globalThis as any).document.title.startsWith('(2) '))
    assert.equal(await staff.evaluate(() => (globalThis as any).__doorbells), 2, 'the doorbell rang once per arrival')
    assert.deepEqual(await accessibilityViolations(staff), [], 'today page with the waiting list')
    assert.deepEqual(await accessibilityViolations(jansen), [], 'patient waiting')

    /* a reload keeps the patient's place (the list still has them, not as a new arrival) */
    await deWit.reload()
    await deWit.locator('[data-testid=visit-presence][data-presence=waiting]').waitFor({ timeout: 5000 })
    assert.equal(await staff.getByTestId('waiting-entry').count(), 2)

    /* bring the first one in: the patient's page opens the consultation room */
    await jansenEntry.getByRole('button', { name: 'Bring in J. Jansen' }).click()
    await jansen.locator('[data-testid=room]').waitFor({ timeout: 12_000 })
    /* the practitioner went into the room; the Today page's list now has one person */
    await staff.goto(urlOf(organization, '/agenda/today'))
    await staff.getByTestId('waiting-entry').first().waitFor()
    await staff.getByTestId('waiting-entry').filter({ hasText: 'J. Jansen' }).waitFor({ state: 'detached', timeout: 8000 })
    assert.equal(await staff.getByTestId('waiting-count').innerText(), '1')
    await staff.waitForFunction(() => (globalThis as any).document.title.startsWith('(1) '))
    assert.deepEqual(await accessibilityViolations(jansen), [], 'patient in the room')
    assert.equal(await deWit.locator('[data-testid=visit-presence]').getAttribute('data-presence'), 'waiting')

    await jansen.close()
    await deWit.close()
  })
})
