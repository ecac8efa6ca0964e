import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import transmit from '@adonisjs/transmit/services/main'
import mail from '@adonisjs/mail/services/main'
import clock from '#core/clock'
import tenancy from '#core/tenancy/tenancy'
import Group from '#models/group'
import type Organization from '#models/organization'
import ExternalParticipant from '#modules/agenda/models/external_participant'
import AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import { AccessLinks } from '#modules/agenda/services/access_link'
import ConsultationParticipant from '#modules/consultation/models/consultation_participant'
import RoomService from '#modules/consultation/services/room_service'
import { RoomChannels } from '#modules/consultation/services/room_events'
import { createClient, plannedAppointment } from '#modules/agenda/tests/support/agenda_world'
import { createOrganization, createUser } from '#tests/support/world'
import { onOrganization } from '#tests/support/requests'

/*
 * PRODUCT 4.5: external participants (also those invited through a group)
 * enter only while the client is in the room. Their waiting page's check-in
 * answer says so (waitingFor: 'client'), without saying who the client is,
 * and stops saying it once the client is there.
 */

async function externalParticipant(organization: Organization, attributes: Partial<ExternalParticipant> = {}) {
  return tenancy.run(organization, () =>
    ExternalParticipant.create({
      initials: 'T.',
      lastName: 'Tolk',
      dateOfBirth: '',
      email: `tolk-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@example.test`,
      clientNumber: null,
      phone: null,
      locale: null,
      ...attributes,
    })
  )
}

/** A running appointment of "Zelda Zorgvrager" with an interpreter and a family group added in the room */
async function consultationWithGuests(client: Parameters<typeof onOrganization>[0], settings: Record<string, unknown> = {}) {
  const organization = await createOrganization({ settings })
  const handler = await createUser(organization, 'handler', { fullName: 'Carla Cardio' })
  const patient = await createClient(organization, { initials: 'Z.', lastName: 'Zorgvrager', email: 'zelda@example.test' })
  const planned = await plannedAppointment(organization, { startsAt: DateTime.utc().minus({ minutes: 2 }), handler, client: patient })
  const interpreter = await externalParticipant(organization)
  const family = await tenancy.run(organization, () => Group.create({ name: 'Family' }))
  const mother = await externalParticipant(organization, { initials: 'M.', lastName: 'Mother' })
  await tenancy.run(organization, async () => {
    await mother.related('groups').attach([family.id])
  })
  const staff = onOrganization(client, organization, { as: handler })
  const room = `/appointments/${planned.appointment.id}/room/participants`
  ;(await staff.post(room, { externalParticipantId: interpreter.id }).accept('json')).assertStatus(201)
  ;(await staff.post(room, { groupId: family.id }).accept('json')).assertStatus(201)
  const invitees = await tenancy.run(organization, async () =>
    await AppointmentParticipant.query().where('appointment_id', planned.appointment.id).where('role', 'external').orderBy('id')
  )
  const tokenOf = (person: ExternalParticipant) => AccessLinks.tokenOf(invitees.find((invitee) => invitee.externalParticipantId === person.id)!)!
  return { organization, handler, ...planned, staff, visitor: onOrganization(client, organization), interpreter: tokenOf(interpreter), mother: tokenOf(mother) }
}

/**
 * The client in the media session or not, through the relay's own join and
 * leave hooks (RoomService.joined/left); let in first, as the relay asks
 */
const connections = new Map<number, string>()
async function clientInRoom(organization: Organization, participant: AppointmentParticipant, present: boolean) {
  const consultation = await tenancy.run(organization, async () => {
    const record = await ConsultationParticipant.query().where('appointment_participant_id', participant.id).preload('consultation').firstOrFail()
    if (!record.admittedAt) {
      record.admittedAt = clock.now()
      await record.save()
    }
    return record.consultation
  })
  const claims = { sid: consultation.mediaSession, uid: `p${participant.id}`, name: 'client', role: 'client' as const, org: organization.id, exp: 0 }
  if (present) {
    const connection = await new RoomService().joined(claims)
    if (typeof connection !== 'string') throw new Error('the client could not join')
    connections.set(participant.id, connection)
  } else {
    await new RoomService().left(claims, connections.get(participant.id)!)
  }
}

test.group('Waiting room | an external participant waits for the client', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('the check-in says "waiting for the client" while no client is in the room, names nobody, and stops once the client is in', async ({ client, assert }) => {
    mail.fake()
    const world = await consultationWithGuests(client)

    /* nobody there yet: the interpreter and the family member wait for the client */
    for (const token of [world.interpreter, world.mother]) {
      const answer = await world.visitor.post(`/visit/${token}/check-in`)
      answer.assertStatus(200)
      assert.containsSubset(answer.body(), { admitted: false, waitingFor: 'client' })
      /* nothing about the client in it: not the name, not the address, not their uid */
      const text = JSON.stringify(answer.body())
      for (const personal of ['Zorgvrager', 'zelda@example.test', `p${world.participant.id}`]) assert.notInclude(text, personal)
    }

    /* the client checks in: waiting for the practitioner, as always, not for themselves */
    const own = await world.visitor.post(`/visit/${world.token}/check-in`)
    assert.containsSubset(own.body(), { admitted: false, waitingFor: null })
    /* waiting in the waiting room is not being in the room */
    assert.equal((await world.visitor.post(`/visit/${world.interpreter}/check-in`)).body().waitingFor, 'client')

    /* the client is in the room: the interpreter waits for the practitioner like anyone */
    await clientInRoom(world.organization, world.participant, true)
    assert.containsSubset((await world.visitor.post(`/visit/${world.interpreter}/check-in`)).body(), { admitted: false, waitingFor: null })
    assert.containsSubset((await world.visitor.post(`/visit/${world.mother}/check-in`)).body(), { admitted: false, waitingFor: null })

    /* ...and may be let in now; once in, there is nothing more to wait for */
    const entry = ((await world.staff.get('/waiting-room/list').accept('json')).body().waiting as any[]).find((w) => w.name === 'T. Tolk')
    ;(await world.staff.post(`/waiting-room/${entry.id}/admit`).accept('json')).assertStatus(204)
    assert.containsSubset((await world.visitor.post(`/visit/${world.interpreter}/check-in`)).body(), { admitted: true, waitingFor: null })

    /* the client leaves the room: whoever still waits waits for the client again */
    await clientInRoom(world.organization, world.participant, false)
    assert.equal((await world.visitor.post(`/visit/${world.mother}/check-in`)).body().waitingFor, 'client')
  })

  test("the waiting guests' pages are told to look again when the client comes into the room and when the client leaves", async ({ client, assert, cleanup }) => {
    mail.fake()
    const world = await consultationWithGuests(client)
    for (const token of [world.interpreter, world.mother, world.token]) (await world.visitor.post(`/visit/${token}/check-in`)).assertStatus(200)
    const guests = await tenancy.run(world.organization, async () =>
      await AppointmentParticipant.query().where('appointment_id', world.appointment.id).where('role', 'external').orderBy('id')
    )
    const channels = guests.map((guest) => RoomChannels.invitee(world.organization.slug, guest.id))
    const pinged: string[] = []
    const broadcast = transmit.broadcast
    transmit.broadcast = ((channel: string, payload: any) => {
      pinged.push(channel)
      return broadcast.call(transmit, channel, payload)
    }) as typeof transmit.broadcast
    cleanup(() => {
      transmit.broadcast = broadcast
    })

    await clientInRoom(world.organization, world.participant, true)
    assert.includeMembers(pinged, channels, 'both waiting guests look again when the client is in')
    pinged.length = 0
    await clientInRoom(world.organization, world.participant, false)
    assert.includeMembers(pinged, channels, 'and again when the client has left')
  })

  test('after a force start, an external participant is told to wait for the client and goes in by themselves once the client is there', async ({ client, assert }) => {
    mail.fake()
    const world = await consultationWithGuests(client, { allow_force_start: true })
    ;(await world.staff.post(`/appointments/${world.appointment.id}/room/force-start`).accept('json')).assertStatus(204)

    assert.containsSubset((await world.visitor.post(`/visit/${world.interpreter}/check-in`)).body(), { admitted: false, waitingFor: 'client' })
    /* the client goes straight in (force start) and joins the media session */
    assert.isTrue((await world.visitor.post(`/visit/${world.token}/check-in`)).body().admitted)
    await clientInRoom(world.organization, world.participant, true)
    assert.containsSubset((await world.visitor.post(`/visit/${world.interpreter}/check-in`)).body(), { admitted: true, waitingFor: null })
  })

  test("another organization's check-in knows no such link: 404, and no one is put in a waiting room", async ({ client, assert }) => {
    mail.fake()
    const world = await consultationWithGuests(client)
    const other = await createOrganization()

    const elsewhere = await onOrganization(client, other).post(`/visit/${world.interpreter}/check-in`)
    elsewhere.assertStatus(404)
    assert.notProperty(elsewhere.body(), 'waitingFor')
    assert.notInclude(JSON.stringify(elsewhere.body()), 'Zorgvrager')
    const records = await tenancy.run(world.organization, async () => await ConsultationParticipant.query().whereNot('role', 'staff'))
    assert.lengthOf(records, 0, 'nobody checked in here')
    assert.lengthOf((await world.staff.get('/waiting-room/list').accept('json')).body().waiting, 0)
  })
})
