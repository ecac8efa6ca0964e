import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import clock from '#core/clock'
import tenancy from '#core/tenancy/tenancy'
import type Organization from '#models/organization'
import AgendaScope from '#modules/agenda/services/agenda_scope'
import AppointmentService from '#modules/agenda/services/appointment_service'
import AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import ExternalParticipant from '#modules/agenda/models/external_participant'
import { AccessLinks } from '#modules/agenda/services/access_link'
import { createClient, plannedAppointment } from '#modules/agenda/tests/support/agenda_world'
import ConsultationParticipant from '#modules/consultation/models/consultation_participant'
import RoomService from '#modules/consultation/services/room_service'
import WaitingRoomService from '#modules/consultation/services/waiting_room_service'
import { chromiumPath, CHROMIUM_FLAGS } from '#tests/support/chromium'
import { createOrganization, createUser, urlOf } from '#tests/support/world'
import { accessibilityViolations } from '#tests/support/axe'
import { addInterpreter } from '#modules/consultation/tests/support/room_browser'

/*
 * An external participant (an interpreter) who opens their link before the
 * client is there reads that they wait for the client to arrive (not who the
 * client is), in their language; the page moves on by itself once the client
 * is in the room, and goes back to saying so when the client leaves.
 */

const contexts: BrowserContext[] = []
async function interpreterPage(browser: Browser, organization: Organization, token: string, locale = 'en-GB') {
  const context = await browser.newContext({ locale })
  contexts.push(context)
  const page = await context.newPage()
  /* other test runs' Vite reloads must not reload this page mid-test */
  await page.routeWebSocket((url) => !url.pathname.startsWith('/media/signal'), (ws) => ws.close())
  await page.goto(urlOf(organization, `/visit/${token}`))
  await page.getByTestId('devices-skip').click({ timeout: 15_000 })
  return page
}

/**
 * The client in the media session or not, through the relay's own join and
 * leave hooks (RoomService.joined/left); let in first, as the relay asks
 */
const connections = new Map<number, string>()
async function clientInRoom(organization: Organization, participant: AppointmentParticipant, present: boolean) {
  const consultation = await tenancy.run(organization, async () => {
    const invitee = await AppointmentParticipant.query().where('id', participant.id).preload('appointment').firstOrFail()
    await new WaitingRoomService(organization).checkIn(invitee)
    const record = await ConsultationParticipant.query().where('appointment_participant_id', participant.id).preload('consultation').firstOrFail()
    if (!record.admittedAt) {
      record.admittedAt = clock.now()
      await record.save()
    }
    return record.consultation
  })
  const claims = { sid: consultation.mediaSession, uid: `p${participant.id}`, name: 'client', role: 'client' as const, org: organization.id, exp: 0 }
  if (present) {
    const connection = await new RoomService().joined(claims)
    if (typeof connection !== 'string') throw new Error('the client could not join')
    connections.set(participant.id, connection)
  } else {
    await new RoomService().left(claims, connections.get(participant.id)!)
  }
}

const presence = (page: Page) => page.getByTestId('visit-presence')

test.group('Waiting room | an external participant waits for the client', (group) => {
  let browser: Browser
  group.setup(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS })
    return () => browser.close()
  })
  group.setup(() => testUtils.db().truncate())
  group.each.teardown(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close().catch(() => {})))
  })

  test('the interpreter reads "waiting for the client to arrive", and the page moves on by itself when the client is in', async ({ assert }) => {
    const organization = await createOrganization()
    const handler = await createUser(organization, 'handler', { fullName: 'Carla Cardio' })
    const patient = await createClient(organization, { initials: 'Z.', lastName: 'Zorgvrager' })
    const { appointment, participant: clientInvitee } = await plannedAppointment(organization, {
      startsAt: DateTime.utc().minus({ minutes: 2 }),
      handler,
      client: patient,
    })
    const { participant: interpreterInvitee, token: token } = await addInterpreter(organization, handler, appointment)

    const page = await interpreterPage(browser, organization, token)
    const waitingForClient = page.locator('[data-testid=visit-presence][data-presence=waiting][data-waiting-for=client]')
    await waitingForClient.waitFor({ timeout: 15_000 })
    assert.include(await presence(page).innerText(), 'waiting for the client to arrive')
    assert.notInclude(await page.getByTestId('visit-waiting-room').innerText(), 'Zorgvrager', 'the client is not named')
    assert.deepEqual(await accessibilityViolations(page), [], 'waiting for the client')

    /* the client is in the room: the page says so by itself (no reload), the ordinary waiting text */
    await clientInRoom(organization, clientInvitee, true)
    await page.locator('[data-testid=visit-presence][data-presence=waiting]:not([data-waiting-for])').waitFor({ timeout: 12_000 })
    assert.include(await presence(page).innerText(), 'the practitioner will let you in')

    /* the client left again before the interpreter was let in: waiting for the client once more */
    await clientInRoom(organization, clientInvitee, false)
    await waitingForClient.waitFor({ timeout: 12_000 })

    /* the client is back and the practitioner brings the interpreter in: into the room, without a reload */
    await clientInRoom(organization, clientInvitee, true)
    await page.locator('[data-testid=visit-presence]:not([data-waiting-for])').waitFor({ timeout: 12_000 })
    const record = await tenancy.run(organization, async () =>
      await ConsultationParticipant.query().where('appointment_participant_id', interpreterInvitee.id).firstOrFail()
    )
    await tenancy.run(organization, async () => new WaitingRoomService(organization).admit(await AgendaScope.of(handler, organization), record.id))
    await page.getByTestId('room').waitFor({ timeout: 15_000 })
    assert.equal(await page.getByTestId('visit-waiting-room').count(), 0)
  }).timeout(90_000)

  test('in Dutch, German and Polish too', async ({ assert }) => {
    const organization = await createOrganization()
    const handler = await createUser(organization, 'handler', { fullName: 'Carla Cardio' })
    const { appointment } = await plannedAppointment(organization, { startsAt: DateTime.utc().minus({ minutes: 2 }), handler })
    const ctx = await testUtils.createHttpContext()
    const expected = {
      nl: 'we wachten tot de cliënt aankomt',
      de: 'wir warten, bis die Klientin oder der Klient eintrifft',
      pl: 'czekamy na przybycie klienta',
    } as const
    for (const [locale, text] of Object.entries(expected)) {
      const [added] = await tenancy.run(organization, async () => {
        const guest = await ExternalParticipant.create({
          initials: 'G.',
          lastName: `Gast ${locale}`,
          dateOfBirth: '',
          email: `guest-${locale}@example.test`,
          clientNumber: null,
          phone: null,
          locale,
        })
        return new AppointmentService(ctx, organization, await AgendaScope.of(handler, organization)).addInvitees(appointment, {
          externalParticipantIds: [guest.id],
        })
      })
      const page = await interpreterPage(browser, organization, AccessLinks.tokenOf(added.participant)!, locale)
      await page.locator('[data-testid=visit-presence][data-waiting-for=client]').waitFor({ timeout: 15_000 })
      assert.include(await presence(page).innerText(), text, locale)
      assert.equal(await page.locator('html').getAttribute('lang'), locale)
    }
  }).timeout(90_000)
})
