import { test } from '@japa/runner'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import mail from '@adonisjs/mail/services/main'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { dataDir } from '#config/paths'
import { createClient } from '#modules/agenda/tests/support/agenda_world'
import { chromiumPath, CHROMIUM_FLAGS } from '#tests/support/chromium'
import { createOrganization, createUser, urlOf } from '#tests/support/world'
import { accessibilityViolations } from '#tests/support/axe'
import { runQueuedJobs } from '#tests/support/queue'
import { logIn } from '#tests/support/browser'
import { consultationNow, linkIn, openFreshPage } from '#modules/consultation/tests/support/room_browser'

const contexts: BrowserContext[] = []
const freshPage = (browser: Browser) => openFreshPage(browser, contexts, { acceptDownloads: true })

/*
 * Chat and file sharing through the product's pages: a message to the
 * waiting patient from the waiting list, chat in the room, a file shared by
 * the practitioner that arrives on the patient's page and is downloaded
 * there, and nothing of it left on the server once the consultation ends.
 */

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nRESULT-OF-THE-LAB\ntrailer << /Root 1 0 R >>\n%%EOF\n')

/** Every file under the room files' storage */
function storedRoomFiles(folder = join(dataDir, 'uploads', 'consultation-files')): string[] {
  if (!existsSync(folder)) return []
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? storedRoomFiles(join(folder, entry.name)) : [join(folder, entry.name)]
  )
}

/** SHOTS=<folder>: screenshots of the steps, to look at the pages */
async function shot(page: Page, name: string) {
  if (process.env.SHOTS) await page.screenshot({ path: join(process.env.SHOTS, `${name}.png`) })
}

/** Opens a room drawer (chat or files) from the toolbar */
async function openDrawer(page: Page, which: 'chat' | 'files') {
  await page.getByTestId(`room-${which}`).click()
  await page.getByTestId(`${which}-panel`).waitFor({ timeout: 10_000 })
}

test.group('Consultation room | chat and files in the browser', (group) => {
  let browser: Browser
  group.setup(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS })
    return () => browser.close()
  })
  group.each.setup(() => testUtils.db().truncate())
  /* a failed earlier run may have left files behind */
  group.each.setup(() => rmSync(join(dataDir, 'uploads', 'consultation-files'), { recursive: true, force: true }))
  group.each.teardown(() => mail.restore())

  test('a message reaches the waiting patient; in the room they chat, a shared file arrives and is gone after the end', async ({ assert }) => {
    const { messages } = mail.fake()
    const organization = await createOrganization({ name: 'Praktijk Noord', settings: { chat_in_waiting_room: false } })
    const handler = await createUser(organization, 'handler', { fullName: 'Carla Cardio' })
    const client = await createClient(organization, { initials: 'J.', lastName: 'Jansen', email: 'j.jansen@example.test' })
    const appointment = await consultationNow(organization, handler, { clientIds: [client.id] })
    await runQueuedJobs()

    /* the patient waits */
    const patient = await freshPage(browser)
    await patient.goto(linkIn(messages, 'j.jansen@example.test'))
    await patient.getByTestId('device-continue').click({ timeout: 15_000 })
    await patient.locator('[data-testid=visit-presence][data-presence=waiting]').waitFor({ timeout: 10_000 })

    /* the practitioner sends a note from the waiting list: it shows in the waiting room, read-only there */
    const staff = await freshPage(browser)
    await logIn(staff, organization, handler)
    await staff.goto(urlOf(organization, '/agenda/today'))
    const entry = staff.getByTestId('waiting-entry').filter({ hasText: 'J. Jansen' })
    await entry.waitFor({ timeout: 10_000 })
    await entry.getByRole('button', { name: 'Send a message to J. Jansen' }).click()
    await staff.getByTestId('waiting-message-input').fill('I am running 5 minutes late.')
    await shot(staff, 'waiting-message-dialog')
    assert.deepEqual(await accessibilityViolations(staff), [], 'message dialog')
    await staff.getByTestId('waiting-message-send').click()
    await staff.getByTestId('waiting-message-input').waitFor({ state: 'detached' })
    const note = patient.getByTestId('chat-message').filter({ hasText: 'I am running 5 minutes late.' })
    await note.waitFor({ timeout: 15_000 })
    assert.include(await note.innerText(), 'Carla Cardio')
    await patient.getByTestId('chat-read-only').waitFor()
    assert.equal(await patient.getByTestId('chat-input').count(), 0, 'no writing where waiting-room chat is off')
    await shot(patient, 'waiting-room-note')

    /* brought in: both in the room */
    await entry.getByRole('button', { name: 'Bring in J. Jansen' }).click()
    const roomPath = `/appointments/${appointment.id}/room`
    if (!new URL(staff.url()).pathname.endsWith(roomPath)) await staff.goto(urlOf(organization, roomPath))
    await staff.locator('[data-testid=room]').waitFor({ timeout: 15_000 })
    await patient.locator('[data-testid=room]').waitFor({ timeout: 15_000 })

    /* chat: Shift+Enter is a new line, Enter sends; the other side reads it with the sender's name */
    await openDrawer(patient, 'chat')
    const input = patient.getByTestId('chat-input')
    await input.fill('Good morning')
    await input.press('Shift+Enter')
    await input.type('can you hear me?')
    await input.press('Enter')
    await patient.getByTestId('chat-message').filter({ hasText: 'can you hear me?' }).waitFor()
    assert.equal(await input.inputValue(), '')
    await openDrawer(staff, 'chat')
    const received = staff.getByTestId('chat-message').filter({ hasText: 'can you hear me?' })
    await received.waitFor({ timeout: 10_000 })
    assert.include(await received.innerText(), 'J. Jansen')
    assert.equal(await received.getByTestId('chat-body').innerText(), 'Good morning\ncan you hear me?')
    await shot(patient, 'chat-patient')
    await shot(staff, 'chat-staff')
    assert.deepEqual(await accessibilityViolations(patient), [], 'chat panel (patient)')
    await staff.keyboard.press('Escape')

    /* the practitioner shares a file; it arrives on the patient's page and downloads as it was */
    await openDrawer(staff, 'files')
    await staff
      .getByTestId('files-panel')
      .locator('input[type=file]')
      .setInputFiles({ name: 'Lab results.pdf', mimeType: 'application/pdf', buffer: PDF })
    await staff.getByTestId('files-ok').waitFor({ timeout: 15_000 })
    await shot(staff, 'files-staff')
    assert.deepEqual(await accessibilityViolations(staff), [], 'files panel (practitioner)')
    assert.lengthOf(storedRoomFiles(), 1)
    assert.isFalse(readFileSync(storedRoomFiles()[0]).includes('RESULT-OF-THE-LAB'), 'stored encrypted')

    await patient.keyboard.press('Escape')
    await openDrawer(patient, 'files')
    const shared = patient.getByTestId('shared-file').filter({ hasText: 'Lab results.pdf' })
    await shared.waitFor({ timeout: 10_000 })
    assert.include(await shared.innerText(), 'Carla Cardio')
    assert.equal(await patient.getByTestId('files-email').count(), 0, 'only staff may e-mail a file')
    const downloading = patient.waitForEvent('download')
    await shared.getByTestId('shared-file-link').click()
    const download = await downloading
    assert.equal(download.suggestedFilename(), 'Lab results.pdf')
    assert.isTrue(readFileSync((await download.path())!).equals(PDF), 'the patient gets the same bytes')
    await shot(patient, 'files-patient')
    assert.deepEqual(await accessibilityViolations(patient), [], 'files panel (patient)')
    await staff.keyboard.press('Escape')
    await patient.keyboard.press('Escape')

    /* the end: no file and no message is left */
    await staff.getByTestId('room-end').click()
    await staff.getByTestId('room-end-confirm').click()
    await patient.getByTestId('room-closing').waitFor({ timeout: 10_000 })
    assert.deepEqual(storedRoomFiles(), [], 'no file on disk after the end')
    assert.lengthOf(await db.from('consultation_files'), 0)
    assert.lengthOf(await db.from('consultation_messages'), 0)

    await patient.context().close()
    await staff.context().close()
  }).timeout(120_000)
})
