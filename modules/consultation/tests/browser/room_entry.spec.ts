import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import clock from '#core/clock'
import tenancy from '#core/tenancy/tenancy'
import type Organization from '#models/organization'
import type User from '#models/user'
import AgendaScope from '#modules/agenda/services/agenda_scope'
import AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import { plannedAppointment } from '#modules/agenda/tests/support/agenda_world'
import ConsultationParticipant from '#modules/consultation/models/consultation_participant'
import { RoomAccess } from '#modules/consultation/services/room_access'
import RoomService, { MAX_ROOM_SIZE } from '#modules/consultation/services/room_service'
import WaitingRoomService from '#modules/consultation/services/waiting_room_service'
import { chromiumPath, CHROMIUM_FLAGS } from '#tests/support/chromium'
import { createOrganization, createUser, urlOf } from '#tests/support/world'
import { accessibilityViolations } from '#tests/support/axe'
import { fakeCameraClip } from '#tests/support/y4m'
import { addInterpreter, openFreshPage } from '#modules/consultation/tests/support/room_browser'

/*
 * The moments a patient or an external participant is let in but cannot
 * join the call yet, as their page shows them: the room is full (six people
 * are in), or an external participant arrives while the client is not in
 * the room. The page says why in words, offers "Try again", and joins by
 * itself as soon as a place frees up or the client arrives.
 */

const contexts: BrowserContext[] = []
const freshPage = (browser: Browser) => openFreshPage(browser, contexts)

/** The invitee opens their link, passes the device check and waits until the page listens for being let in */
async function waits(browser: Browser, organization: Organization, token: string) {
  const page = await freshPage(browser)
  await page.goto(urlOf(organization, `/visit/${token}`))
  await page.getByTestId('device-continue').click({ timeout: 15_000 })
  await page.locator('[data-testid=visit-presence][data-presence=waiting]').waitFor({ timeout: 10_000 })
  /* its own channel, not just any (the waiting-room texts' channel may be live first) */
  await page.locator('[data-testid=visit-presence][data-live=true]').waitFor({ timeout: 10_000 })
  return page
}

const recordOf = (organization: Organization, participant: AppointmentParticipant) =>
  tenancy.run(organization, async () => await ConsultationParticipant.query().where('appointment_participant_id', participant.id).firstOrFail())

/** "Bring in" on the practitioner's waiting list */
async function bringIn(organization: Organization, handler: User, participant: AppointmentParticipant) {
  const record = await recordOf(organization, participant)
  await tenancy.run(organization, async () => new WaitingRoomService(organization).admit(await AgendaScope.of(handler, organization), record.id))
}

/** The statuses the page went through since it opened (the dev server's test hook) */
const historyOf = (page: Page) =>
  page.evaluate(() => ((globalThis as any).__consultRoom?.history ?? []).map((entry: string) => entry.split(' ')[1]) as string[])

test.group('Consultation room | not in yet: full room, waiting for the client', (group) => {
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
    await Promise.all(contexts.splice(0).map((context) => context.close().catch(() => {})))
  })

  test('a full room: the patient reads why, can try again, and joins as soon as someone leaves', async ({ assert }) => {
    const organization = await createOrganization()
    const handler = await createUser(organization, 'handler', { fullName: 'Carla Cardio' })
    const { appointment, participant, token } = await plannedAppointment(organization, { startsAt: DateTime.utc().plus({ minutes: 5 }), handler })
    const patient = await waits(browser, organization, token)

    /* six colleagues are in the call (org admins may enter any room; the relay reported their joins) */
    const rooms = new RoomService()
    const inside: { claims: Parameters<RoomService['joined']>[0]; connection: string }[] = []
    for (let i = 0; i < MAX_ROOM_SIZE; i++) {
      const admin = await createUser(organization, 'org_admin', { fullName: `Colleague ${i + 1}` })
      const member = await tenancy.run(organization, async () => await RoomAccess.staff(admin, organization, appointment.id))
      const claims = { sid: member.consultation.mediaSession, uid: member.uid, name: member.name, role: 'staff' as const, org: organization.id, exp: 0 }
      const connection = await rooms.joined(claims)
      if (typeof connection !== 'string') throw new Error('the colleague could not join')
      inside.push({ claims, connection })
    }

    await bringIn(organization, handler, participant)
    const full = patient.getByTestId('room-full')
    await full.waitFor({ timeout: 15_000 })
    assert.include(await full.innerText(), 'This consultation already has six people in it. You are let in as soon as someone leaves.')
    assert.equal(await patient.locator('[data-testid=room]').getAttribute('data-status'), 'full')
    assert.deepEqual(await accessibilityViolations(patient), [], 'room full')

    /* "Try again" asks now; still full, the message stays (also through the page's own retries, without flickering) */
    await patient.getByTestId('room-retry').click()
    await patient.waitForTimeout(6000)
    assert.isTrue(await full.isVisible())
    const history = await historyOf(patient)
    assert.deepEqual(history.slice(history.indexOf('full')), ['full'], `statuses: ${history.join(', ')}`)

    /* a colleague leaves: the patient joins at once, without waiting for the next retry */
    const left = Date.now()
    await rooms.left(inside[0].claims, inside[0].connection)
    await patient.locator('[data-testid=room][data-status=connected]').waitFor({ timeout: 10_000 }).catch(async (error) => {
      /* what the page went through, for the failure's message */
      console.log(`      patient's page: ${await patient.evaluate(() => JSON.stringify({ statuses: (globalThis as any).__consultRoom?.history, events: (globalThis as any).__consultRoom?.events }))}`)
      throw error
    })
    console.log(`      joined ${Date.now() - left} ms after a place freed up`)
    assert.equal(await full.count(), 0)
  }).timeout(90_000)

  test('an external participant let in while the client is away waits for the client, and joins when the client is in', async ({ assert }) => {
    const organization = await createOrganization()
    const handler = await createUser(organization, 'handler', { fullName: 'Carla Cardio' })
    const { appointment, participant: clientInvitee, token: clientToken } = await plannedAppointment(organization, {
      startsAt: DateTime.utc().minus({ minutes: 2 }),
      handler,
    })
    const { participant: interpreterInvitee, token: externalToken } = await addInterpreter(organization, handler, appointment)

    /* the interpreter waits; the practitioner cannot bring them in before the client is there */
    const external = await waits(browser, organization, externalToken)
    const record = await recordOf(organization, interpreterInvitee)
    assert.isTrue(
      await tenancy.run(organization, async () =>
        new WaitingRoomService(organization).admit(await AgendaScope.of(handler, organization), record.id).then(() => false, () => true)
      ),
      'refused while the client is away'
    )
    /* ...but was let in earlier, and the client's connection dropped since: what their page shows after a reload */
    await tenancy.run(organization, async () => {
      record.admittedAt = clock.now()
      await record.save()
    })
    await external.reload()
    const waiting = external.getByTestId('room-waiting_for_client')
    await waiting.waitFor({ timeout: 15_000 })
    assert.include(await waiting.innerText(), 'You are let in as soon as the client has joined the consultation.')
    assert.equal(await external.locator('[data-testid=room]').getAttribute('data-status'), 'waiting_for_client')
    assert.deepEqual(await accessibilityViolations(external), [], 'waiting for the client')
    await external.getByTestId('room-retry').click()
    await external.waitForTimeout(1000)
    assert.isTrue(await waiting.isVisible(), 'still waiting: the client is not there')

    /* the client arrives and is brought in: the interpreter joins by themselves and sees the client */
    const client = await waits(browser, organization, clientToken)
    await bringIn(organization, handler, clientInvitee)
    await client.locator('[data-testid=room][data-status=connected]').waitFor({ timeout: 15_000 })
    await external.locator('[data-testid=room][data-status=connected]').waitFor({ timeout: 15_000 })
    assert.equal(await waiting.count(), 0)
    await external.locator(`[data-testid=room-tile][data-uid="p${clientInvitee.id}"]`).waitFor({ timeout: 15_000 })
  }).timeout(90_000)
})
