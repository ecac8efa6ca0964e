import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import tenancy from '#core/tenancy/tenancy'
import Consultation from '#modules/consultation/models/consultation'
import { JoinTokens } from '#modules/consultation/services/join_tokens'
import { createDepartment, createOrganization, createUser } from '#tests/support/world'
import { onOrganization } from '#tests/support/requests'
import { assertRedirect } from '#tests/support/responses'
import { plannedAppointment } from '#modules/agenda/tests/support/agenda_world'

async function clinic(settings: Record<string, unknown> = {}) {
  const organization = await createOrganization({ settings })
  const cardiology = await createDepartment(organization, 'Cardiology')
  const oncology = await createDepartment(organization, 'Oncology')
  const cardiologist = await createUser(organization, 'handler', { fullName: 'Carla Cardio', departments: [cardiology] })
  const oncologist = await createUser(organization, 'handler', { fullName: 'Otto Onco', departments: [oncology] })
  return { organization, cardiology, oncology, cardiologist, oncologist }
}

test.group('Consultation | tickets into the media session', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the practitioner and the invitee get tickets for the same session, each naming who they are', async ({ client, assert }) => {
    const { organization, cardiologist, cardiology } = await clinic()
    const { appointment, participant, token } = await plannedAppointment(organization, {
      startsAt: DateTime.utc().plus({ minutes: 10 }),
      handler: cardiologist,
      departmentId: cardiology.id,
    })

    const staff = await onOrganization(client, organization, { as: cardiologist }).post(`/appointments/${appointment.id}/media-ticket`)
    staff.assertStatus(200)
    assert.equal(staff.header('cache-control'), 'no-store')
    const staffClaims = JoinTokens.verify(staff.body().ticket)!
    assert.containsSubset(staffClaims, { uid: `u${cardiologist.id}`, name: 'Carla Cardio', role: 'staff', org: organization.id })

    const invitee = await onOrganization(client, organization).post(`/visit/${token}/media-ticket`)
    invitee.assertStatus(200)
    const inviteeClaims = JoinTokens.verify(invitee.body().ticket)!
    assert.containsSubset(inviteeClaims, { uid: `p${participant.id}`, role: 'client', org: organization.id })
    assert.equal(inviteeClaims.sid, staffClaims.sid, 'both enter the same session')
    assert.equal(invitee.body().signalPath, '/media/signal')

    /* asking again keeps the session; one consultation with both people on record */
    const again = await onOrganization(client, organization, { as: cardiologist }).post(`/appointments/${appointment.id}/media-ticket`)
    assert.equal(JoinTokens.verify(again.body().ticket)!.sid, staffClaims.sid)
    const consultations = await tenancy.run(organization, async () => await Consultation.query().preload('participants'))
    assert.lengthOf(consultations, 1)
    assert.sameMembers(consultations[0].participants.map((p) => p.role), ['staff', 'client'])
    assert.notEqual(consultations[0].mediaSession, String(appointment.id), 'the session id says nothing guessable')
    assert.isAtLeast(consultations[0].mediaSession.length, 32)
  })

  test('an invitee gets no ticket outside the access window, for a cancelled appointment, or with an unknown link', async ({ client, assert }) => {
    const { organization, cardiologist } = await clinic()
    const early = await plannedAppointment(organization, { startsAt: DateTime.utc().plus({ hours: 3 }), handler: cardiologist })
    const late = await plannedAppointment(organization, { startsAt: DateTime.utc().minus({ hours: 3 }), handler: cardiologist })
    const cancelled = await plannedAppointment(organization, { startsAt: DateTime.utc().plus({ minutes: 5 }), status: 'cancelled' })
    const visitor = onOrganization(client, organization)
    for (const { token } of [early, late, cancelled]) {
      const response = await visitor.post(`/visit/${token}/media-ticket`)
      response.assertStatus(410)
      assert.notProperty(response.body(), 'ticket')
    }
    ;(await visitor.post('/visit/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/media-ticket')).assertStatus(404)
    assert.lengthOf(await tenancy.run(organization, async () => await Consultation.all()), 0, 'no session was opened')
  })

  test('staff need a login and may only enter appointments they may see', async ({ client, assert }) => {
    const { organization, cardiologist, oncologist, oncology } = await clinic({ strict_department_segregation: true })
    const { appointment } = await plannedAppointment(organization, {
      startsAt: DateTime.utc().plus({ minutes: 10 }),
      handler: oncologist,
      departmentId: oncology.id,
    })
    assertRedirect(assert, await onOrganization(client, organization).post(`/appointments/${appointment.id}/media-ticket`))
    const foreignDepartment = await onOrganization(client, organization, { as: cardiologist }).post(`/appointments/${appointment.id}/media-ticket`)
    foreignDepartment.assertStatus(404)
    assert.notProperty(foreignDepartment.body() ?? {}, 'ticket')
    ;(await onOrganization(client, organization, { as: oncologist }).post(`/appointments/${appointment.id}/media-ticket`)).assertStatus(200)
  })

  test('another organization\'s appointment or link gets nothing here', async ({ client, assert }) => {
    const { organization, cardiologist } = await clinic()
    const other = await clinic()
    const theirs = await plannedAppointment(other.organization, { startsAt: DateTime.utc().plus({ minutes: 10 }), handler: other.cardiologist })
    ;(await onOrganization(client, organization, { as: cardiologist }).post(`/appointments/${theirs.appointment.id}/media-ticket`)).assertStatus(404)
    ;(await onOrganization(client, organization).post(`/visit/${theirs.token}/media-ticket`)).assertStatus(404)
    /* a session of this organization's handler on the other subdomain is not logged in there */
    const crossSession = await onOrganization(client, other.organization, { as: cardiologist }).post(`/appointments/${theirs.appointment.id}/media-ticket`)
    assert.notEqual(crossSession.status(), 200)
    assert.lengthOf(await tenancy.run(other.organization, async () => await Consultation.all()), 0)
  })
})
