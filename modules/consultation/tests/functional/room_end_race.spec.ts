import { test } from '@japa/runner'
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import db from '@adonisjs/lucid/services/db'
import testUtils from '@adonisjs/core/services/test_utils'
import { dataDir } from '#config/paths'
import tenancy from '#core/tenancy/tenancy'
import { RoomAccess } from '#modules/consultation/services/room_access'
import { RoomChat } from '#modules/consultation/services/room_chat'
import { RoomFiles } from '#modules/consultation/services/room_files'
import RoomService from '#modules/consultation/services/room_service'
import { RoomEndedError } from '#modules/consultation/services/open_consultation'
import SendRoomFileEmail from '#modules/consultation/jobs/send_room_file_email'
import { consultationOf, roomWithClient } from '#modules/consultation/tests/support/room_world'

/*
 * A message or a file that was on its way while the practitioner ended the
 * consultation: it is refused, or the end's clean-up takes it. Either way
 * nothing of it remains once the consultation has ended.
 */

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nLATE-LAB-RESULT\ntrailer << /Root 1 0 R >>\n%%EOF\n')
const storageRoot = () => join(dataDir, 'uploads', 'consultation-files')

function allStoredFiles(folder = storageRoot()): string[] {
  if (!existsSync(folder)) return []
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allStoredFiles(join(folder, entry.name)) : [join(folder, entry.name)]
  )
}

const messagesOf = (consultationId: number) => db.from('consultation_messages').where('consultation_id', consultationId)
const filesOf = (consultationId: number) => db.from('consultation_files').where('consultation_id', consultationId)

test.group('Consultation room | a message or file landing as the consultation ends', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => rmSync(storageRoot(), { recursive: true, force: true }))

  test('a chat message that got past the room check before the end is refused with "ended"; nothing of it remains', async ({ client, assert, cleanup }) => {
    const { organization, staff, visitor, base } = await roomWithClient(client)
    const consultation = await consultationOf(organization)
    ;(await staff.post(`${base.staff}/messages`, { body: 'before the end' })).assertStatus(201)

    /* the practitioner's end lands between the room's check and the write */
    const post = RoomChat.post
    cleanup(() => {
      RoomChat.post = post
    })
    RoomChat.post = async function (this: typeof RoomChat, ...args: Parameters<typeof post>) {
      await new RoomService().end(await consultationOf(organization))
      return post.apply(this, args)
    }
    const late = await visitor.post(`${base.visit}/messages`, { body: 'one more thing' })
    late.assertStatus(410)
    assert.deepEqual(late.body(), { error: 'ended' })

    assert.equal((await consultationOf(organization)).status, 'ended')
    assert.lengthOf(await messagesOf(consultation.id), 0, 'neither the earlier message nor the late one')
  })

  test('a file that got past the room check before the end is refused with "ended": no row, no bytes', async ({ client, assert, cleanup }) => {
    const { organization, visitor, base } = await roomWithClient(client)
    const consultation = await consultationOf(organization)
    const share = RoomFiles.share
    cleanup(() => {
      RoomFiles.share = share
    })
    RoomFiles.share = async function (this: typeof RoomFiles, ...args: Parameters<typeof share>) {
      await new RoomService().end(await consultationOf(organization))
      return share.apply(this, args)
    }
    const late = await visitor.post(`${base.visit}/files`).file('file', PDF, { filename: 'late.pdf' })
    late.assertStatus(410)
    assert.deepEqual(late.body(), { error: 'ended' })
    assert.lengthOf(await filesOf(consultation.id), 0)
    assert.deepEqual(allStoredFiles(), [], 'the bytes stored before the check are gone too')
  })

  test('with the consultation loaded before the end: message, message to a waiting invitee, file and e-mailed file all refused', async ({ client, assert, cleanup }) => {
    const { organization, holder, token, participant, staff, base } = await roomWithClient(client)
    const consultation = await consultationOf(organization)
    /* what requests resolved while the consultation was still open */
    const invitee = await tenancy.run(organization, () => RoomAccess.invitee(organization, token))
    const practitioner = await tenancy.run(organization, () => RoomAccess.staff(holder, organization, invitee.appointment.id))
    const dispatched: unknown[] = []
    const dispatch = SendRoomFileEmail.dispatch
    cleanup(() => {
      SendRoomFileEmail.dispatch = dispatch
    })
    SendRoomFileEmail.dispatch = (async (payload: unknown) => dispatched.push(payload)) as any

    ;(await staff.post(`${base.staff}/end`)).assertStatus(204)

    await tenancy.run(organization, async () => {
      await assert.rejects(() => RoomChat.post(invitee, 'still there?'), RoomEndedError)
      await assert.rejects(
        () => RoomChat.toInvitee(consultation, { uid: `u${holder.id}`, name: 'Carla Cardio', role: 'staff' }, participant.id, 'hello'),
        RoomEndedError
      )
      await assert.rejects(() => RoomFiles.share(invitee, { name: 'late.pdf', bytes: PDF }), RoomEndedError)
      await assert.rejects(() => RoomFiles.share(practitioner, { name: 'late.pdf', bytes: PDF }, { email: true }), RoomEndedError)
    })
    assert.lengthOf(await messagesOf(consultation.id), 0)
    assert.lengthOf(await filesOf(consultation.id), 0)
    assert.deepEqual(allStoredFiles(), [])
    assert.lengthOf(dispatched, 0, 'no e-mail goes out for a file refused')
  })

  test('a message or file written just before the end goes with the end\'s clean-up', async ({ client, assert }) => {
    const { organization, token } = await roomWithClient(client)
    const consultation = await consultationOf(organization)
    const invitee = await tenancy.run(organization, () => RoomAccess.invitee(organization, token))
    await tenancy.run(organization, async () => {
      await RoomChat.post(invitee, 'just in time')
      await RoomFiles.share(invitee, { name: 'in-time.pdf', bytes: PDF })
    })
    assert.lengthOf(await messagesOf(consultation.id), 1)
    assert.lengthOf(allStoredFiles(), 1)

    await tenancy.run(organization, () => new RoomService().end(consultation))
    assert.lengthOf(await messagesOf(consultation.id), 0)
    assert.lengthOf(await filesOf(consultation.id), 0)
    assert.deepEqual(allStoredFiles(), [])
  })
})
