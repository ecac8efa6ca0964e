import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import tenancy from '#core/tenancy/tenancy'
import AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import ExternalParticipant from '#modules/agenda/models/external_participant'
import { plannedAppointment } from '#modules/agenda/tests/support/agenda_world'
import { createOrganization, createUser, urlOf } from '#tests/support/world'
import { accessibilityViolations } from '#tests/support/axe'
import { logIn } from '#tests/support/browser'

/*
 * The practitioner adds people to the running consultation from the room's
 * toolbar: an external participant found by name, and a new person by name
 * and e-mail; the dialog shows each one's link to copy.
 */
test.group('Consultation room | add participant', (group) => {
  group.each.setup(() => testUtils.db().truncate())
  group.each.teardown(() => mail.restore())

  test('an external participant and a new person get their links at once', async ({ visit, assert }) => {
    mail.fake()
    const organization = await createOrganization()
    const handler = await createUser(organization, 'handler', { fullName: 'Carla Cardio' })
    const { appointment } = await plannedAppointment(organization, { startsAt: DateTime.utc().minus({ minutes: 2 }), durationMinutes: 30, handler })
    await tenancy.run(organization, () =>
      ExternalParticipant.create({ initials: 'H.', lastName: 'Homecare', dateOfBirth: '1970-01-01', email: 'home@example.test', clientNumber: null, phone: null, locale: null })
    )

    const page = await visit(urlOf(organization, '/login'))
    await page.routeWebSocket(/:24678/, (ws) => ws.close())
    await logIn(page, organization, handler)
    await page.goto(urlOf(organization, `/appointments/${appointment.id}/room`))
    await page.locator('[data-testid=room]').waitFor()

    await page.getByTestId('add-participant').click()
    const dialog = page.getByRole('dialog', { name: 'Add someone to this consultation' })
    await dialog.waitFor()
    assert.include(await dialog.innerText(), 'only while the client is in the consultation')

    /* an external participant, found by name */
    await dialog.getByRole('radio', { name: 'External participant' }).check()
    await dialog.getByTestId('add-search').fill('Homec')
    await page.getByTestId('add-option').filter({ hasText: 'H. Homecare' }).click()
    await dialog.getByTestId('add-chosen').filter({ hasText: 'H. Homecare' }).waitFor()
    assert.deepEqual(await accessibilityViolations(page), [], 'the dialog with a person chosen')
    await dialog.getByTestId('add-submit').click()
    const link = dialog.getByTestId('added-participant-link')
    await link.waitFor()
    assert.match(await link.inputValue(), /\/visit\/[A-Za-z0-9_-]{20,}$/)
    assert.include(await dialog.getByTestId('added-participant').innerText(), 'H. Homecare is invited')
    await dialog.getByRole('button', { name: 'Copy the link for H. Homecare' }).waitFor()
    assert.deepEqual(await accessibilityViolations(page), [], 'the dialog with the link')

    /* someone new, by name and e-mail; a wrong address is said next to the field */
    await dialog.getByRole('button', { name: 'Add someone else' }).click()
    await dialog.getByRole('radio', { name: 'New person' }).check()
    await dialog.getByTestId('add-new-initials').fill('I.')
    await dialog.getByTestId('add-new-last-name').fill('Interpreter')
    await dialog.getByTestId('add-new-email').fill('not-an-address')
    await dialog.getByTestId('add-submit').click()
    await dialog.locator('[data-testid=add-new-email][aria-invalid=true]').waitFor()
    await dialog.getByTestId('add-new-email').fill('tolk@example.test')
    /* a date of birth is not needed for a guest; one in the future is said next to its field */
    await dialog.getByTestId('add-new-birth').fill(DateTime.utc().plus({ years: 1 }).toISODate()!)
    await dialog.getByTestId('add-submit').click()
    await dialog.locator('[data-testid=add-new-birth][aria-invalid=true]').waitFor()
    await dialog.getByText('The date of birth cannot lie in the future.').waitFor()
    await dialog.getByTestId('add-new-birth').fill('')
    await dialog.getByTestId('add-submit').click()
    await dialog.getByTestId('added-participant-link').waitFor()
    assert.include(await dialog.getByTestId('added-participant').innerText(), 'I. Interpreter is invited')

    const invited = await tenancy.run(organization, async () =>
      AppointmentParticipant.query().where('appointment_id', appointment.id).preload('externalParticipant')
    )
    assert.sameMembers(
      invited.filter((participant) => participant.role === 'external').map((participant) => participant.externalParticipant.displayName),
      ['H. Homecare', 'I. Interpreter']
    )
  })
})
