import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import clock from '#core/clock'
import tenancy from '#core/tenancy/tenancy'
import Appointment from '#modules/agenda/models/appointment'
import { createDepartment, createOrganization, createUser, urlOf } from '#tests/support/world'
import { accessibilityViolations } from '#tests/support/axe'
import { runQueuedJobs } from '#tests/support/queue'
import { logIn } from '#tests/support/browser'

/*
 * The whole way in: a department admin enters a client and plans a video
 * consultation; the client's e-mail carries a link that says "too early"
 * the day before, opens the waiting room an hour before, and says "too
 * late" afterwards (the server's clock is moved; the test and the server
 * share one process).
 */
test.group('Agenda | from planning to the patient\'s link', (group) => {
  group.each.setup(() => testUtils.db().truncate())
  group.each.teardown(() => {
    clock.reset()
    mail.restore()
  })

  test('a department admin plans a consultation and the e-mailed link opens at the right time', async ({ visit, assert }) => {
    const { messages } = mail.fake()
    const organization = await createOrganization({ name: 'Praktijk Noord', timezone: 'Europe/Amsterdam' })
    const cardiology = await createDepartment(organization, 'Cardiology')
    const deptAdmin = await createUser(organization, 'dept_admin', { fullName: 'Dana Deptadmin', departments: [cardiology] })
    await createUser(organization, 'handler', { fullName: 'Carla Cardio', departments: [cardiology] })

    const page = await visit(urlOf(organization, '/login'))
    /* other test files' Vite reloads must not reload this page mid-test */
    await page.routeWebSocket(/:24678/, (ws) => ws.close())
    await logIn(page, organization, deptAdmin)

    /* the client: search first, then create */
    await page.goto(urlOf(organization, '/clients/new'))
    await page.getByTestId('person-initials').fill('J.')
    await page.getByTestId('person-last-name').fill('de Wit')
    await page.getByTestId('person-date-of-birth').fill('1971-09-30')
    await page.getByTestId('person-email').fill('j.dewit@example.test')
    await page.getByTestId('person-check').click()
    await page.getByTestId('client-submit').click()
    await page.getByTestId('client-make-appointment').first().click()

    /* the appointment, tomorrow at 10:00 local time, with the client preselected */
    const tomorrow = DateTime.utc().setZone('Europe/Amsterdam').plus({ days: 1 }).toISODate()!
    await page.getByTestId('appointment-form').waitFor()
    await page.getByTestId('client-chip').filter({ hasText: 'de Wit' }).waitFor()
    await page.getByTestId('appointment-handler').click()
    await page.getByRole('option', { name: 'Carla Cardio' }).click()
    await page.getByTestId('appointment-date').fill(tomorrow)
    await page.getByTestId('appointment-time').fill('10:00')
    await page.getByTestId('appointment-duration').fill('20')
    assert.deepEqual(await accessibilityViolations(page), [], 'appointment form')
    await page.getByTestId('appointment-submit').click()
    await page.getByTestId('participant-link').first().waitFor()
    const shownLink = await page.getByTestId('participant-link').first().inputValue()

    /* the e-mail the client received */
    await runQueuedJobs()
    const sent = messages.sent((message) => JSON.stringify(message.nodeMailerMessage.to).includes('j.dewit@example.test'))
    assert.lengthOf(sent, 1)
    const link = String(sent[0].nodeMailerMessage.text).match(/https?:\/\/\S+\/visit\/[A-Za-z0-9_-]+/)![0]
    assert.equal(link, shownLink, 'staff see the same link the client received')
    const appointment = await tenancy.run(organization, () => Appointment.firstOrFail())
    assert.equal(appointment.startsAt.setZone('Europe/Amsterdam').toFormat('yyyy-MM-dd HH:mm'), `${tomorrow} 10:00`)

    /* the client opens it today: too early, with the time the waiting room opens */
    const patient = await page.context().browser()!.newPage()
    await patient.goto(link)
    await patient.getByTestId('visit-too-early').waitFor()
    assert.include(await patient.getByTestId('visit-opens').innerText(), '09:00')
    assert.deepEqual(await accessibilityViolations(patient), [], 'too early page')

    /* an hour before the start the same link opens the waiting room */
    clock.travelTo(appointment.startsAt.minus({ minutes: 59 }))
    await patient.reload()
    await patient.getByTestId('visit-waiting-room').waitFor()
    assert.include(await patient.locator('body').innerText(), 'Carla Cardio')
    assert.deepEqual(await accessibilityViolations(patient), [], 'waiting room page')

    /* and after the consultation it no longer does */
    clock.travelTo(appointment.endsAt.plus({ minutes: 61 }))
    await patient.reload()
    await patient.getByTestId('visit-too-late').waitFor()
    assert.deepEqual(await accessibilityViolations(patient), [], 'too late page')
    await patient.close()
  })
})
