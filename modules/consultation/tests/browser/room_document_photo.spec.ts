import { test } from '@japa/runner'
import { join } from 'node:path'
import testUtils from '@adonisjs/core/services/test_utils'
import drive from '@adonisjs/drive/services/main'
import mail from '@adonisjs/mail/services/main'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import tenancy from '#core/tenancy/tenancy'
import User from '#models/user'
import type Organization from '#models/organization'
import AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import { createClient } from '#modules/agenda/tests/support/agenda_world'
import { chromiumPath, CHROMIUM_FLAGS } from '#tests/support/chromium'
import { createOrganization, createUser, urlOf } from '#tests/support/world'
import { accessibilityViolations } from '#tests/support/axe'
import { runQueuedJobs } from '#tests/support/queue'
import { logIn } from '#tests/support/browser'
import { png } from '#tests/support/images'
import { consultationNow, linkIn, openFreshPage } from '#modules/consultation/tests/support/room_browser'

/*
 * The partner's photo and the shared-document link through the product's
 * pages (PRODUCT.md 4.3, 4.4): the practitioner turns the camera off and the
 * patient sees their profile photo with the name; the practitioner shares a
 * document link from the toolbar and the patient sees it, labelled, opening
 * in a new tab; it goes when the practitioner removes it.
 */

const contexts: BrowserContext[] = []
const freshPage = (browser: Browser) => openFreshPage(browser, contexts)

/** Gives an employee a profile photo, as the profile page would */
async function giveAvatar(organization: Organization, user: User) {
  const key = `organizations/${organization.id}/avatars/${user.id}-browser.png`
  await drive.use().put(key, await png(64, 64, '#c92a2a'))
  await tenancy.run(organization, async () => {
    const fresh = await User.findOrFail(user.id)
    fresh.avatarPath = key
    await fresh.save()
  })
}

/** SHOTS=<folder>: screenshots of the steps, to look at the pages */
async function shot(page: Page, name: string) {
  if (process.env.SHOTS) await page.screenshot({ path: join(process.env.SHOTS, `${name}.png`) })
}

const tile = (page: Page, uid: string) => page.locator(`[data-testid=room-tile][data-uid="${uid}"][data-kind=camera]`)

test.group('Consultation room | partner photo and shared document', (group) => {
  let browser: Browser
  group.setup(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS })
    return () => browser.close()
  })
  group.setup(() => testUtils.db().truncate())
  group.each.teardown(async () => {
    mail.restore()
    await Promise.all(contexts.splice(0).map((context) => context.close().catch(() => {})))
  })

  test('the patient sees the practitioner\'s photo when their camera is off, and the document link they share', async ({ assert }) => {
    const { messages } = mail.fake()
    const organization = await createOrganization({ name: 'Praktijk Noord' })
    const handler = await createUser(organization, 'handler', { fullName: 'Carla Cardio' })
    await giveAvatar(organization, handler)
    const client = await createClient(organization, { initials: 'J.', lastName: 'Jansen', email: 'j.jansen@example.test' })
    const appointment = await consultationNow(organization, handler, { clientIds: [client.id] })
    await runQueuedJobs()
    const staffUid = `u${handler.id}`
    const patientRecord = await tenancy.run(organization, async () => await AppointmentParticipant.query().where('appointment_id', appointment.id).firstOrFail())
    const patientUid = `p${patientRecord.id}`

    /* the patient waits; the practitioner brings them in */
    const patient = await freshPage(browser)
    await patient.goto(linkIn(messages, 'j.jansen@example.test'))
    await patient.getByTestId('device-continue').click({ timeout: 15_000 })
    await patient.locator('[data-testid=visit-presence][data-presence=waiting]').waitFor({ timeout: 10_000 })
    const staff = await freshPage(browser)
    await logIn(staff, organization, handler)
    await staff.goto(urlOf(organization, '/agenda/today'))
    const entry = staff.getByTestId('waiting-entry').filter({ hasText: 'J. Jansen' })
    await entry.getByRole('button', { name: 'Bring in J. Jansen' }).click({ timeout: 10_000 })
    await staff.waitForURL((url) => url.pathname === `/appointments/${appointment.id}/room`, { timeout: 10_000 })
    await staff.locator('[data-testid=room][data-status=connected]').waitFor({ timeout: 15_000 })
    await patient.locator('[data-testid=room][data-status=connected]').waitFor({ timeout: 15_000 })
    /* the practitioner's picture moves on the patient's page */
    await patient.locator(`[data-testid=room-tile][data-uid="${staffUid}"][data-kind=camera][data-decoding=true]`).waitFor({ timeout: 20_000 })

    /* the practitioner turns the camera off: the patient sees their photo with their name instead of a black picture */
    await staff.getByTestId('room-camera').click()
    const photo = tile(patient, staffUid).locator('[data-testid=room-tile-avatar][data-photo=true] img')
    await photo.waitFor({ timeout: 10_000 })
    assert.isTrue(await photo.evaluate((img) => (img as any).complete && (img as any).naturalWidth === 64), 'the photo loaded')
    assert.include(await tile(patient, staffUid).getByTestId('room-tile-name').innerText(), 'Carla Cardio')
    assert.include(await tile(patient, staffUid).innerText(), 'Camera is off')
    /* the patient turns theirs off: the practitioner sees initials (patients have no photo) */
    await patient.getByTestId('room-camera').click()
    const initials = tile(staff, patientUid).locator('[data-testid=room-tile-avatar][data-photo=false]')
    await initials.waitFor({ timeout: 10_000 })
    assert.equal((await initials.innerText()).trim(), 'JJ')
    await shot(patient, 'photo-patient')
    await shot(staff, 'photo-staff')

    /* the practitioner shares a document link; a javascript: address is refused in words next to the field */
    await staff.getByTestId('room-shared-document-button').click()
    const field = staff.getByLabel('Address of the document')
    await field.fill('javascript:alert(document.cookie)')
    await field.press('Enter')
    await staff.getByTestId('room-shared-document-error').waitFor({ timeout: 10_000 })
    assert.include(await staff.getByTestId('room-shared-document-error').innerText(), 'starting with https://')
    assert.equal(await field.getAttribute('aria-invalid'), 'true')
    assert.deepEqual(await accessibilityViolations(staff), [], 'shared-document dialog with an error')
    await shot(staff, 'document-dialog-error')
    await field.fill('https://docs.example.test/board/42')
    await staff.getByTestId('room-shared-document-save').click()
    await staff.getByTestId('room-shared-document-modal').waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {})

    /* the patient sees it at once, labelled, opening in a new tab */
    const link = patient.getByTestId('room-shared-document-link')
    await link.waitFor({ timeout: 10_000 })
    assert.equal(await link.getAttribute('href'), 'https://docs.example.test/board/42')
    assert.equal(await link.getAttribute('target'), '_blank')
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer')
    assert.include(await patient.getByTestId('room-shared-document').innerText(), 'Shared document')
    assert.include(await link.innerText(), 'Open the shared document')
    await staff.getByTestId('room-shared-document-link').waitFor()
    await shot(patient, 'document-patient')
    assert.deepEqual(await accessibilityViolations(patient), [], 'room with the partner\'s photo and a shared document (patient)')

    /* the practitioner removes it: gone from the patient's room */
    await staff.getByTestId('room-shared-document-button').click()
    await staff.getByTestId('room-shared-document-clear').click()
    await link.waitFor({ state: 'detached', timeout: 10_000 })
  }).timeout(120_000)
})
