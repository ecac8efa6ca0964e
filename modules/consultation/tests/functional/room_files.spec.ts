import { test } from '@japa/runner'
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import db from '@adonisjs/lucid/services/db'
import mail from '@adonisjs/mail/services/main'
import testUtils from '@adonisjs/core/services/test_utils'
import { dataDir } from '#config/paths'
import tenancy from '#core/tenancy/tenancy'
import { cleanUpRoom } from '#modules/consultation/services/room_cleanup'
import { ROOM_FILE_MAX_BYTES } from '#modules/consultation/services/room_file_types'
import { FILE_SHARES_PER_MINUTE } from '#modules/consultation/controllers/room_files_controller'
import { onOrganization } from '#tests/support/requests'
import { runQueuedJobs } from '#tests/support/queue'
import RoomFileMail from '#modules/consultation/mails/room_file_mail'
import SendRoomFileEmail from '#modules/consultation/jobs/send_room_file_email'
import AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import { AccessLinks } from '#modules/agenda/services/access_link'
import { createClient } from '#modules/agenda/tests/support/agenda_world'
import { consultationOf, roomWithClient } from '#modules/consultation/tests/support/room_world'

/* a small but real PDF and PNG */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nSECRET-LAB-RESULT-4711\ntrailer << /Root 1 0 R >>\n%%EOF\n')
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64'
)

const storageRoot = () => join(dataDir, 'uploads', 'consultation-files')

/** Every stored file of one consultation, on disk */
function storedFiles(organizationId: number, consultationId: number): string[] {
  const folder = join(storageRoot(), String(organizationId), String(consultationId))
  if (!existsSync(folder)) return []
  return readdirSync(folder).map((name) => join(folder, name)).filter((path) => statSync(path).isFile())
}

/** Every stored file under the room files' storage, whichever room or outbox */
function allStoredFiles(folder = storageRoot()): string[] {
  if (!existsSync(folder)) return []
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allStoredFiles(join(folder, entry.name)) : [join(folder, entry.name)]
  )
}

const filesRows = async (consultationId: number) => db.from('consultation_files').where('consultation_id', consultationId)

test.group('Consultation room | file sharing', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  /* ids come back after each test's rollback: start every test with empty storage */
  group.each.setup(() => rmSync(storageRoot(), { recursive: true, force: true }))

  test('a shared file reaches the others; stored encrypted, name included; downloaded as an attachment', async ({ client, assert }) => {
    const { organization, holder, staff, visitor, base } = await roomWithClient(client)
    const consultation = await consultationOf(organization)

    const shared = await staff.post(`${base.staff}/files`).file('file', PDF, { filename: 'Lab results Jansen.pdf', contentType: 'image/png' })
    shared.assertStatus(201)
    assert.containsSubset(shared.body(), { delivery: 'room', file: { name: 'Lab results Jansen.pdf', size: PDF.length, mimeType: 'application/pdf', sharedBy: 'Carla Cardio', mine: true } })

    const list = await visitor.get(`${base.visit}/files`)
    list.assertStatus(200)
    assert.equal(list.header('cache-control'), 'no-store')
    assert.containsSubset(list.body(), { canShare: true, canEmail: false, limits: { maxBytes: ROOM_FILE_MAX_BYTES } })
    const [entry] = list.body().files
    assert.containsSubset(entry, { name: 'Lab results Jansen.pdf', sharedBy: 'Carla Cardio', mine: false })

    const download = await visitor.get(`${base.visit}/files/${entry.id}`)
    download.assertStatus(200)
    assert.equal(download.header('content-type'), 'application/pdf')
    assert.match(String(download.header('content-disposition')), /^attachment; filename="Lab results Jansen\.pdf"/)
    assert.equal(download.header('x-content-type-options'), 'nosniff')
    assert.equal(download.header('cache-control'), 'no-store')
    assert.isTrue(Buffer.from(download.body()).equals(PDF), 'the same bytes come out')

    /* at rest: neither the content nor the name is readable */
    const [path] = storedFiles(organization.id, consultation.id)
    const onDisk = readFileSync(path)
    assert.isFalse(onDisk.includes('SECRET-LAB-RESULT'), 'the bytes on disk are not the plain bytes')
    assert.isFalse(onDisk.includes('%PDF'))
    assert.notInclude(path, 'Jansen')
    const [row] = await filesRows(consultation.id)
    assert.notInclude(row.name, 'Jansen')
    assert.notInclude(String(row.sender_name), 'Carla')

    /* the practitioner's download is on record, without the file's name */
    ;(await staff.get(`${base.staff}/files/${entry.id}`)).assertStatus(200)
    const audit = await db.from('audit_logs').where('action', 'consultation.file_downloaded').where('actor_id', holder.id)
    assert.lengthOf(audit, 1)
    assert.notInclude(JSON.stringify(audit[0]), 'Jansen')
  })

  test('clients share files too; the name is made safe for a download', async ({ client, assert }) => {
    const { participant, staff, visitor, base } = await roomWithClient(client)
    const shared = await visitor.post(`${base.visit}/files`).file('file', PNG, { filename: '../../etc/"photo".PNG' })
    shared.assertStatus(201)
    assert.containsSubset(shared.body().file, { name: 'photo.PNG', mimeType: 'image/png', mine: true })
    const [entry] = (await staff.get(`${base.staff}/files`)).body().files
    assert.match(entry.sharedBy, /^J\. Jansen\d+$/)
    assert.equal(entry.name, 'photo.PNG')
    assert.isAbove(participant.id, 0)
  })

  test('wrong kinds of file are refused, whatever the browser claims', async ({ client, assert }) => {
    const { staff, visitor, base } = await roomWithClient(client)
    const refused = async (bytes: Buffer, filename: string, contentType = 'application/pdf') => {
      const response = await staff.post(`${base.staff}/files`).file('file', bytes, { filename, contentType })
      response.assertStatus(415)
      return response.body()
    }
    const body = await refused(Buffer.from('MZ\x90\x00binary'), 'setup.exe')
    assert.equal(body.error, 'type')
    assert.match(body.message, /cannot be shared/)
    await refused(PNG, 'scan.pdf')
    await refused(PDF, 'script.html', 'text/html')
    await refused(Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe]), 'notes.txt', 'text/plain')
    await refused(Buffer.from('PK\x03\x04 not an office file'), 'report.docx')
    await refused(PDF, 'no-extension')
    /* translated */
    const dutch = await visitor.post(`${base.visit}/files`).header('accept-language', 'nl').file('file', PDF, { filename: 'x.exe' })
    dutch.assertStatus(415)
    assert.match(dutch.body().message, /kan niet worden gedeeld/)
    /* plain text is fine */
    ;(await staff.post(`${base.staff}/files`).file('file', Buffer.from('Blood pressure: 120/80 — ok\n'), { filename: 'notes.txt' })).assertStatus(201)
    assert.lengthOf((await staff.get(`${base.staff}/files`)).body().files, 1)
  })

  test('an empty request, an empty file or one over 20 MB is refused', async ({ client, assert }) => {
    const { organization, staff, base } = await roomWithClient(client)
    const consultation = await consultationOf(organization)
    const none = await staff.post(`${base.staff}/files`).field('email', '0')
    none.assertStatus(422)
    assert.equal(none.body().error, 'no_file')
    const empty = await staff.post(`${base.staff}/files`).file('file', Buffer.alloc(0), { filename: 'empty.pdf' })
    assert.oneOf(empty.status(), [422])
    const big = Buffer.alloc(ROOM_FILE_MAX_BYTES + 1, 0x20)
    PDF.copy(big)
    const tooLarge = await staff.post(`${base.staff}/files`).file('file', big, { filename: 'huge.pdf' })
    tooLarge.assertStatus(413)
    assert.equal(tooLarge.body().message, 'This file is too large: at most 20 MB.')
    /* the limit holds over the whole request, also when the file field comes twice */
    const half = big.subarray(0, ROOM_FILE_MAX_BYTES / 2 + 1)
    ;(await staff.post(`${base.staff}/files`).file('file', half, { filename: 'a.pdf' }).file('file', half, { filename: 'b.pdf' })).assertStatus(413)
    /* exactly the limit is fine */
    const limit = big.subarray(0, ROOM_FILE_MAX_BYTES)
    ;(await staff.post(`${base.staff}/files`).file('file', limit, { filename: 'big.pdf' })).assertStatus(201)
    assert.lengthOf(await filesRows(consultation.id), 1)
    assert.lengthOf(storedFiles(organization.id, consultation.id), 1)
  }).timeout(60_000)

  test('only where the organization allows file sharing', async ({ client, assert }) => {
    const { staff, visitor, base } = await roomWithClient(client, { allow_file_sharing: false })
    const refused = await staff.post(`${base.staff}/files`).file('file', PDF, { filename: 'a.pdf' })
    refused.assertStatus(403)
    assert.equal(refused.body().message, 'File sharing is turned off for this organization.')
    ;(await visitor.post(`${base.visit}/files`).file('file', PDF, { filename: 'a.pdf' })).assertStatus(403)
    assert.isFalse((await visitor.get(`${base.visit}/files`)).body().canShare)
  })

  test('who may share and download: waiting client, colleague, other organization, another room\'s file', async ({ client, assert }) => {
    const { organization, colleague, staff, visitor, base, token } = await roomWithClient(client)
    const shared = await staff.post(`${base.staff}/files`).file('file', PDF, { filename: 'a.pdf' })
    const fileId = shared.body().file.id
    const other = await roomWithClient(client)
    const theirs = (await other.staff.post(`${other.base.staff}/files`).file('file', PNG, { filename: 'b.png' })).body().file.id

    const waiting = await roomWithClient(client, { chat_in_waiting_room: true }, false)
    ;(await waiting.visitor.get(`${waiting.base.visit}/files`)).assertStatus(403)
    ;(await waiting.visitor.post(`${waiting.base.visit}/files`).file('file', PDF, { filename: 'a.pdf' })).assertStatus(403)

    const asColleague = onOrganization(client, organization, { as: colleague })
    ;(await asColleague.get(`${base.staff}/files`)).assertStatus(403)
    ;(await asColleague.get(`${base.staff}/files/${fileId}`)).assertStatus(403)
    ;(await asColleague.post(`${base.staff}/files`).file('file', PDF, { filename: 'a.pdf' })).assertStatus(403)

    /* another organization: its practitioner here, our link there, their file id through our room */
    ;(await other.staff.get(`${base.staff}/files/${fileId}`)).assertStatus(404)
    ;(await onOrganization(client, other.organization).get(`/visit/${token}/room/files/${fileId}`)).assertStatus(404)
    ;(await visitor.get(`${base.visit}/files/${theirs}`)).assertStatus(404)
    ;(await staff.get(`${base.staff}/files/${theirs}`)).assertStatus(404)
    ;(await visitor.get(`${base.visit}/files/999999`)).assertStatus(404)
    assert.lengthOf((await other.visitor.get(`${other.base.visit}/files`)).body().files, 1)
  })

  test('sharing is rate limited per person', async ({ client }) => {
    const { visitor, base } = await roomWithClient(client)
    for (let i = 0; i < FILE_SHARES_PER_MINUTE; i++) {
      ;(await visitor.post(`${base.visit}/files`).file('file', PNG, { filename: `p${i}.png` })).assertStatus(201)
    }
    ;(await visitor.post(`${base.visit}/files`).file('file', PNG, { filename: 'last.png' })).assertStatus(429)
  })

  test('when the consultation ends nothing remains: no rows, no bytes on disk', async ({ client, assert }) => {
    const { organization, staff, visitor, base } = await roomWithClient(client)
    const consultation = await consultationOf(organization)
    ;(await staff.post(`${base.staff}/files`).file('file', PDF, { filename: 'a.pdf' })).assertStatus(201)
    ;(await visitor.post(`${base.visit}/files`).file('file', PNG, { filename: 'b.png' })).assertStatus(201)
    ;(await staff.post(`${base.staff}/messages`, { body: 'see the files' })).assertStatus(201)
    const other = await roomWithClient(client)
    const otherConsultation = await consultationOf(other.organization)
    ;(await other.staff.post(`${other.base.staff}/files`).file('file', PDF, { filename: 'keep.pdf' })).assertStatus(201)
    assert.lengthOf(storedFiles(organization.id, consultation.id), 2)
    /* bytes whose row was never written (a crash between the two) go as well */
    writeFileSync(join(storageRoot(), String(organization.id), String(consultation.id), 'stray.bin'), 'x')

    await tenancy.run(organization, () => cleanUpRoom(consultation))

    assert.lengthOf(storedFiles(organization.id, consultation.id), 0)
    assert.lengthOf(await filesRows(consultation.id), 0)
    assert.lengthOf(await db.from('consultation_messages').where('consultation_id', consultation.id), 0)
    assert.lengthOf(storedFiles(other.organization.id, otherConsultation.id), 1, 'another consultation keeps its file')
    assert.lengthOf(await filesRows(otherConsultation.id), 1)
  })

  test('"send by e-mail instead": the invitees get it as an attachment and it is not kept', async ({ client, assert }) => {
    const { mails } = mail.fake()
    const { organization, staff, visitor, base, client: patient } = await roomWithClient(client)
    const consultation = await consultationOf(organization)

    const refused = await visitor.post(`${base.visit}/files`).field('email', '1').file('file', PDF, { filename: 'a.pdf' })
    refused.assertStatus(403)
    assert.equal(refused.body().error, 'email_staff_only')

    const sent = await staff.post(`${base.staff}/files`).field('email', '1').file('file', PDF, { filename: 'Referral.pdf' })
    sent.assertStatus(201)
    assert.equal(sent.body().delivery, 'email')
    assert.lengthOf((await visitor.get(`${base.visit}/files`)).body().files, 0, 'not offered in the room')
    await runQueuedJobs()

    const sentMails = mails.sent((m) => m instanceof RoomFileMail)
    assert.lengthOf(sentMails, 1, 'one e-mail: the appointment has one invitee')
    sentMails[0].message.assertTo(patient.email!)
    const message = sentMails[0].message.toJSON().message as any
    const attachments = message.attachments as { filename: string; content: Buffer | string; contentType: string }[]
    assert.lengthOf(attachments, 1)
    assert.equal(attachments[0].filename, 'Referral.pdf')
    assert.equal(attachments[0].contentType, 'application/pdf')
    /* the mailer keeps attachment data base64-encoded */
    const content = attachments[0].content as Buffer | string
    assert.isTrue((typeof content === 'string' ? Buffer.from(content, 'base64') : content).equals(PDF))
    assert.match(String(message.text), /Carla Cardio/)
    assert.match(String(message.subject), /A file from your consultation/)
    assert.lengthOf(await filesRows(consultation.id), 0)
    assert.lengthOf(allStoredFiles(), 0, 'nothing kept after sending')
  })
})

test.group('Consultation room | file by e-mail when sending fails', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => rmSync(storageRoot(), { recursive: true, force: true }))

  test('an address the mail server refuses: the file is not kept', async ({ client, assert, cleanup }) => {
    const { organization, staff, base } = await roomWithClient(client)
    const consultation = await consultationOf(organization)
    const use = mail.use
    cleanup(() => {
      mail.use = use
    })
    const failing = (responseCode: number) => {
      mail.use = (() => ({
        send: async () => {
          throw Object.assign(new Error('mailbox unavailable'), { responseCode })
        },
      })) as any
    }

    /* the mail server refuses the address for good: not retried, not kept */
    failing(550)
    ;(await staff.post(`${base.staff}/files`).field('email', '1').file('file', PDF, { filename: 'a.pdf' })).assertStatus(201)
    await runQueuedJobs()
    assert.lengthOf(await filesRows(consultation.id), 0)
    assert.deepEqual(allStoredFiles(), [])
  })

  test('a retry after a partial failure sends the file only to those who did not get it yet', async ({ client, assert, cleanup }) => {
    const { organization, appointment, staff, base, client: patient } = await roomWithClient(client)
    const consultation = await consultationOf(organization)
    /* a second invitee with an address */
    const partner = await createClient(organization)
    await tenancy.run(organization, async () => {
      const invitee = new AppointmentParticipant()
      invitee.merge({ appointmentId: appointment.id, role: 'client', clientId: partner.id, emailStatus: 'sent' })
      AccessLinks.issue(invitee)
      await invitee.save()
    })
    /* the job runs when this test says, as a worker would, attempt after attempt */
    const payloads: any[] = []
    const dispatch = SendRoomFileEmail.dispatch
    const use = mail.use
    cleanup(() => {
      SendRoomFileEmail.dispatch = dispatch
      mail.use = use
    })
    SendRoomFileEmail.dispatch = (async (payload: unknown) => payloads.push(payload)) as any
    /* the mail server takes one message, then goes away for a while */
    const delivered: string[] = []
    let away = false
    mail.use = (() => ({
      send: async (message: RoomFileMail) => {
        if (away) throw Object.assign(new Error('try again later'), { responseCode: 421 })
        delivered.push((message as any).recipient.address)
        away = delivered.length === 1
      },
    })) as any
    ;(await staff.post(`${base.staff}/files`).field('email', '1').file('file', PDF, { filename: 'Referral.pdf' })).assertStatus(201)
    assert.lengthOf(payloads, 1)
    const attempt = () => {
      const job = new SendRoomFileEmail()
      job.$hydrate(payloads[0], {} as any)
      return job.execute()
    }

    await assert.rejects(attempt, /try again later/)
    assert.lengthOf(delivered, 1, 'the first invitee got it, the second not yet')
    assert.lengthOf(await filesRows(consultation.id), 1, 'kept for the retry')
    assert.notInclude(JSON.stringify(await filesRows(consultation.id)), delivered[0], 'who got it is on record as a digest, not the address')

    away = false
    await attempt()
    assert.sameMembers(delivered, [patient.email!, partner.email!], 'each invitee exactly once')
    assert.lengthOf(delivered, 2)
    assert.lengthOf(await filesRows(consultation.id), 0)
    assert.deepEqual(allStoredFiles(), [])
  })

  test('an organization that sends no e-mails gets no e-mail option', async ({ client, assert }) => {
    const { organization, staff, base } = await roomWithClient(client, { do_not_send_emails: true })
    const consultation = await consultationOf(organization)
    const refused = await staff.post(`${base.staff}/files`).field('email', '1').file('file', PDF, { filename: 'a.pdf' })
    refused.assertStatus(422)
    assert.equal(refused.body().message, 'This organization does not send e-mails.')
    assert.isFalse((await staff.get(`${base.staff}/files`)).body().canEmail)
    assert.lengthOf(await filesRows(consultation.id), 0)
    assert.deepEqual(allStoredFiles(), [])
  })

  test('when the retries of a temporary failure run out, the file is not kept either', async ({ client, assert, cleanup }) => {
    const { organization, staff, base } = await roomWithClient(client)
    const consultation = await consultationOf(organization)
    const { default: SendRoomFileEmail } = await import('#modules/consultation/jobs/send_room_file_email')
    const use = mail.use
    cleanup(() => {
      mail.use = use
    })
    /* a mail server that is away: the job fails, then gives up */
    mail.use = (() => ({
      send: async () => {
        throw Object.assign(new Error('try again later'), { responseCode: 421 })
      },
    })) as any
    ;(await staff.post(`${base.staff}/files`).field('email', '1').file('file', PDF, { filename: 'b.pdf' })).assertStatus(201)
    await runQueuedJobs()
    const [left] = await filesRows(consultation.id)
    if (left) {
      /* a queue with back-off has not reached the last attempt yet: give up the way the worker does */
      const job = new SendRoomFileEmail()
      job.$hydrate({ organizationId: organization.id, fileId: left.id }, {} as any)
      await job.failed(new Error('retries exhausted'))
    }
    assert.lengthOf(await filesRows(consultation.id), 0)
    assert.deepEqual(allStoredFiles(), [])
  })
})
