import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import clock from '#core/clock'
import tenancy from '#core/tenancy/tenancy'
import type Organization from '#models/organization'
import Consultation from '#modules/consultation/models/consultation'
import ConsultationParticipant from '#modules/consultation/models/consultation_participant'
import RoomService, { MAX_ROOM_SIZE } from '#modules/consultation/services/room_service'
import AbandonedConsultations from '#modules/consultation/services/abandoned_consultations'
import { mayEnterNow } from '#modules/consultation/services/entry_rule'
import type { JoinClaims } from '#modules/consultation/services/join_tokens'
import { MEDIA_PRESENCE_REFRESH_SECONDS, MEDIA_PRESENCE_STALE_SECONDS, MediaPresenceTracker } from '#modules/consultation/services/media_presence'
import { consultationOf, roomWithClient } from '#modules/consultation/tests/support/room_world'
import { onOrganization } from '#tests/support/requests'
import { createUser } from '#tests/support/world'

const claimsFor = (organization: Organization, consultation: Consultation, uid: string): JoinClaims => ({
  sid: consultation.mediaSession,
  uid,
  name: uid,
  role: uid.startsWith('u') ? 'staff' : 'client',
  org: organization.id,
  exp: 0,
})

/** An app instance's relay hooks: what it joins it holds, and refreshes */
function instance() {
  const presence = new MediaPresenceTracker()
  const hooks = RoomService.presenceHooks(() => {}, presence)
  return {
    presence,
    async join(claims: JoinClaims) {
      const connection = await hooks.onJoined(claims)
      if (typeof connection !== 'string') throw new Error(`${claims.uid} could not join`)
      return connection
    },
  }
}

const seenAtOf = (organization: Organization, uid: string) =>
  tenancy.run(organization, async () => {
    const record = await ConsultationParticipant.query()
      .where(uid.startsWith('u') ? 'user_id' : 'appointment_participant_id', Number(uid.slice(1)))
      .orderBy('id', 'desc')
      .firstOrFail()
    return record.mediaSeenAt?.toISO() ?? null
  })

test.group('Consultation room | presence after an app instance died', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.teardown(() => clock.reset())

  test('a room filled by the connections of an instance that died has room again once they go unrefreshed; refreshed ones keep their place', async ({ client, assert }) => {
    const { organization, holder, staff, visitor, base } = await roomWithClient(client)
    ;(await staff.post(`${base.staff}/ticket`)).assertStatus(200)
    const consultation = await consultationOf(organization)
    const alive = instance()
    const dead = instance()

    /* the practitioner and two colleagues on the instance that lives on, three colleagues on one that will die */
    const aliveUids = [`u${holder.id}`]
    const deadUids: string[] = []
    await alive.join(claimsFor(organization, consultation, `u${holder.id}`))
    for (let i = 0; i < MAX_ROOM_SIZE - 1; i++) {
      const admin = await createUser(organization, 'org_admin')
      ;(await onOrganization(client, organization, { as: admin }).post(`${base.staff}/ticket`)).assertStatus(200)
      const side = i < 2 ? alive : dead
      await side.join(claimsFor(organization, consultation, `u${admin.id}`))
      ;(i < 2 ? aliveUids : deadUids).push(`u${admin.id}`)
    }
    assert.equal((await visitor.post(`${base.visit}/ticket`)).body().error, 'room_full')
    const deadSeen = await Promise.all(deadUids.map((uid) => seenAtOf(organization, uid)))

    /* the instance that lives refreshes its own three connections, and only those, in one go */
    const start = clock.now()
    clock.travelTo(start.plus({ seconds: MEDIA_PRESENCE_REFRESH_SECONDS }))
    assert.equal(await alive.presence.refresh(), 3)
    clock.travelTo(start.plus({ seconds: 2 * MEDIA_PRESENCE_REFRESH_SECONDS }))
    assert.equal(await alive.presence.refresh(), 3)
    assert.deepEqual(await Promise.all(deadUids.map((uid) => seenAtOf(organization, uid))), deadSeen, 'the dead instance\'s rows untouched')
    assert.equal((await visitor.post(`${base.visit}/ticket`)).body().error, 'room_full', 'within the window: still full')

    /* the other instance died: its connections were not refreshed for three intervals */
    clock.travelTo(start.plus({ seconds: MEDIA_PRESENCE_STALE_SECONDS + 10 }))
    const state = (await staff.get(`${base.staff}/state`)).body()
    const present = state.participants.filter((participant: any) => participant.present).map((participant: any) => participant.uid)
    assert.sameMembers(present, aliveUids)
    ;(await visitor.post(`${base.visit}/ticket`)).assertStatus(200)
  })

  test('the client counts as present for external invitees only while their connection is refreshed', async ({ client, assert }) => {
    const { organization, participant, staff, base } = await roomWithClient(client)
    ;(await staff.post(`${base.staff}/ticket`)).assertStatus(200)
    const consultation = await consultationOf(organization)
    const external = { role: 'external', consultationId: consultation.id }
    const may = () => tenancy.run(organization, () => mayEnterNow(external))
    const clientPresentInState = async () =>
      (await staff.get(`${base.staff}/state`)).body().participants.find((p: any) => p.uid === `p${participant.id}`).present

    assert.isFalse(await may(), 'no client yet')
    const clientSide = instance()
    await clientSide.join(claimsFor(organization, consultation, `p${participant.id}`))
    assert.isTrue(await may())
    assert.isTrue(await clientPresentInState())

    /* refreshed every interval: still present long after the join */
    const start = clock.now()
    for (let i = 1; i <= 6; i++) {
      clock.travelTo(start.plus({ seconds: i * MEDIA_PRESENCE_REFRESH_SECONDS }))
      await clientSide.presence.refresh()
    }
    clock.travelTo(start.plus({ seconds: 6 * MEDIA_PRESENCE_REFRESH_SECONDS + 5 }))
    assert.isTrue(await may())
    assert.isTrue(await clientPresentInState())

    /* the client's instance dies: no refresh, and after the window the client is not there any more */
    clock.travelTo(start.plus({ seconds: 6 * MEDIA_PRESENCE_REFRESH_SECONDS + MEDIA_PRESENCE_STALE_SECONDS + 1 }))
    assert.isFalse(await may(), 'externals wait again')
    assert.isFalse(await clientPresentInState())
  })

  test('a connection closed on this instance is not refreshed any more; an instance holding nothing sends no query', async ({ client, assert }) => {
    const { organization, holder, participant, staff, base } = await roomWithClient(client)
    ;(await staff.post(`${base.staff}/ticket`)).assertStatus(200)
    const consultation = await consultationOf(organization)
    const presence = new MediaPresenceTracker()
    const hooks = RoomService.presenceHooks(() => {}, presence)
    const staffJoin = hooks.onJoined(claimsFor(organization, consultation, `u${holder.id}`))
    const clientJoin = hooks.onJoined(claimsFor(organization, consultation, `p${participant.id}`))
    const [staffConnection, clientConnection] = await Promise.all([staffJoin, clientJoin])
    assert.sameMembers(presence.connections(), [staffConnection, clientConnection])

    hooks.onClosed(claimsFor(organization, consultation, `p${participant.id}`), 'socket closed', clientJoin)
    /* the leave is recorded after the join's promise settles */
    for (let i = 0; i < 50 && presence.connections().length > 1; i++) await new Promise((resolve) => setImmediate(resolve))
    assert.deepEqual(presence.connections(), [staffConnection])
    assert.equal(await presence.refresh(), 1)
    assert.equal(await new MediaPresenceTracker().refresh(), 0)
  })

  test('the sweeper ends a closed consultation whose only connection was left behind by an instance that died', async ({ client, assert }) => {
    const { organization, holder, appointment, staff, base } = await roomWithClient(client)
    ;(await staff.post(`${base.staff}/ticket`)).assertStatus(200)
    const consultation = await consultationOf(organization)
    const side = instance()
    await side.join(claimsFor(organization, consultation, `u${holder.id}`))

    /* the link has closed, but the practitioner's instance still refreshes: maybe still talking */
    clock.travelTo(appointment.endsAt.plus({ minutes: 61 }))
    await side.presence.refresh()
    assert.equal(await new AbandonedConsultations().run(), 0)

    /* the instance died right after that refresh: ended, as of the last sign of life */
    const lastSeen = clock.now()
    clock.travelTo(lastSeen.plus({ seconds: MEDIA_PRESENCE_STALE_SECONDS + 1 }))
    assert.equal(await new AbandonedConsultations().run(), 1)
    const ended = await consultationOf(organization)
    assert.equal(ended.status, 'ended')
    assert.isBelow(Math.abs(ended.endedAt!.toMillis() - lastSeen.toMillis()), 2000)
  })
})

test.group('Consultation room | camera off and re-joins', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an old "camera off" does not outlive a leave or a re-join', async ({ client, assert }) => {
    const { organization, holder, staff, visitor, participant, base } = await roomWithClient(client)
    ;(await staff.post(`${base.staff}/ticket`)).assertStatus(200)
    const consultation = await consultationOf(organization)
    const rooms = new RoomService()
    const cameraOffOf = async (uid: string) =>
      (await staff.get(`${base.staff}/state`)).body().participants.find((p: any) => p.uid === uid).cameraOff as boolean
    const clientClaims = claimsFor(organization, consultation, `p${participant.id}`)
    await rooms.joined(claimsFor(organization, consultation, `u${holder.id}`))

    /* turned off, then the client leaves: off no more */
    const first = await rooms.joined(clientClaims)
    ;(await visitor.post(`${base.visit}/camera`, { off: true })).assertStatus(204)
    assert.isTrue(await cameraOffOf(`p${participant.id}`))
    await rooms.left(clientClaims, first as string)
    assert.isFalse(await cameraOffOf(`p${participant.id}`))

    /* turned off, then a re-join replaces the connection (a reload): starts with the camera on */
    await rooms.joined(clientClaims)
    ;(await visitor.post(`${base.visit}/camera`, { off: true })).assertStatus(204)
    assert.isTrue(await cameraOffOf(`p${participant.id}`))
    await rooms.joined(clientClaims)
    assert.isFalse(await cameraOffOf(`p${participant.id}`))
    /* the page says it again after its join */
    ;(await visitor.post(`${base.visit}/camera`, { off: true })).assertStatus(204)
    assert.isTrue(await cameraOffOf(`p${participant.id}`))
  })
})

test.group('Consultation room | which media server served it', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the embedded SFU stays "embedded"; an external node is put on record at the first join and kept', async ({ client, assert }) => {
    const { organization, holder, participant, staff, base } = await roomWithClient(client)
    ;(await staff.post(`${base.staff}/ticket`)).assertStatus(200)
    const consultation = await consultationOf(organization)
    assert.equal(consultation.mediaNode, 'embedded')
    const rooms = new RoomService()
    await rooms.joined(claimsFor(organization, consultation, `u${holder.id}`))
    assert.equal((await consultationOf(organization)).mediaNode, 'embedded')

    /* the same consultation's session on external nodes (SFU_URLS): the node the first join went to */
    await tenancy.run(organization, async () => {
      consultation.mediaNode = 'external'
      await consultation.save()
    })
    await rooms.joined(claimsFor(organization, consultation, `p${participant.id}`), 'sfu-2.example.test:7000')
    assert.equal((await consultationOf(organization)).mediaNode, 'sfu-2.example.test:7000')
    /* a later join elsewhere (the node failed over) does not rewrite who served it */
    await rooms.joined(claimsFor(organization, consultation, `u${holder.id}`), 'sfu-3.example.test:7000')
    assert.equal((await consultationOf(organization)).mediaNode, 'sfu-2.example.test:7000')
  })
})
