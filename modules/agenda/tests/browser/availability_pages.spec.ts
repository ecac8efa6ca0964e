import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { DateTime } from 'luxon'
import tenancy from '#core/tenancy/tenancy'
import Availability from '#modules/agenda/models/availability'
import AvailabilityException from '#modules/agenda/models/availability_exception'
import { createDepartment, createOrganization, createUser, PASSWORD, urlOf } from '#tests/support/world'
import { accessibilityViolations } from '#tests/support/axe'

/* The availability page, used as a handler and as an org admin would */
test.group('Agenda | availability page', (group) => {
  group.each.setup(() => testUtils.db().truncate())

  test('a handler adds a weekly period, sees its slots, adds time off and deletes the period', async ({ visit, assert }) => {
    const organization = await createOrganization({ timezone: 'Europe/Amsterdam', settings: { show_remaining_booking_options: true } })
    const cardiology = await createDepartment(organization, 'Cardiology')
    const handler = await createUser(organization, 'handler', { fullName: 'Carla Cardio', departments: [cardiology] })
    const local = DateTime.utc().setZone(organization.timezone)
    /* a weekday two days ahead: its slots are certainly in the preview and in the future */
    const day = local.plus({ days: 2 })

    const page = await visit(urlOf(organization, '/login'))
    await page.locator('input[name=email]').fill(handler.email)
    await page.locator('input[name=password]').fill(PASSWORD)
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.waitForURL((url) => !url.pathname.startsWith('/login'))

    await page.goto(urlOf(organization, '/availability'))
    await page.getByTestId('availability-empty').waitFor()
    assert.deepEqual(await accessibilityViolations(page), [], '/availability (empty)')

    await page.getByTestId('availability-new').click()
    const form = page.getByTestId('availability-form')
    await form.waitFor()
    await form.getByRole('combobox', { name: /Weekday/ }).click()
    await page.getByRole('option', { name: day.setLocale('en').toFormat('cccc'), exact: true }).click()
    await form.getByLabel('Start time').fill('14:00')
    await form.getByLabel('End time').fill('16:00')
    await form.getByLabel('Slot length (minutes)').fill('20')
    await form.getByLabel('Gap after each slot (minutes)').fill('10')
    await form.getByText('This period offers 4 slots.').waitFor()
    assert.deepEqual(await accessibilityViolations(page), [], 'period form')
    await form.getByRole('button', { name: 'Add period' }).click()
    await page.getByText('The period has been added.').waitFor()
    await page.getByTestId('availability-row').getByText(`Every ${day.setLocale('en').toFormat('cccc')} 14:00–16:00`).waitFor()

    const preview = page.getByTestId('availability-preview')
    for (const time of ['14:00', '14:30', '15:00', '15:30']) await preview.getByText(time, { exact: true }).first().waitFor()
    await page.getByTestId('availability-remaining').waitFor()

    /* an end before the start is refused next to the field, in the form */
    const [period] = await tenancy.run(organization, async () => await Availability.query())
    await page.getByTestId('availability-edit').click()
    await form.getByLabel('End time').fill('13:00')
    await form.getByRole('button', { name: 'Save changes' }).click()
    await form.getByText('The end time must be after the start time.').waitFor()
    await page.keyboard.press('Escape')
    assert.equal((await tenancy.run(organization, () => Availability.findOrFail(period.id))).endTime, '16:00')

    await page.getByTestId('availability-exception-new').click()
    const timeOff = page.getByTestId('availability-exception-form')
    await timeOff.getByLabel('Date').fill(day.toISODate()!)
    await timeOff.getByLabel('Reason').fill('Conference')
    await timeOff.getByRole('button', { name: 'Add time off' }).click()
    await page.getByText('The time off has been added.').waitFor()
    await page.getByTestId('availability-exception-row').getByText('Conference').waitFor()
    /* (checked on a fresh load: the flash notification's close button is the layout's business) */
    await page.reload()
    await page.getByTestId('availability-exception-row').waitFor()
    assert.deepEqual(await accessibilityViolations(page), [], '/availability (filled)')
    const exceptions = await tenancy.run(organization, async () => await AvailabilityException.query())
    assert.deepEqual(
      exceptions.map((e) => [e.date, e.startTime, e.reason]),
      [[day.toISODate(), null, 'Conference']]
    )

    await page.getByTestId('availability-delete').click()
    await page.getByTestId('availability-delete-confirm').click()
    await page.getByText('The period has been deleted.').waitFor()
    await page.getByTestId('availability-empty').waitFor()
    assert.lengthOf(await tenancy.run(organization, async () => await Availability.query()), 0)
  })

  test('an org admin picks a handler and manages their availability', async ({ visit, assert }) => {
    const organization = await createOrganization({ timezone: 'Europe/Amsterdam' })
    const admin = await createUser(organization, 'org_admin', { fullName: 'Olga Orgadmin' })
    const handler = await createUser(organization, 'handler', { fullName: 'Otto Onco' })
    await tenancy.run(organization, () =>
      Availability.create({
        userId: handler.id,
        recurrence: 'weekly',
        purpose: 'walk_in',
        weekday: 3,
        date: null,
        untilDate: null,
        startTime: '09:00',
        endTime: '11:00',
        slotMinutes: 20,
        gapMinutes: 0,
      })
    )

    const page = await visit(urlOf(organization, '/login'))
    await page.locator('input[name=email]').fill(admin.email)
    await page.locator('input[name=password]').fill(PASSWORD)
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.waitForURL((url) => !url.pathname.startsWith('/login'))

    await page.goto(urlOf(organization, '/availability'))
    await page.getByTestId('availability-empty').waitFor()
    await page.getByRole('combobox', { name: 'Whose availability' }).click()
    await page.getByRole('option', { name: 'Otto Onco' }).click()
    await page.getByRole('heading', { name: 'Availability of Otto Onco' }).waitFor()
    await page.getByTestId('availability-row').getByText('Every Wednesday 09:00–11:00').waitFor()
    await page.getByTestId('availability-row').getByText('Walk-in hours').waitFor()
    assert.include(page.url(), `user=${handler.id}`)
    /* the navigation's progress bar has gone */
    await page.locator('#nprogress').waitFor({ state: 'detached' })
    assert.deepEqual(await accessibilityViolations(page), [], '/availability?user=')
  })
})
