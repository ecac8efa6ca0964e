import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import testUtils from '@adonisjs/core/services/test_utils'
import transmit from '@adonisjs/transmit/services/main'
import tenancy from '#core/tenancy/tenancy'
import ConsultationMessage from '#modules/consultation/models/consultation_message'
import { cleanUpRoom } from '#modules/consultation/services/room_cleanup'
import { RoomChannels } from '#modules/consultation/services/room_events'
import { CHAT_MESSAGES_PER_MINUTE } from '#modules/consultation/controllers/room_chat_controller'
import { onOrganization } from '#tests/support/requests'
import { consultationOf, roomWithClient } from '#modules/consultation/tests/support/room_world'

/** Collects what goes out on the real-time channels while a test runs */
function recordBroadcasts() {
  const sent: { channel: string; payload: unknown }[] = []
  const original = transmit.broadcast
  transmit.broadcast = ((channel: string, payload: unknown) => sent.push({ channel, payload })) as typeof transmit.broadcast
  return {
    sent,
    restore: () => {
      transmit.broadcast = original
    },
  }
}

test.group('Consultation room | chat', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the practitioner and the brought-in client chat; names, times, text encrypted at rest; a content-free ping', async ({ client, assert, cleanup }) => {
    const { organization, holder, participant, staff, visitor, base } = await roomWithClient(client)
    const consultation = await consultationOf(organization)
    const broadcasts = recordBroadcasts()
    cleanup(broadcasts.restore)

    const sent = await staff.post(`${base.staff}/messages`, { body: '  Hello, can you hear me?  ' })
    sent.assertStatus(201)
    assert.containsSubset(sent.body().message, { uid: `u${holder.id}`, name: 'Carla Cardio', body: 'Hello, can you hear me?', mine: true, isStaff: true })
    ;(await visitor.post(`${base.visit}/messages`, { body: 'Yes!\nLoud and clear.' })).assertStatus(201)

    const seen = await visitor.get(`${base.visit}/messages`)
    seen.assertStatus(200)
    assert.equal(seen.header('cache-control'), 'no-store')
    assert.isTrue(seen.body().canPost)
    const messages = seen.body().messages
    assert.deepEqual(messages.map((m: any) => [m.name, m.body, m.mine]), [
      ['Carla Cardio', 'Hello, can you hear me?', false],
      [participant.person?.displayName ?? messages[1].name, 'Yes!\nLoud and clear.', true],
    ])
    assert.match(messages[1].name, /^J\. Jansen\d+$/)
    assert.equal(messages[1].uid, `p${participant.id}`)
    assert.isTrue(Number.isFinite(Date.parse(messages[0].createdAt)))
    assert.lengthOf((await staff.get(`${base.staff}/messages`)).body().messages, 2)

    const raw = await db.from('consultation_messages').where('consultation_id', consultation.id).orderBy('id')
    assert.lengthOf(raw, 2)
    assert.notInclude(raw[0].body, 'hear me')
    assert.notInclude(String(raw[0].sender_name), 'Carla')
    assert.equal(raw[0].organization_id, organization.id)

    const channel = RoomChannels.consultation(organization.slug, consultation.mediaSession)
    assert.deepEqual(
      broadcasts.sent.filter((b) => b.channel === channel),
      [{ channel, payload: { type: 'messages' } }, { channel, payload: { type: 'messages' } }],
      'only the kind of change travels, never the text'
    )
  })

  test('empty, blank or too long messages are refused with a translated reason', async ({ client, assert }) => {
    const { staff, visitor, base } = await roomWithClient(client)
    const empty = await staff.post(`${base.staff}/messages`, { body: '   ' }).header('accept', 'application/json')
    empty.assertStatus(422)
    assert.equal(empty.body().errors[0].message, 'Type a message first.')
    const missing = await visitor.post(`${base.visit}/messages`, {}).header('accept', 'application/json').header('accept-language', 'nl')
    missing.assertStatus(422)
    assert.equal(missing.body().errors[0].message, 'Typ eerst een bericht.')
    const long = await visitor.post(`${base.visit}/messages`, { body: 'x'.repeat(2001) }).header('accept', 'application/json').header('accept-language', 'de')
    long.assertStatus(422)
    assert.equal(long.body().errors[0].message, 'Eine Nachricht darf höchstens 2000 Zeichen lang sein.')
    ;(await visitor.post(`${base.visit}/messages`, { body: 'x'.repeat(2000) })).assertStatus(201)
    assert.lengthOf((await staff.get(`${base.staff}/messages`)).body().messages, 1)
  })

  test('a waiting client chats only where the organization allows chat in the waiting room', async ({ client, assert }) => {
    const open = await roomWithClient(client, { chat_in_waiting_room: true }, false)
    const openList = await open.visitor.get(`${open.base.visit}/messages`)
    openList.assertStatus(200)
    assert.isTrue(openList.body().canPost)
    ;(await open.visitor.post(`${open.base.visit}/messages`, { body: 'I am here' })).assertStatus(201)
    assert.equal((await open.staff.get(`${open.base.staff}/messages`)).body().messages[0].body, 'I am here')

    const closed = await roomWithClient(client, { chat_in_waiting_room: false }, false)
    const refused = await closed.visitor.post(`${closed.base.visit}/messages`, { body: 'I am here' })
    refused.assertStatus(403)
    assert.equal(refused.body().message, 'Chat is not available in the waiting room.')
    const readOnly = await closed.visitor.get(`${closed.base.visit}/messages`)
    readOnly.assertStatus(200)
    assert.isFalse(readOnly.body().canPost)
    assert.lengthOf(readOnly.body().messages, 0)

    /* once brought in, the same client writes */
    ;(await closed.staff.post(`/waiting-room/${closed.waitingId}/admit`)).assertStatus(204)
    ;(await closed.visitor.post(`${closed.base.visit}/messages`, { body: 'Now I am in' })).assertStatus(201)
  })

  test('a message to a waiting client reaches them even without waiting-room chat; only those who may let them in send it', async ({ client, assert, cleanup }) => {
    const { organization, participant, holder, colleague, staff, visitor, base, waitingId } = await roomWithClient(client, { chat_in_waiting_room: false }, false)
    const broadcasts = recordBroadcasts()
    cleanup(broadcasts.restore)

    const sent = await staff.post(`/waiting-room/${waitingId}/message`, { body: 'I am running 5 minutes late, sorry.' })
    sent.assertStatus(201)
    assert.containsSubset(sent.body().message, { direct: true, name: 'Carla Cardio' })
    const seen = await visitor.get(`${base.visit}/messages`)
    assert.isFalse(seen.body().canPost)
    assert.containsSubset(seen.body().messages, [{ body: 'I am running 5 minutes late, sorry.', name: 'Carla Cardio', isStaff: true, direct: true, mine: false }])
    assert.include(
      broadcasts.sent.map((b) => b.channel),
      RoomChannels.invitee(organization.slug, participant.id),
      'the waiting page is told to look again'
    )

    /* a colleague who may see the appointment but does not hold it; another organization; bad input */
    ;(await onOrganization(client, organization, { as: colleague }).post(`/waiting-room/${waitingId}/message`, { body: 'Hi' })).assertStatus(404)
    const other = await roomWithClient(client, {}, false)
    ;(await other.staff.post(`/waiting-room/${waitingId}/message`, { body: 'Hi' })).assertStatus(404)
    ;(await staff.post(`/waiting-room/${other.waitingId}/message`, { body: 'Hi' })).assertStatus(404)
    ;(await staff.post(`/waiting-room/${waitingId}/message`, { body: '' }).header('accept', 'application/json')).assertStatus(422)
    ;(await onOrganization(client, organization).post(`/waiting-room/${waitingId}/message`, { body: 'Hi' })).assertStatus(302)
    assert.lengthOf((await staff.get(`${base.staff}/messages`)).body().messages, 1)
    assert.equal(holder.fullName, 'Carla Cardio')
  })

  test('a message to one waiting invitee is not shown to another invitee; someone still waiting reads nothing said in the room', async ({ client, assert }) => {
    const { organization, staff, base, waitingId } = await roomWithClient(client, {}, false)
    const consultation = await consultationOf(organization)
    /* a second invitee (an external participant) reads the same room */
    const { default: AppointmentParticipant } = await import('#modules/agenda/models/appointment_participant')
    const { AccessLinks } = await import('#modules/agenda/services/access_link')
    const { createClient } = await import('#modules/agenda/tests/support/agenda_world')
    const relative = await createClient(organization, { lastName: 'Relative' })
    const token = await tenancy.run(organization, async () => {
      const second = new AppointmentParticipant()
      second.merge({ appointmentId: consultation.appointmentId!, role: 'client', clientId: relative.id, emailStatus: 'sent' })
      const issued = AccessLinks.issue(second)
      await second.save()
      return issued
    })
    const second = onOrganization(client, organization)
    ;(await second.post(`/visit/${token}/check-in`)).assertStatus(200)

    ;(await staff.post(`/waiting-room/${waitingId}/message`, { body: 'Only for the first' })).assertStatus(201)
    ;(await staff.post(`${base.staff}/messages`, { body: 'For everyone' })).assertStatus(201)
    const waiting = await second.get(`/visit/${token}/room/messages`)
    waiting.assertStatus(200)
    assert.deepEqual(waiting.body().messages, [], 'still waiting: nothing of the room, nothing of the other invitee')

    /* brought in: the room's messages, still not the other one's direct message */
    const entry = (await staff.get('/waiting-room/list')).body().waiting.find((e: any) => e.id !== waitingId)
    ;(await staff.post(`/waiting-room/${entry.id}/admit`)).assertStatus(204)
    const inRoom = await second.get(`/visit/${token}/room/messages`)
    assert.deepEqual(inRoom.body().messages.map((m: any) => m.body), ['For everyone'])
    assert.lengthOf((await staff.get(`${base.staff}/messages`)).body().messages, 2)
  })

  test('who may read and write: a colleague, a stranger, another organization, an unknown link', async ({ client, assert }) => {
    const { organization, colleague, visitor, base, appointment, token } = await roomWithClient(client)
    const other = await roomWithClient(client)
    ;(await other.staff.post(`${other.base.staff}/messages`, { body: 'Ours' })).assertStatus(201)

    ;(await onOrganization(client, organization, { as: colleague }).get(`${base.staff}/messages`)).assertStatus(403)
    ;(await onOrganization(client, organization, { as: colleague }).post(`${base.staff}/messages`, { body: 'x' })).assertStatus(403)
    /* the other organization's practitioner, their appointment id and their link, here */
    ;(await other.staff.get(`${base.staff}/messages`)).assertStatus(404)
    ;(await onOrganization(client, organization, { as: colleague }).get(`/appointments/${other.appointment.id}/room/messages`)).assertStatus(404)
    ;(await visitor.get(`/visit/${other.token}/room/messages`)).assertStatus(404)
    ;(await onOrganization(client, other.organization).get(`/visit/${token}/room/messages`)).assertStatus(404)
    ;(await visitor.get('/visit/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/room/messages')).assertStatus(404)
    const anonymous = await onOrganization(client, organization).get(`/appointments/${appointment.id}/room/messages`)
    assert.notEqual(anonymous.status(), 200)
    assert.deepEqual((await other.visitor.get(`${other.base.visit}/messages`)).body().messages.map((m: any) => m.body), ['Ours'])
  })

  test('posting is rate limited per person', async ({ client, assert }) => {
    const { staff, visitor, base } = await roomWithClient(client)
    for (let i = 0; i < CHAT_MESSAGES_PER_MINUTE; i++) {
      ;(await visitor.post(`${base.visit}/messages`, { body: `m${i}` })).assertStatus(201)
    }
    const limited = await visitor.post(`${base.visit}/messages`, { body: 'one too many' })
    limited.assertStatus(429)
    assert.isAbove(Number(limited.header('retry-after')), 0)
    ;(await staff.post(`${base.staff}/messages`, { body: 'the practitioner still writes' })).assertStatus(201)
  })

  test('the end of the consultation deletes its chat', async ({ client, assert }) => {
    const { organization, staff, base } = await roomWithClient(client)
    const other = await roomWithClient(client)
    ;(await staff.post(`${base.staff}/messages`, { body: 'Goodbye' })).assertStatus(201)
    ;(await other.staff.post(`${other.base.staff}/messages`, { body: 'Stays' })).assertStatus(201)
    const consultation = await consultationOf(organization)
    await tenancy.run(organization, () => cleanUpRoom(consultation))
    assert.equal(Number((await db.from('consultation_messages').where('consultation_id', consultation.id).count('* as n'))[0].n), 0)
    const others = await tenancy.run(other.organization, () => ConsultationMessage.all())
    assert.deepEqual(others.map((m) => m.body), ['Stays'])
  })
})
