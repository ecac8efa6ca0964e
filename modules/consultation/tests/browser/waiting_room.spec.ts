import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import type { Browser, Page } from 'playwright-core'
import tenancy from '#core/tenancy/tenancy'
import type Organization from '#models/organization'
import AgendaScope from '#modules/agenda/services/agenda_scope'
import ConsultationParticipant from '#modules/consultation/models/consultation_participant'
import WaitingRoomService from '#modules/consultation/services/waiting_room_service'
import { createDepartment, createOrganization, createUser, urlOf } from '#tests/support/world'
import { accessibilityViolations } from '#tests/support/axe'
import { plannedAppointment } from '#modules/agenda/tests/support/agenda_world'

const DISCLAIMER = 'Video consultations are not recorded.\nPlease take part from a private place.'
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** The organization's own page for the waiting room, on another origin (as in real use) */
async function practicePage(): Promise<{ url: string; server: Server }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end('<!doctype html><html lang="en"><head><title>Practice news</title></head><body><main><h1>Practice news</h1><p>Fresh tea in the waiting room.</p></main></body></html>')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/news`, server }
}

/** A patient's own browser profile, on their e-mailed link */
async function patientPage(browser: Browser, organization: Organization, token: string, options: { reducedMotion?: 'reduce' } = {}) {
  const context = await browser.newContext({ reducedMotion: options.reducedMotion ?? 'no-preference' })
  const page = await context.newPage()
  /* other test files' Vite reloads must not reload this page mid-test */
  await page.routeWebSocket(/:24678/, (ws) => ws.close())
  await page.goto(urlOf(organization, `/visit/${token}`))
  return page
}

/* axe looks into frames only where it runs too: put it into the organization's frame as well */
async function violationsWithFrames(page: Page) {
  for (const frame of page.frames()) if (frame !== page.mainFrame()) await frame.addScriptTag({ path: axePath })
  return accessibilityViolations(page)
}

const animationOf = (page: Page) =>
  page.getByTestId('waiting-explainer').locator('svg').first().evaluate((svg) => {
    const style = (globalThis as any).getComputedStyle(svg)
    return { name: style.animationName as string, opacity: Number(style.opacity) }
  })

/*
 * The patient's waiting room with everything the organization can switch on:
 * the disclaimer first (accepted once, not asked again after a reload), the
 * device check, then the waiting room with the explainer animation (still
 * under reduced motion), the organization's own page in a sandboxed frame,
 * and being let in within about a second of the practitioner's click.
 */
test.group('Waiting room | the patient side', (group) => {
  let practice: { url: string; server: Server }
  group.setup(async () => {
    practice = await practicePage()
    return () =>
      new Promise<void>((resolve) => {
        /* the browser keeps its connection alive: close it, or close() waits for ever */
        practice.server.closeAllConnections()
        practice.server.close(() => resolve())
      })
  })
  group.each.setup(() => testUtils.db().truncate())

  test('disclaimer, device check, explainer and own frame; accessible; a reload keeps the place; let in at once', async ({ browserContext, assert }) => {
    const organization = await createOrganization({
      name: 'Praktijk Noord',
      settings: {
        disclaimer: true,
        disclaimer_text: DISCLAIMER,
        explainer_animation: true,
        waiting_room_iframe: true,
        waiting_room_iframe_url: practice.url,
        chat_in_waiting_room: true,
      },
    })
    const cardiology = await createDepartment(organization, 'Cardiology')
    const handler = await createUser(organization, 'handler', { fullName: 'Carla Cardio', departments: [cardiology] })
    const { participant, token } = await plannedAppointment(organization, {
      startsAt: DateTime.utc().plus({ minutes: 5 }),
      handler,
      departmentId: cardiology.id,
    })
    const browser = browserContext.browser()!
    const patient = await patientPage(browser, organization, token)

    /* the disclaimer comes first: continuing needs the tick */
    await patient.getByTestId('visit-disclaimer').waitFor()
    assert.include(await patient.getByTestId('visit-organization').innerText(), 'Praktijk Noord')
    assert.equal(await patient.getByTestId('disclaimer-text').innerText(), DISCLAIMER)
    assert.isTrue(await patient.getByTestId('disclaimer-accept').isDisabled())
    assert.deepEqual(await accessibilityViolations(patient), [], 'disclaimer step')
    await patient.getByLabel('I have read this and I accept it').check()
    await patient.getByTestId('disclaimer-accept').click()

    /* then the device check (Chromium's fake camera), then the waiting room */
    await patient.getByTestId('visit-devices').waitFor()
    await patient.getByTestId('device-continue').click({ timeout: 15_000 })
    await patient.locator('[data-testid=visit-presence][data-presence=waiting]').waitFor({ timeout: 10_000 })
    const record = await tenancy.run(organization, async () =>
      ConsultationParticipant.query().where('appointment_participant_id', participant.id).firstOrFail()
    )
    assert.isNotNull(record.disclaimerAcceptedAt, 'the acceptance is on record')
    assert.isNotNull(record.waitingSince, 'waiting')

    /* the explainer: three steps in words, animated */
    const explainer = patient.getByTestId('waiting-explainer')
    await explainer.waitFor()
    const steps = await explainer.locator('li').allInnerTexts()
    assert.deepEqual(steps, [
      'Wait here and keep this page open.',
      'The practitioner lets you in when it is your turn.',
      'Allow your camera and microphone when your browser asks.',
    ])
    assert.match((await animationOf(patient)).name, /turn/, 'the scenes take turns')

    /* the organization's own page, sandboxed, without our address as referrer */
    const frame = patient.getByTestId('waiting-iframe')
    assert.equal(await frame.getAttribute('src'), practice.url)
    assert.equal(await frame.getAttribute('referrerpolicy'), 'no-referrer')
    assert.sameMembers(String(await frame.getAttribute('sandbox')).split(' '), ['allow-scripts', 'allow-same-origin', 'allow-popups', 'allow-forms'])
    await patient.frameLocator('[data-testid=waiting-iframe]').getByText('Fresh tea in the waiting room.').waitFor()
    assert.equal(await patient.getByTestId('waiting-chat').getAttribute('data-chat'), 'on')

    assert.deepEqual(await violationsWithFrames(patient), [], 'waiting room with everything on')

    /* a reload asks neither the disclaimer nor the device check again */
    await patient.reload()
    await patient.locator('[data-testid=visit-presence][data-presence=waiting]').waitFor({ timeout: 10_000 })
    assert.equal(await patient.getByTestId('visit-disclaimer').count(), 0)
    assert.equal(await patient.getByTestId('visit-devices').count(), 0)

    /* let in: the page hears it on its own channel, well before its next 10 s check-in */
    await patient.waitForTimeout(1500)
    const started = Date.now()
    await tenancy.run(organization, async () => {
      const scope = await AgendaScope.of(handler, organization)
      await new WaitingRoomService(organization).admit(scope, record.id)
    })
    await patient.locator('[data-testid=room]').waitFor({ timeout: 8000 })
    assert.isBelow(Date.now() - started, 4000, 'in the room within a few seconds of the click (the fallback check-in is every 10 s)')
    await patient.context().close()
  })

  test('reduced motion: the explainer stands still, every step fully visible', async ({ browserContext, assert }) => {
    const organization = await createOrganization({ settings: { explainer_animation: true } })
    const handler = await createUser(organization, 'handler')
    const { token } = await plannedAppointment(organization, { startsAt: DateTime.utc().plus({ minutes: 5 }), handler })
    const patient = await patientPage(browserContext.browser()!, organization, token, { reducedMotion: 'reduce' })
    await patient.getByTestId('devices-skip').click()
    await patient.getByTestId('waiting-explainer').waitFor()
    assert.deepEqual(await animationOf(patient), { name: 'none', opacity: 1 })
    await patient.context().close()
  })

  test('with nothing switched on: no disclaimer, no explainer, no frame, and the chat only reads', async ({ browserContext, assert }) => {
    const organization = await createOrganization({ settings: { chat_in_waiting_room: false } })
    const handler = await createUser(organization, 'handler')
    const { token } = await plannedAppointment(organization, { startsAt: DateTime.utc().plus({ minutes: 5 }), handler })
    const patient = await patientPage(browserContext.browser()!, organization, token)
    await patient.getByTestId('visit-devices').waitFor()
    await patient.getByTestId('devices-skip').click()
    await patient.locator('[data-testid=visit-presence][data-presence=waiting]').waitFor({ timeout: 10_000 })
    assert.equal(await patient.getByTestId('visit-disclaimer').count(), 0)
    assert.equal(await patient.getByTestId('waiting-explainer').count(), 0)
    assert.equal(await patient.getByTestId('waiting-iframe').count(), 0)
    assert.equal(await patient.getByTestId('waiting-chat').getAttribute('data-chat'), 'off')
    await patient.context().close()
  })
})
