import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { DateTime } from 'luxon'
import tenancy from '#core/tenancy/tenancy'
import ServiceAnnouncement from '#modules/agenda/models/service_announcement'
import WaitingRoomText from '#modules/agenda/models/waiting_room_text'
import { createDepartment, createOrganization, createUser, PASSWORD, urlOf } from '#tests/support/world'
import { accessibilityViolations } from '#tests/support/axe'

/* The announcements and waiting-room texts pages, used as an admin would */
test.group('Agenda | announcements and waiting-room texts pages', (group) => {
  group.each.setup(() => testUtils.db().truncate())

  test('an org admin posts an announcement, deletes all, and edits a waiting-room text', async ({ visit, assert }) => {
    const organization = await createOrganization()
    await createDepartment(organization, 'Cardiology')
    const admin = await createUser(organization, 'org_admin', { email: 'olga@example.test' })
    await tenancy.run(organization, () =>
      ServiceAnnouncement.create({
        message: 'Yesterday’s delay',
        departmentId: null,
        expiresAt: DateTime.utc().minus({ hours: 2 }),
        createdById: null,
      })
    )

    const page = await visit(urlOf(organization, '/login'))
    await page.locator('input[name=email]').fill(admin.email)
    await page.locator('input[name=password]').fill(PASSWORD)
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.waitForURL(urlOf(organization, '/'))

    await page.goto(urlOf(organization, '/announcements'))
    await page.locator('h1').waitFor()
    assert.deepEqual(await accessibilityViolations(page), [], '/announcements')
    await page.locator('[data-testid=announcement-row][data-expired]').waitFor()

    await page.getByLabel('Message').fill('Consultations are running 10 minutes late')
    await page.getByRole('button', { name: 'Post announcement' }).click()
    await page.getByText('The announcement is now shown in the waiting room.').waitFor()
    await page.getByTestId('announcement-row').getByText('Consultations are running 10 minutes late').waitFor()
    assert.equal(await page.getByTestId('announcement-row').count(), 2)

    await page.getByTestId('announcements-delete-all').click()
    await page.getByTestId('announcements-delete-all-confirm').click()
    await page.getByTestId('announcements-empty').waitFor()
    const left = await tenancy.run(organization, async () => await ServiceAnnouncement.query())
    assert.lengthOf(left, 0)

    await page.goto(urlOf(organization, '/waiting-room-texts'))
    await page.locator('h1').waitFor()
    assert.deepEqual(await accessibilityViolations(page), [], '/waiting-room-texts')
    await page.getByTestId('waiting-room-kind-late').click()
    const english = page.getByTestId('waiting-room-text-late-en')
    await english.locator('textarea').fill('Sorry, |handler| runs late. |nonsense|')
    await english.getByRole('button', { name: 'Save text' }).click()
    await english.getByText('This text uses a code that does not exist: |nonsense|.', { exact: false }).waitFor()

    await english.locator('textarea').fill('Sorry, |handler| runs late.')
    await english.getByRole('button', { name: 'Save text' }).click()
    await page.getByTestId('waiting-room-text-late-en').getByText('Own text').waitFor()
    const saved = await tenancy.run(organization, async () => await WaitingRoomText.query())
    assert.deepEqual(
      saved.map((text) => [text.kind, text.locale, text.body]),
      [['late', 'en', 'Sorry, |handler| runs late.']]
    )
  })
})
