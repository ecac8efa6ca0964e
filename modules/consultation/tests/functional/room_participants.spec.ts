import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import type { ApiClient } from '@japa/api-client'
import tenancy from '#core/tenancy/tenancy'
import type Organization from '#models/organization'
import type User from '#models/user'
import ExternalParticipant from '#modules/agenda/models/external_participant'
import AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import { plannedAppointment } from '#modules/agenda/tests/support/agenda_world'
import { createDepartment, createOrganization, createUser } from '#tests/support/world'
import { onOrganization } from '#tests/support/requests'
import { runQueuedJobs } from '#tests/support/queue'

/*
 * "Add participant" in the room for someone new: they become an external
 * participant. A client's date of birth is required (it verifies who they
 * are); a guest added during the call (an interpreter, a colleague) may come
 * without one. Names and a given date follow the person forms' rules, and a
 * refusal says what is wrong at the field, in the user's language.
 */

async function clinic() {
  const organization = await createOrganization()
  const cardiology = await createDepartment(organization, 'Cardiology')
  const cardiologist = await createUser(organization, 'handler', { fullName: 'Carla Cardio', departments: [cardiology] })
  const appointment = (
    await plannedAppointment(organization, {
      startsAt: DateTime.utc().minus({ minutes: 5 }),
      durationMinutes: 30,
      handler: cardiologist,
      departmentId: cardiology.id,
    })
  ).appointment
  return { organization, cardiologist, appointment }
}

function asStaff(client: ApiClient, organization: Organization, user: User, locale = 'en') {
  const requests = onOrganization(client, organization, { as: user })
  return (path: string, body: Record<string, unknown>) => requests.post(path, body).accept('json').header('accept-language', locale)
}

const externals = (organization: Organization) =>
  tenancy.run(organization, async () => await ExternalParticipant.query().orderBy('id'))
const invitees = (organization: Organization, appointmentId: number) =>
  tenancy.run(organization, async () => await AppointmentParticipant.query().where('appointment_id', appointmentId))

test.group('Consultation room | adding a new person', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('a guest without a date of birth is added and gets a working link; a given date is kept as on the person forms', async ({ client, assert }) => {
    const { messages } = mail.fake()
    const { organization, cardiologist, appointment } = await clinic()
    const add = asStaff(client, organization, cardiologist)
    const path = `/appointments/${appointment.id}/room/participants`

    const interpreter = await add(path, { newPerson: { initials: 't.', lastName: 'Tolk', email: 'Tolk@Example.test' } })
    interpreter.assertStatus(201)
    assert.containsSubset(interpreter.body().participants[0], { name: 'T. Tolk', role: 'external', added: true })
    assert.match(interpreter.body().participants[0].link, /\/visit\/[A-Za-z0-9_-]+$/)
    await runQueuedJobs()
    assert.lengthOf(messages.sent((message) => JSON.stringify(message.nodeMailerMessage.to).includes('tolk@example.test')), 1)

    /* typed as on the person forms (DD-MM-YYYY), stored as a date */
    const colleague = await add(path, { newPerson: { initials: 'j.p.', lastName: 'van Dijk', email: 'jp@example.test', dateOfBirth: '15-06-1975' } })
    colleague.assertStatus(201)

    const people = await externals(organization)
    assert.deepEqual(
      people.map((person) => [person.initials, person.lastName, person.email, person.dateOfBirth]),
      [
        ['T.', 'Tolk', 'tolk@example.test', ''],
        ['J.P.', 'van Dijk', 'jp@example.test', '1975-06-15'],
      ]
    )
    assert.lengthOf(await invitees(organization, appointment.id), 3, 'the client and the two added')
  })

  test('a date of birth in the future or not a date, or a name the person forms refuse: said at the field, nothing added', async ({ client, assert }) => {
    const { messages } = mail.fake()
    const { organization, cardiologist, appointment } = await clinic()
    const path = `/appointments/${appointment.id}/room/participants`
    const tomorrow = DateTime.utc().plus({ days: 2 }).toISODate()
    const guest = { initials: 'T.', lastName: 'Tolk', email: 'tolk@example.test' }

    const future = await asStaff(client, organization, cardiologist)(path, { newPerson: { ...guest, dateOfBirth: tomorrow } })
    future.assertStatus(422)
    assert.deepEqual(
      future.body().errors.map((error: any) => [error.field, error.message]),
      [['newPerson.dateOfBirth', 'The date of birth cannot lie in the future.']]
    )

    const notADate = await asStaff(client, organization, cardiologist)(path, { newPerson: { ...guest, dateOfBirth: '31-02-1980' } })
    notADate.assertStatus(422)
    assert.equal(notADate.body().errors[0].field, 'newPerson.dateOfBirth')
    assert.equal(notADate.body().errors[0].message, 'Enter a real date, like 31-12-1980.')

    /* in the user's language, the field named as a person would */
    const dutch = await asStaff(client, organization, cardiologist, 'nl')(path, { newPerson: { initials: '12', lastName: '', email: 'tolk@example.test' } })
    dutch.assertStatus(422)
    const byField = Object.fromEntries(dutch.body().errors.map((error: any) => [error.field, error.message]))
    assert.equal(byField['newPerson.initials'], 'Vul de voorletters in als letters met punten, zoals J.P.')
    assert.notInclude(String(byField['newPerson.lastName']), 'newPerson')
    assert.match(String(byField['newPerson.lastName']), /achternaam/i)

    assert.lengthOf(await externals(organization), 0)
    assert.lengthOf(await invitees(organization, appointment.id), 1, 'only the client')
    await runQueuedJobs()
    assert.lengthOf(messages.sent(() => true), 0)
  })

  test('another organization cannot add anyone to this consultation', async ({ client, assert }) => {
    mail.fake()
    const { organization, appointment } = await clinic()
    const other = await clinic()
    const otherAdmin = await createUser(other.organization, 'org_admin')
    const refused = await asStaff(client, other.organization, otherAdmin)(`/appointments/${appointment.id}/room/participants`, {
      newPerson: { initials: 'T.', lastName: 'Tolk', email: 'tolk@example.test' },
    })
    refused.assertStatus(404)
    assert.lengthOf(await externals(organization), 0)
    assert.lengthOf(await externals(other.organization), 0)
    assert.lengthOf(await invitees(organization, appointment.id), 1)
  })
})
