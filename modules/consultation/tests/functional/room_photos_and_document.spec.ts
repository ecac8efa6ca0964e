import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import drive from '@adonisjs/drive/services/main'
import transmit from '@adonisjs/transmit/services/main'
import type { ApiClient } from '@japa/api-client'
import tenancy from '#core/tenancy/tenancy'
import User from '#models/user'
import type Organization from '#models/organization'
import Consultation from '#modules/consultation/models/consultation'
import { plannedAppointment } from '#modules/agenda/tests/support/agenda_world'
import { consultationOf, roomWithClient } from '#modules/consultation/tests/support/room_world'
import { createOrganization, createUser } from '#tests/support/world'
import { onOrganization } from '#tests/support/requests'
import { png } from '#tests/support/images'

/** Gives an employee a stored profile photo, as the profile page would */
async function giveAvatar(user: User, organization: Organization) {
  const image = await png(8, 8, '#ff0000')
  const key = `organizations/${organization.id}/avatars/${user.id}-test.png`
  await drive.use().put(key, image)
  await tenancy.run(organization, async () => {
    const fresh = await User.findOrFail(user.id)
    fresh.avatarPath = key
    await fresh.save()
  })
  return image
}

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

/** The practitioner has opened the room (which puts them on its record), their client is brought in */
async function openedRoom(api: ApiClient, admit = true) {
  const room = await roomWithClient(api, {}, admit)
  ;(await room.staff.get(`${room.base.staff}/state`)).assertStatus(200)
  return room
}

/** A second room in the same organization: another practitioner, who opened it, another client, brought in */
async function secondRoom(api: ApiClient, organization: Organization) {
  const handler = await createUser(organization, 'handler', { fullName: 'Sara Second' })
  const planned = await plannedAppointment(organization, { startsAt: DateTime.utc().plus({ minutes: 10 }), handler })
  const staff = onOrganization(api, organization, { as: handler })
  const visitor = onOrganization(api, organization)
  ;(await visitor.post(`/visit/${planned.token}/check-in`)).assertStatus(200)
  const [entry] = (await staff.get('/waiting-room/list')).body().waiting
  ;(await staff.post(`/waiting-room/${entry.id}/admit`)).assertStatus(204)
  const base = { staff: `/appointments/${planned.appointment.id}/room`, visit: `/visit/${planned.token}/room` }
  ;(await staff.get(`${base.staff}/state`)).assertStatus(200)
  return { handler, staff, visitor, base }
}

const storedLink = async (organization: Organization) => (await consultationOf(organization)).sharedDocumentUrl

test.group('Consultation room | partner photo', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the patient sees the practitioner\'s photo; the patient has none (initials)', async ({ client, assert }) => {
    const { organization, holder, participant, staff, visitor, base } = await openedRoom(client)
    const image = await giveAvatar(holder, organization)

    const state = (await visitor.get(`${base.visit}/state`)).body()
    const practitioner = state.participants.find((p: any) => p.uid === `u${holder.id}`)
    const patient = state.participants.find((p: any) => p.uid === `p${participant.id}`)
    assert.isString(practitioner.photo)
    assert.notInclude(practitioner.photo, 'avatars', 'the storage path stays on the server')
    assert.isNull(patient.photo)
    assert.isFalse(practitioner.cameraOff)

    const photo = await visitor.get(`${base.visit}/participants/u${holder.id}/photo?v=${practitioner.photo}`)
    photo.assertStatus(200)
    assert.equal(photo.header('content-type'), 'image/png')
    assert.equal(photo.header('x-content-type-options'), 'nosniff')
    assert.isTrue(Buffer.from(photo.body()).equals(image))
    ;(await staff.get(`${base.staff}/participants/u${holder.id}/photo`)).assertStatus(200)

    /* a patient has no photo; garbage is refused */
    ;(await staff.get(`${base.staff}/participants/p${participant.id}/photo`)).assertStatus(404)
    ;(await visitor.get(`${base.visit}/participants/x1/photo`).header('accept', 'application/json')).assertStatus(422)

    /* a new photo: a new version in the state (the address changes, no stale cache) */
    await tenancy.run(organization, async () => {
      const fresh = await User.findOrFail(holder.id)
      fresh.avatarPath = `organizations/${organization.id}/avatars/${holder.id}-other.png`
      await drive.use().put(fresh.avatarPath, await png(8, 8, '#0000ff'))
      await fresh.save()
    })
    const after = (await visitor.get(`${base.visit}/state`)).body()
    assert.notEqual(after.participants.find((p: any) => p.uid === `u${holder.id}`).photo, practitioner.photo)
  })

  test('a visitor reaches only the photos of the staff in their own consultation', async ({ client, assert }) => {
    const { organization, holder, colleague, visitor, base } = await openedRoom(client)
    await giveAvatar(holder, organization)
    await giveAvatar(colleague, organization)
    const other = await secondRoom(client, organization)
    await giveAvatar(other.handler, organization)

    /* a colleague of the practice who is not in this consultation */
    ;(await visitor.get(`${base.visit}/participants/u${colleague.id}/photo`)).assertStatus(404)
    /* the practitioner of another consultation, asked with this visitor's link */
    ;(await visitor.get(`${base.visit}/participants/u${other.handler.id}/photo`)).assertStatus(404)
    /* the other consultation's visitor gets nothing of this one's practitioner */
    const foreign = await other.visitor.get(`${other.base.visit}/participants/u${holder.id}/photo`)
    foreign.assertStatus(404)
    assert.notEqual(foreign.header('content-type'), 'image/png')
    /* ...but their own practitioner's */
    ;(await other.visitor.get(`${other.base.visit}/participants/u${other.handler.id}/photo`)).assertStatus(200)
  })

  test('another organization gets nothing: its staff, its visitors, or this link on its address', async ({ client, assert }) => {
    const { organization, holder, visitor, base } = await openedRoom(client)
    await giveAvatar(holder, organization)
    const elsewhere = await openedRoom(client)
    await giveAvatar(elsewhere.holder, elsewhere.organization)

    /* org B's visitor asks for org A's practitioner through their own room */
    ;(await elsewhere.visitor.get(`${elsewhere.base.visit}/participants/u${holder.id}/photo`)).assertStatus(404)
    /* org B's practitioner asks through org A's room address on B's host: not their appointment */
    ;(await elsewhere.staff.get(`${base.staff}/participants/u${holder.id}/photo`)).assertStatus(404)
    /* org A's link on org B's host */
    const wrongHost = await onOrganization(client, elsewhere.organization).get(`${base.visit}/participants/u${holder.id}/photo`)
    wrongHost.assertStatus(404)
    assert.notEqual(wrongHost.header('content-type'), 'image/png')
    /* org A's visitor asks for org B's practitioner */
    ;(await visitor.get(`${base.visit}/participants/u${elsewhere.holder.id}/photo`)).assertStatus(404)
  })

  test('someone still waiting is not given photos', async ({ client }) => {
    const { organization, holder, visitor, base } = await openedRoom(client, false)
    await giveAvatar(holder, organization)
    ;(await visitor.get(`${base.visit}/participants/u${holder.id}/photo`)).assertStatus(403)
  })

  test('a page says when its camera is off; the others\' state shows it', async ({ client, assert, cleanup }) => {
    const { participant, staff, visitor, base } = await openedRoom(client)
    const broadcasts = recordBroadcasts()
    cleanup(broadcasts.restore)
    ;(await visitor.post(`${base.visit}/camera`, { off: true })).assertStatus(204)
    const state = (await staff.get(`${base.staff}/state`)).body()
    assert.isTrue(state.participants.find((p: any) => p.uid === `p${participant.id}`).cameraOff)
    assert.deepInclude(broadcasts.sent, {
      channel: state.consultation.channel,
      payload: { type: 'participants' },
    })
    ;(await visitor.post(`${base.visit}/camera`, { off: 'maybe' }).header('accept', 'application/json')).assertStatus(422)
    ;(await visitor.post(`${base.visit}/camera`, { off: false })).assertStatus(204)
    const again = (await staff.get(`${base.staff}/state`)).body()
    assert.isFalse(again.participants.find((p: any) => p.uid === `p${participant.id}`).cameraOff)
  })
})

test.group('Consultation room | shared-document link', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the practitioner sets the link; everyone in the room sees it; a content-free ping; cleared and set again', async ({ client, assert, cleanup }) => {
    const { organization, staff, visitor, base } = await openedRoom(client)
    const before = (await visitor.get(`${base.visit}/state`)).body()
    assert.isNull(before.sharedDocument)
    assert.isFalse(before.permissions.sharedDocument)
    assert.isTrue((await staff.get(`${base.staff}/state`)).body().permissions.sharedDocument)

    const broadcasts = recordBroadcasts()
    cleanup(broadcasts.restore)
    const link = 'https://docs.google.com/document/d/abc123/edit'
    ;(await staff.put(`${base.staff}/shared-document`, { url: `  ${link} ` })).assertStatus(204)
    assert.equal(await storedLink(organization), link)
    assert.equal((await visitor.get(`${base.visit}/state`)).body().sharedDocument, link)
    assert.equal((await staff.get(`${base.staff}/state`)).body().sharedDocument, link)
    assert.deepEqual(broadcasts.sent, [{ channel: before.consultation.channel, payload: { type: 'document' } }])

    ;(await staff.delete(`${base.staff}/shared-document`)).assertStatus(204)
    assert.isNull((await visitor.get(`${base.visit}/state`)).body().sharedDocument)
    ;(await staff.put(`${base.staff}/shared-document`, { url: 'https://example.com/board' })).assertStatus(204)
    assert.equal((await visitor.get(`${base.visit}/state`)).body().sharedDocument, 'https://example.com/board')
  })

  test('a client may not set or clear it (403), nothing changes', async ({ client, assert }) => {
    const { organization, staff, visitor, base } = await openedRoom(client)
    ;(await staff.put(`${base.staff}/shared-document`, { url: 'https://example.com/doc' })).assertStatus(204)
    const set = await visitor.put(`${base.visit}/shared-document`, { url: 'https://evil.example.com/phish' })
    set.assertStatus(403)
    ;(await visitor.delete(`${base.visit}/shared-document`)).assertStatus(403)
    assert.equal(await storedLink(organization), 'https://example.com/doc')
  })

  test('anything but a full https address is refused with a translated message, nothing changes', async ({ client, assert }) => {
    const { organization, staff, base } = await openedRoom(client)
    ;(await staff.put(`${base.staff}/shared-document`, { url: 'https://example.com/doc' })).assertStatus(204)
    const refused = [
      'javascript:alert(document.cookie)',
      'JavaScript://example.com/%0Aalert(1)',
      'data:text/html,<script>alert(1)</script>',
      'http://example.com/doc',
      'ftp://example.com/doc',
      'example.com/doc',
      'https://',
      'https://user:secret@example.com/doc',
      'not a link',
      '',
      `https://example.com/${'a'.repeat(2000)}`,
    ]
    for (const url of refused) {
      const response = await staff.put(`${base.staff}/shared-document`, { url }).header('accept', 'application/json')
      response.assertStatus(422)
      const message: string = response.body().errors[0].message
      assert.match(message, url === '' ? /Enter the address/ : url.length > 2000 ? /at most 2000 characters/ : /starting with https:\/\//, url)
    }
    ;(await staff.put(`${base.staff}/shared-document`, {}).header('accept', 'application/json')).assertStatus(422)
    assert.equal(await storedLink(organization), 'https://example.com/doc')

    /* in the user's language */
    const dutch = await staff.put(`${base.staff}/shared-document`, { url: 'javascript:alert(1)' }).header('accept', 'application/json').header('accept-language', 'nl')
    dutch.assertStatus(422)
    assert.include(dutch.body().errors[0].message, 'begint met https://')
  })

  test('another organization gets 404 and nothing changes', async ({ client, assert }) => {
    const { organization, staff, visitor, base } = await openedRoom(client)
    ;(await staff.put(`${base.staff}/shared-document`, { url: 'https://example.com/doc' })).assertStatus(204)
    const other = await createOrganization()
    const outsider = await createUser(other, 'org_admin')
    const theirs = onOrganization(client, other, { as: outsider })
    ;(await theirs.put(`${base.staff}/shared-document`, { url: 'https://evil.example.com/x' })).assertStatus(404)
    ;(await theirs.delete(`${base.staff}/shared-document`)).assertStatus(404)
    ;(await onOrganization(client, other).put(`${base.visit}/shared-document`, { url: 'https://evil.example.com/x' })).assertStatus(404)
    assert.equal(await storedLink(organization), 'https://example.com/doc')
    assert.equal((await visitor.get(`${base.visit}/state`)).body().sharedDocument, 'https://example.com/doc')
  })

  test('the link goes when the consultation ends; an ended consultation takes none', async ({ client, assert }) => {
    const { organization, staff, visitor, base } = await openedRoom(client)
    ;(await staff.put(`${base.staff}/shared-document`, { url: 'https://example.com/doc' })).assertStatus(204)
    const consultation = await consultationOf(organization)
    ;(await staff.post(`${base.staff}/end`)).assertStatus(204)
    const ended = await tenancy.run(organization, async () => await Consultation.findOrFail(consultation.id))
    assert.equal(ended.status, 'ended')
    assert.isNull(ended.sharedDocumentUrl)
    const closing = (await visitor.get(`${base.visit}/state`)).body()
    assert.equal(closing.consultation.status, 'ended')
    assert.isNull(closing.sharedDocument)
    /* the patient's link on the ended consultation: the room is over */
    ;(await visitor.put(`${base.visit}/shared-document`, { url: 'https://example.com/late' })).assertStatus(410)
    /* the practitioner's dialog, chat or camera left open: 410 too, and no new consultation is opened for it */
    ;(await staff.put(`${base.staff}/shared-document`, { url: 'https://example.com/late' })).assertStatus(410)
    ;(await staff.post(`${base.staff}/camera`, { off: true })).assertStatus(410)
    ;(await staff.get(`${base.staff}/messages`)).assertStatus(410)
    ;(await staff.post(`${base.staff}/messages`, { body: 'late' })).assertStatus(410)
    ;(await staff.get(`${base.staff}/files`)).assertStatus(410)
    const still = await tenancy.run(organization, async () => await Consultation.findOrFail(consultation.id))
    assert.isNull(still.sharedDocumentUrl)
    const consultations = await tenancy.run(organization, async () => await Consultation.query().where('appointment_id', consultation.appointmentId!))
    assert.lengthOf(consultations, 1, 'nothing opened after the end')
    /* entering the room again (the practitioner's ticket) is what opens the next one */
    ;(await staff.post(`${base.staff}/ticket`)).assertStatus(200)
    ;(await staff.put(`${base.staff}/shared-document`, { url: 'https://example.com/next' })).assertStatus(204)
  })
})
