import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import transmit from '@adonisjs/transmit/services/main'
import clock from '#core/clock'
import tenancy from '#core/tenancy/tenancy'
import Consultation from '#modules/consultation/models/consultation'
import { JoinTokens } from '#modules/consultation/services/join_tokens'
import { CHECK_INS_PER_MINUTE } from '#modules/consultation/controllers/waiting_room_controller'
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

    const staff = await onOrganization(client, organization, { as: cardiologist }).post(`/appointments/${appointment.id}/room/ticket`)
    staff.assertStatus(200)
    assert.equal(staff.header('cache-control'), 'no-store')
    const staffClaims = JoinTokens.verify(staff.body().ticket)!
    assert.containsSubset(staffClaims, { uid: `u${cardiologist.id}`, name: 'Carla Cardio', role: 'staff', org: organization.id })

    /* the invitee waits until brought in */
    const visitor = onOrganization(client, organization)
    const waiting = await visitor.post(`/visit/${token}/check-in`)
    assert.isFalse(waiting.body().admitted)
    ;(await visitor.post(`/visit/${token}/room/ticket`)).assertStatus(403)
    const list = await onOrganization(client, organization, { as: cardiologist }).get('/waiting-room/list')
    const [entry] = list.body().waiting
    assert.containsSubset(entry, { role: 'client', appointmentId: appointment.id, punctuality: 'on_time', handler: 'Carla Cardio' })
    assert.match(entry.name, /^J\. Jansen\d+$/)
    ;(await onOrganization(client, organization, { as: cardiologist }).post(`/waiting-room/${entry.id}/admit`)).assertStatus(204)
    assert.isTrue((await visitor.post(`/visit/${token}/check-in`)).body().admitted)

    const invitee = await visitor.post(`/visit/${token}/room/ticket`)
    invitee.assertStatus(200)
    const inviteeClaims = JoinTokens.verify(invitee.body().ticket)!
    assert.containsSubset(inviteeClaims, { uid: `p${participant.id}`, role: 'client', org: organization.id })
    assert.equal(inviteeClaims.sid, staffClaims.sid, 'both enter the same session')
    assert.equal(invitee.body().signalPath, '/media/signal')

    /* asking again keeps the session; one consultation with both people on record */
    const again = await onOrganization(client, organization, { as: cardiologist }).post(`/appointments/${appointment.id}/room/ticket`)
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
      const response = await visitor.post(`/visit/${token}/room/ticket`)
      response.assertStatus(410)
      assert.notProperty(response.body(), 'ticket')
    }
    ;(await visitor.post('/visit/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/room/ticket')).assertStatus(404)
    assert.lengthOf(await tenancy.run(organization, async () => await Consultation.all()), 0, 'no session was opened')
  })

  test('staff need a login and may only enter appointments they may see', async ({ client, assert }) => {
    const { organization, cardiologist, oncologist, oncology } = await clinic({ strict_department_segregation: true })
    const { appointment } = await plannedAppointment(organization, {
      startsAt: DateTime.utc().plus({ minutes: 10 }),
      handler: oncologist,
      departmentId: oncology.id,
    })
    assertRedirect(assert, await onOrganization(client, organization).post(`/appointments/${appointment.id}/room/ticket`))
    const foreignDepartment = await onOrganization(client, organization, { as: cardiologist }).post(`/appointments/${appointment.id}/room/ticket`)
    foreignDepartment.assertStatus(404)
    assert.notProperty(foreignDepartment.body() ?? {}, 'ticket')
    ;(await onOrganization(client, organization, { as: oncologist }).post(`/appointments/${appointment.id}/room/ticket`)).assertStatus(200)
  })

  test('another organization\'s appointment or link gets nothing here', async ({ client, assert }) => {
    const { organization, cardiologist } = await clinic()
    const other = await clinic()
    const theirs = await plannedAppointment(other.organization, { startsAt: DateTime.utc().plus({ minutes: 10 }), handler: other.cardiologist })
    ;(await onOrganization(client, organization, { as: cardiologist }).post(`/appointments/${theirs.appointment.id}/room/ticket`)).assertStatus(404)
    ;(await onOrganization(client, organization).post(`/visit/${theirs.token}/room/ticket`)).assertStatus(404)
    /* a session of this organization's handler on the other subdomain is not logged in there */
    const crossSession = await onOrganization(client, other.organization, { as: cardiologist }).post(`/appointments/${theirs.appointment.id}/room/ticket`)
    assert.notEqual(crossSession.status(), 200)
    assert.lengthOf(await tenancy.run(other.organization, async () => await Consultation.all()), 0)
  })
})

test.group('Consultation | the waiting list', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.teardown(() => clock.reset())

  test('shows who waits, on time or late, in real time; a closed page drops off; send back returns them', async ({ client, assert }) => {
    const { organization, cardiologist } = await clinic()
    const pings: string[] = []
    const broadcast = transmit.broadcast
    transmit.broadcast = ((channel: string) => pings.push(channel)) as any
    try {
      const start = DateTime.utc().plus({ minutes: 30 }).startOf('minute')
      const punctual = await plannedAppointment(organization, { startsAt: start, handler: cardiologist })
      const tardy = await plannedAppointment(organization, { startsAt: start.minus({ minutes: 50 }), handler: cardiologist })
      const visitor = onOrganization(client, organization)
      const staff = onOrganization(client, organization, { as: cardiologist })

      await visitor.post(`/visit/${punctual.token}/check-in`)
      await visitor.post(`/visit/${tardy.token}/check-in`)
      assert.deepEqual(pings, [`organizations/${organization.slug}/staff`, `organizations/${organization.slug}/staff`])
      const list = (await staff.get('/waiting-room/list')).body().waiting
      assert.deepEqual(list.map((entry: any) => [entry.appointmentId, entry.punctuality]), [
        [punctual.appointment.id, 'on_time'],
        [tardy.appointment.id, 'late'],
      ])
      assert.equal(list[0].appointmentTime, start.setZone('Europe/Amsterdam').toFormat('HH:mm'))

      /* a page that stops reporting in (closed tab) leaves the list */
      clock.travelTo(DateTime.utc().plus({ seconds: 50 }))
      await visitor.post(`/visit/${punctual.token}/check-in`)
      const later = (await staff.get('/waiting-room/list')).body().waiting
      assert.deepEqual(later.map((entry: any) => entry.appointmentId), [punctual.appointment.id])

      /* brought in, then sent back to wait */
      await staff.post(`/waiting-room/${later[0].id}/admit`)
      assert.lengthOf((await staff.get('/waiting-room/list')).body().waiting, 0)
      ;(await staff.post(`/waiting-room/${later[0].id}/send-back`)).assertStatus(204)
      assert.isFalse((await visitor.post(`/visit/${punctual.token}/check-in`)).body().admitted)
      assert.lengthOf((await staff.get('/waiting-room/list')).body().waiting, 1)
    } finally {
      transmit.broadcast = broadcast
    }
  })

  test('staff see and admit only invitees of appointments they may see; never across organizations', async ({ client, assert }) => {
    const { organization, cardiologist, oncologist, oncology } = await clinic({ strict_department_segregation: true })
    const other = await clinic()
    const onco = await plannedAppointment(organization, { startsAt: DateTime.utc().plus({ minutes: 10 }), handler: oncologist, departmentId: oncology.id })
    const theirs = await plannedAppointment(other.organization, { startsAt: DateTime.utc().plus({ minutes: 10 }), handler: other.cardiologist })
    await onOrganization(client, organization).post(`/visit/${onco.token}/check-in`)
    await onOrganization(client, other.organization).post(`/visit/${theirs.token}/check-in`)

    const asOncologist = (await onOrganization(client, organization, { as: oncologist }).get('/waiting-room/list')).body().waiting
    assert.lengthOf(asOncologist, 1)
    const asCardiologist = onOrganization(client, organization, { as: cardiologist })
    assert.lengthOf((await asCardiologist.get('/waiting-room/list')).body().waiting, 0)
    ;(await asCardiologist.post(`/waiting-room/${asOncologist[0].id}/admit`)).assertStatus(404)

    const theirEntry = (await onOrganization(client, other.organization, { as: other.cardiologist }).get('/waiting-room/list')).body().waiting[0]
    ;(await onOrganization(client, organization, { as: oncologist }).post(`/waiting-room/${theirEntry.id}/admit`)).assertStatus(404)
    ;(await onOrganization(client, organization).post(`/visit/${theirs.token}/check-in`)).assertStatus(404)
    assertRedirect(assert, await onOrganization(client, organization).get('/waiting-room/list'))
    const still = (await onOrganization(client, other.organization, { as: other.cardiologist }).get('/waiting-room/list')).body().waiting
    assert.lengthOf(still, 1, 'nobody else let them in')
  })

  test('a link outside its window cannot check in', async ({ client }) => {
    const { organization, cardiologist } = await clinic()
    const early = await plannedAppointment(organization, { startsAt: DateTime.utc().plus({ hours: 3 }), handler: cardiologist })
    ;(await onOrganization(client, organization).post(`/visit/${early.token}/check-in`)).assertStatus(410)
  })
})

test.group('Consultation | taking part', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a colleague who may see the appointment still cannot join it or let its patient in; an org admin can', async ({ client, assert }) => {
    const { organization, cardiologist, cardiology } = await clinic()
    const colleague = await createUser(organization, 'handler', { fullName: 'Cees Collega', departments: [cardiology] })
    const admin = await createUser(organization, 'org_admin')
    const { appointment, token } = await plannedAppointment(organization, { startsAt: DateTime.utc().plus({ minutes: 10 }), handler: cardiologist, departmentId: cardiology.id })
    await onOrganization(client, organization).post(`/visit/${token}/check-in`)

    const asColleague = onOrganization(client, organization, { as: colleague })
    assert.equal((await asColleague.get(`/appointments/${appointment.id}`)).status(), 200, 'visible without segregation')
    const refused = await asColleague.post(`/appointments/${appointment.id}/room/ticket`).header('accept', 'application/json')
    assert.notEqual(refused.status(), 200)
    assert.notProperty(refused.body() ?? {}, 'ticket')
    const [entry] = (await onOrganization(client, organization, { as: cardiologist }).get('/waiting-room/list')).body().waiting
    ;(await asColleague.post(`/waiting-room/${entry.id}/admit`)).assertStatus(404)
    assert.isFalse((await onOrganization(client, organization).post(`/visit/${token}/check-in`)).body().admitted)

    ;(await onOrganization(client, organization, { as: admin }).post(`/appointments/${appointment.id}/room/ticket`)).assertStatus(200)
    ;(await onOrganization(client, organization, { as: admin }).post(`/waiting-room/${entry.id}/admit`)).assertStatus(204)
  })

})

/* real connections, not one shared test transaction: the race is between separate requests */
test.group('Consultation | arriving at the same moment', (group) => {
  group.each.setup(() => testUtils.db().truncate())

  test('check-ins and the practitioner arriving at once open one consultation, with one record each', async ({ client, assert }) => {
    const { organization, cardiologist } = await clinic()
    const { appointment, token } = await plannedAppointment(organization, { startsAt: DateTime.utc().plus({ minutes: 10 }), handler: cardiologist })
    const visitor = onOrganization(client, organization)
    const staff = onOrganization(client, organization, { as: cardiologist })
    const responses = await Promise.all([
      visitor.post(`/visit/${token}/check-in`),
      visitor.post(`/visit/${token}/check-in`),
      staff.post(`/appointments/${appointment.id}/room/ticket`),
      staff.post(`/appointments/${appointment.id}/room/ticket`),
    ])
    assert.deepEqual(responses.map((response) => response.status()), [200, 200, 200, 200])
    const consultations = await tenancy.run(organization, async () => await Consultation.query().preload('participants'))
    assert.lengthOf(consultations, 1)
    assert.sameMembers(consultations[0].participants.map((p) => p.role), ['client', 'staff'])
    assert.equal(JoinTokens.verify(responses[2].body().ticket)!.sid, JoinTokens.verify(responses[3].body().ticket)!.sid)
  })
})

test.group('Consultation | checking in too often', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a link that checks in far more often than a waiting page does is slowed down', async ({ client, assert }) => {
    const { organization, cardiologist } = await clinic()
    const { token } = await plannedAppointment(organization, { startsAt: DateTime.utc().plus({ minutes: 10 }), handler: cardiologist })
    const visitor = onOrganization(client, organization)
    for (let i = 0; i < CHECK_INS_PER_MINUTE; i++) (await visitor.post(`/visit/${token}/check-in`)).assertStatus(200)
    const limited = await visitor.post(`/visit/${token}/check-in`)
    limited.assertStatus(429)
    assert.isAbove(Number(limited.header('retry-after')), 0)
  })
})
