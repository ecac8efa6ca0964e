import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { randomUUID } from 'node:crypto'
import testUtils from '@adonisjs/core/services/test_utils'
import transmit from '@adonisjs/transmit/services/main'
import type { HttpContext } from '@adonisjs/core/http'
import tenancy from '#core/tenancy/tenancy'
import clock from '#core/clock'
import AbandonedConsultations from '#modules/consultation/services/abandoned_consultations'
import type Organization from '#models/organization'
import type User from '#models/user'
import Consultation from '#modules/consultation/models/consultation'
import RoomService, { MAX_ROOM_SIZE } from '#modules/consultation/services/room_service'
import { refreshMediaConnections } from '#modules/consultation/services/media_presence'
import { RoomChannels } from '#modules/consultation/services/room_events'
import type { JoinClaims } from '#modules/consultation/services/join_tokens'
import { createOrganization, createUser } from '#tests/support/world'
import { onOrganization } from '#tests/support/requests'
import { plannedAppointment } from '#modules/agenda/tests/support/agenda_world'
import type { ApiClient } from '@japa/api-client'

/** An appointment starting in 10 minutes, its practitioner, and its client checked in and brought in */
async function roomWithClient(client: ApiClient, settings: Record<string, unknown> = {}, admit = true) {
  const organization = await createOrganization({ settings })
  const handler = await createUser(organization, 'handler', { fullName: 'Hanna Handler' })
  const planned = await plannedAppointment(organization, { startsAt: DateTime.utc().plus({ minutes: 10 }), handler })
  const staff = onOrganization(client, organization, { as: handler })
  const visitor = onOrganization(client, organization)
  const base = { staff: `/appointments/${planned.appointment.id}/room`, visit: `/visit/${planned.token}/room` }
  ;(await visitor.post(`/visit/${planned.token}/check-in`)).assertStatus(200)
  if (admit) {
    const [entry] = (await staff.get('/waiting-room/list')).body().waiting
    ;(await staff.post(`/waiting-room/${entry.id}/admit`)).assertStatus(204)
  }
  return { organization, handler, ...planned, staff, visitor, base }
}

const consultationOf = (organization: Organization) =>
  tenancy.run(organization, async () => (await Consultation.query().orderBy('id', 'desc').firstOrFail()))

const claimsFor = (organization: Organization, consultation: Consultation, uid: string): JoinClaims => ({
  sid: consultation.mediaSession,
  uid,
  name: uid,
  role: uid.startsWith('u') ? 'staff' : 'client',
  org: organization.id,
  exp: 0,
})

test.group('Consultation room | state, streams, presence', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the practitioner and the brought-in client see the same room; who is there comes from the media relay', async ({ client, assert }) => {
    const { organization, handler, participant, staff, visitor, base } = await roomWithClient(client)

    const staffState = await staff.get(`${base.staff}/state`)
    staffState.assertStatus(200)
    assert.equal(staffState.header('cache-control'), 'no-store')
    assert.containsSubset(staffState.body(), {
      consultation: { status: 'open', startedAt: null },
      me: { uid: `u${handler.id}`, name: 'Hanna Handler', role: 'staff', isStaff: true },
      permissions: { end: true, addParticipant: true },
      closing: null,
    })
    const visitorState = (await visitor.get(`${base.visit}/state`)).body()
    assert.containsSubset(visitorState.me, { uid: `p${participant.id}`, role: 'client', isStaff: false })
    assert.isFalse(visitorState.permissions.end)
    assert.isFalse(visitorState.permissions.addParticipant)
    assert.equal(visitorState.consultation.channel, staffState.body().consultation.channel)
    assert.sameMembers(visitorState.participants.map((p: any) => p.uid), [`u${handler.id}`, `p${participant.id}`])
    assert.isTrue(visitorState.participants.every((p: any) => p.present === false))

    /* the relay reports both joining: present, and the consultation starts when the second arrives */
    const consultation = await consultationOf(organization)
    const rooms = new RoomService()
    const staffConnection = await rooms.joined(claimsFor(organization, consultation, `u${handler.id}`))
    assert.isNull((await consultationOf(organization)).startedAt)
    const clientConnection = await rooms.joined(claimsFor(organization, consultation, `p${participant.id}`))
    assert.isString(staffConnection)
    assert.isString(clientConnection)
    const started = (await staff.get(`${base.staff}/state`)).body()
    assert.isNotNull(started.consultation.startedAt)
    assert.isTrue(started.participants.every((p: any) => p.present === true))

    /* a re-join (reload) replaces the connection: the old one closing later changes nothing */
    const rejoined = await rooms.joined(claimsFor(organization, consultation, `p${participant.id}`))
    await rooms.left(claimsFor(organization, consultation, `p${participant.id}`), clientConnection as string)
    const afterOldClose = (await staff.get(`${base.staff}/state`)).body()
    assert.isTrue(afterOldClose.participants.find((p: any) => p.uid === `p${participant.id}`).present)
    await rooms.left(claimsFor(organization, consultation, `p${participant.id}`), rejoined as string)
    const gone = (await staff.get(`${base.staff}/state`)).body()
    assert.isFalse(gone.participants.find((p: any) => p.uid === `p${participant.id}`).present)
  })

  test('a join for an unknown session, person or another organization is not recorded', async ({ client, assert }) => {
    const { organization, participant } = await roomWithClient(client)
    const other = await createOrganization()
    const consultation = await consultationOf(organization)
    const rooms = new RoomService()
    assert.isNull(await rooms.joined({ ...claimsFor(organization, consultation, `p${participant.id}`), org: other.id }))
    assert.isNull(await rooms.joined({ ...claimsFor(organization, consultation, `p${participant.id}`), sid: 'nope' }))
    /* a session that is a consultation: anyone not on its record is put out */
    assert.isFalse(await rooms.joined(claimsFor(organization, consultation, 'p999999')))
    assert.isFalse(await rooms.joined(claimsFor(organization, consultation, 'x1')))
  })

  test('someone sent back or in an ended consultation is put out of the media session, even with a ticket still valid', async ({ client, assert }) => {
    const { organization, handler, participant, staff, base } = await roomWithClient(client)
    ;(await staff.post(`${base.staff}/ticket`)).assertStatus(200)
    const consultation = await consultationOf(organization)
    const rooms = new RoomService()
    assert.isString(await rooms.joined(claimsFor(organization, consultation, `p${participant.id}`)))
    ;(await staff.post(`${base.staff}/send-back`, { uid: `p${participant.id}` })).assertStatus(204)
    assert.isFalse(await rooms.joined(claimsFor(organization, consultation, `p${participant.id}`)), 'not admitted any more')
    assert.isString(await rooms.joined(claimsFor(organization, consultation, `u${handler.id}`)))

    /* ending twice (two tabs, or the sweeper at the same moment) ends once */
    ;(await staff.post(`${base.staff}/end`)).assertStatus(204)
    const endedAt = (await consultationOf(organization)).endedAt!.toISO()
    ;(await staff.post(`${base.staff}/end`)).assertStatus(204)
    await rooms.end(await consultationOf(organization))
    assert.lengthOf(await tenancy.run(organization, async () => await Consultation.query()), 1, 'no new consultation opened by the second end')
    assert.equal((await consultationOf(organization)).endedAt!.toISO(), endedAt)
    assert.isFalse(await rooms.joined(claimsFor(organization, consultation, `u${handler.id}`)), 'nobody joins an ended consultation')
  })

  test('each side announces its camera and screen streams; the others see them by name', async ({ client, assert }) => {
    const { handler, staff, visitor, base } = await roomWithClient(client)
    const camera = randomUUID()
    const screen = `{${randomUUID()}}`
    ;(await staff.post(`${base.staff}/streams`, { camera, screen })).assertStatus(204)
    const seen = (await visitor.get(`${base.visit}/state`)).body()
    assert.deepEqual(seen.participants.find((p: any) => p.uid === `u${handler.id}`).streams, { camera, screen })
    ;(await staff.post(`${base.staff}/streams`, { screen: null })).assertStatus(204)
    const stopped = (await visitor.get(`${base.visit}/state`)).body()
    assert.deepEqual(stopped.participants.find((p: any) => p.uid === `u${handler.id}`).streams, { camera, screen: null })

    const bad = await visitor.post(`${base.visit}/streams`, { camera: '<script>' }).header('accept', 'application/json')
    bad.assertStatus(422)
  })

  test('an invitee not brought in, an unknown link, a colleague and another organization get nothing', async ({ client, assert }) => {
    const { organization, appointment, token, visitor, base } = await roomWithClient(client, {}, false)
    ;(await visitor.get(`${base.visit}/state`)).assertStatus(403)
    ;(await visitor.post(`${base.visit}/ticket`)).assertStatus(403)
    ;(await visitor.get('/visit/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/room/state')).assertStatus(404)

    const colleague = await createUser(organization, 'handler')
    const asColleague = onOrganization(client, organization, { as: colleague })
    ;(await asColleague.get(`${base.staff}/state`)).assertStatus(403)
    ;(await asColleague.post(`${base.staff}/end`)).assertStatus(403)
    ;(await asColleague.get(base.staff)).assertStatus(403)

    const other = await createOrganization()
    const otherAdmin = await createUser(other, 'org_admin')
    ;(await onOrganization(client, other, { as: otherAdmin }).get(`${base.staff}/state`)).assertStatus(404)
    ;(await onOrganization(client, other, { as: otherAdmin }).get(base.staff)).assertStatus(404)
    ;(await onOrganization(client, other).get(`/visit/${token}/room/state`)).assertStatus(404)
    ;(await onOrganization(client, other).post(`/visit/${token}/check-in`)).assertStatus(404)
    assert.exists(appointment)
  })

  test('the practitioner ends the consultation: duration on record, the client sees the closing screen and does not wait again', async ({ client, assert }) => {
    const settings = { evaluation_survey: true, evaluation_survey_url: 'https://survey.example/q' }
    const { organization, handler, participant, token, staff, visitor, base } = await roomWithClient(client, settings)
    ;(await staff.post(`${base.staff}/ticket`)).assertStatus(200)
    const consultation = await consultationOf(organization)
    const rooms = new RoomService()
    await rooms.joined(claimsFor(organization, consultation, `u${handler.id}`))
    await rooms.joined(claimsFor(organization, consultation, `p${participant.id}`))

    ;(await visitor.post(`${base.visit}/end`)).assertStatus(403)
    ;(await staff.post(`${base.staff}/end`)).assertStatus(204)

    const ended = await consultationOf(organization)
    assert.equal(ended.status, 'ended')
    assert.isNotNull(ended.endedAt)
    assert.isAtLeast(ended.durationSeconds!, 0)
    const records = await tenancy.run(organization, async () => await ended.related('participants').query().orderBy('role'))
    assert.deepEqual(records.map((record) => [record.role, record.mediaConnection, record.leftAt !== null]), [['client', null, true], ['staff', null, true]])

    /* the practitioner's page reads the end too, without opening a new consultation */
    assert.equal((await staff.get(`${base.staff}/state`)).body().consultation.status, 'ended')
    assert.lengthOf(await tenancy.run(organization, async () => await Consultation.query()), 1)

    const closing = (await visitor.get(`${base.visit}/state`)).body()
    assert.equal(closing.consultation.status, 'ended')
    assert.equal(closing.closing.surveyUrl, 'https://survey.example/q')
    ;(await visitor.post(`${base.visit}/ticket`)).assertStatus(410)
    const again = await visitor.post(`/visit/${token}/check-in`)
    again.assertStatus(410)
    assert.equal(again.body().error, 'ended')
    assert.lengthOf((await staff.get('/waiting-room/list')).body().waiting, 0)
  })

  test('force start: only when the organization allows it; a client checking in afterwards goes straight in', async ({ client, assert }) => {
    const off = await roomWithClient(client, {}, false)
    ;(await off.staff.post(`${off.base.staff}/force-start`)).assertStatus(403)

    const on = await roomWithClient(client, { allow_force_start: true }, false)
    assert.isTrue((await on.staff.get(`${on.base.staff}/state`)).body().permissions.forceStart)
    ;(await on.visitor.post(`${on.base.visit}/force-start`)).assertStatus(403)
    ;(await on.staff.post(`${on.base.staff}/force-start`)).assertStatus(204)
    const state = (await on.staff.get(`${on.base.staff}/state`)).body()
    assert.isFalse(state.permissions.forceStart)
    assert.isNotNull(state.consultation.startedAt)
    assert.isTrue((await on.visitor.post(`/visit/${on.token}/check-in`)).body().admitted)
    ;(await on.visitor.post(`${on.base.visit}/ticket`)).assertStatus(200)
  })
})

test.group('Consultation room | real-time channels for patients', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  /* What the subscribe route hands to the rules: the request's organization, user and session */
  const contextOf = (organization: Organization, user: User | null, grants: string[]) =>
    ({
      organization,
      auth: { user: user ?? undefined },
      session: { get: (key: string, fallback: unknown) => (key === 'room_channels' ? grants : fallback) },
    }) as unknown as HttpContext
  const mayListen = (channel: string, context: HttpContext) => transmit.getManager().verifyAccess(channel, context)

  test('check-in and the room grant a patient their own channels; nobody else gets them', async ({ client, assert }) => {
    const { organization, participant, visitor, base } = await roomWithClient(client)
    const inviteeChannel = RoomChannels.invitee(organization.slug, participant.id)
    const state = await visitor.get(`${base.visit}/state`)
    const roomChannel = state.body().consultation.channel
    assert.deepInclude(state.session().room_channels ?? [], roomChannel)

    assert.isTrue(await mayListen(inviteeChannel, contextOf(organization, null, [inviteeChannel])))
    assert.isTrue(await mayListen(roomChannel, contextOf(organization, null, [roomChannel])))
    assert.isFalse(await mayListen(roomChannel, contextOf(organization, null, [])))
    assert.isFalse(await mayListen(RoomChannels.invitee(organization.slug, participant.id + 1), contextOf(organization, null, [inviteeChannel])))
    /* a grant names the organization: another subdomain does not honour it */
    const other = await createOrganization()
    assert.isFalse(await mayListen(roomChannel, contextOf(other, null, [roomChannel])))
    /* staff channels need a login */
    assert.isFalse(await mayListen(`organizations/${organization.slug}/staff`, contextOf(organization, null, [])))
  })

  test('the check-in answer names the channel and the session keeps the grant', async ({ client, assert }) => {
    const { organization, participant, token } = await roomWithClient(client, {}, false)
    const response = await onOrganization(client, organization).post(`/visit/${token}/check-in`)
    const channel = RoomChannels.invitee(organization.slug, participant.id)
    assert.equal(response.body().channel, channel)
    assert.deepInclude(response.session().room_channels, channel)
  })

  test('visitors reach the subscribe route, but a channel name without a rule is refused before transmit sees it', async ({ client, assert }) => {
    const organization = await createOrganization()
    const visitor = onOrganization(client, organization)
    const subscribe = (channel: string) => visitor.post('/__transmit/subscribe', { uid: randomUUID(), channel })
    const unknown = await subscribe(`organizations/${organization.slug}/anything-else`)
    unknown.assertStatus(401)
    assert.equal(unknown.body().error, 'unknown_channel')
    ;(await subscribe('public')).assertStatus(401)
    ;(await visitor.post('/__transmit/subscribe', { uid: randomUUID() })).assertStatus(401)
    /* known names go on to their rules (400 here: this uid has no open event stream to add them to) */
    assert.notEqual((await subscribe(`organizations/${organization.slug}/waiting-room/all`)).status(), 401)
    assert.notEqual((await subscribe(`organizations/${organization.slug}/invitees/12`)).status(), 401)
  })
})

test.group('Consultation room | consultations nobody ended', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.teardown(() => clock.reset())

  test('once the link has closed and everyone has left, the consultation ends as of the last leave', async ({ client, assert }) => {
    const { organization, handler, participant, appointment, staff, base } = await roomWithClient(client)
    ;(await staff.post(`${base.staff}/ticket`)).assertStatus(200)
    const consultation = await consultationOf(organization)
    const rooms = new RoomService()
    const staffConnection = await rooms.joined(claimsFor(organization, consultation, `u${handler.id}`))
    const clientConnection = await rooms.joined(claimsFor(organization, consultation, `p${participant.id}`))

    /* still connected, or the link still open: left alone */
    const sweeper = new AbandonedConsultations()
    assert.equal(await sweeper.run(), 0)
    await rooms.left(claimsFor(organization, consultation, `p${participant.id}`), clientConnection as string)
    await rooms.left(claimsFor(organization, consultation, `u${handler.id}`), staffConnection as string)
    assert.equal(await sweeper.run(), 0, 'the link is still open: they may come back')

    clock.travelTo(appointment.endsAt.plus({ minutes: 61 }))
    assert.equal(await sweeper.run(), 1)
    const ended = await consultationOf(organization)
    assert.equal(ended.status, 'ended')
    assert.isBelow(Math.abs(ended.endedAt!.toMillis() - DateTime.now().toMillis()), 60_000, 'ended when they left, not when swept')
    assert.equal(await sweeper.run(), 0, 'running again changes nothing')
  })

  test('a connection its app instance no longer refreshes does not keep a closed consultation open', async ({ client, assert }) => {
    const { organization, handler, appointment, staff, base } = await roomWithClient(client)
    ;(await staff.post(`${base.staff}/ticket`)).assertStatus(200)
    const consultation = await consultationOf(organization)
    const connection = await new RoomService().joined(claimsFor(organization, consultation, `u${handler.id}`))
    clock.travelTo(appointment.endsAt.plus({ minutes: 61 }))
    await refreshMediaConnections([connection as string])
    assert.equal(await new AbandonedConsultations().run(), 0, 'its instance still says it is connected: maybe still talking')
    clock.travelTo(appointment.endsAt.plus({ hours: 3 }))
    assert.equal(await new AbandonedConsultations().run(), 1)
  })
})

test.group('Consultation room | a full room', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('with six people connected a seventh gets "room full"; someone already in may re-join', async ({ client, assert }) => {
    const { organization, handler, participant, staff, visitor, base } = await roomWithClient(client)
    ;(await staff.post(`${base.staff}/ticket`)).assertStatus(200)
    const consultation = await consultationOf(organization)
    const rooms = new RoomService()
    await rooms.joined(claimsFor(organization, consultation, `u${handler.id}`))
    /* five colleagues (org admins may enter any room) fill it */
    for (let i = 0; i < MAX_ROOM_SIZE - 1; i++) {
      const admin = await createUser(organization, 'org_admin')
      ;(await onOrganization(client, organization, { as: admin }).post(`${base.staff}/ticket`)).assertStatus(200)
      await rooms.joined(claimsFor(organization, consultation, `u${admin.id}`))
    }
    const present = (await staff.get(`${base.staff}/state`)).body().participants.filter((p: any) => p.present)
    assert.lengthOf(present, MAX_ROOM_SIZE)
    const full = await visitor.post(`${base.visit}/ticket`)
    full.assertStatus(409)
    assert.equal(full.body().error, 'room_full')
    ;(await staff.post(`${base.staff}/ticket`)).assertStatus(200)
    assert.exists(participant)
  })
})

test.group('Consultation room | send back to the waiting room', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the practitioner sends the client back: no ticket any more, on the waiting list again; nobody else may', async ({ client, assert }) => {
    const { organization, participant, token, staff, visitor, base } = await roomWithClient(client)
    ;(await visitor.post(`${base.visit}/ticket`)).assertStatus(200)

    ;(await visitor.post(`${base.visit}/send-back`, { uid: `p${participant.id}` })).assertStatus(403)
    ;(await staff.post(`${base.staff}/send-back`, { uid: 'u1' }).header('accept', 'application/json')).assertStatus(422)
    ;(await staff.post(`${base.staff}/send-back`, { uid: `p${participant.id + 1000}` })).assertStatus(404)
    const other = await roomWithClient(client)
    ;(await staff.post(`${base.staff}/send-back`, { uid: `p${other.participant.id}` })).assertStatus(404)

    ;(await staff.post(`${base.staff}/send-back`, { uid: `p${participant.id}` })).assertStatus(204)
    ;(await visitor.post(`${base.visit}/ticket`)).assertStatus(403)
    assert.isFalse((await visitor.post(`/visit/${token}/check-in`)).body().admitted)
    const waiting = (await staff.get('/waiting-room/list')).body().waiting
    assert.deepEqual(waiting.map((entry: any) => entry.appointmentId), [participant.appointmentId])
    assert.exists(organization)
  })
})
