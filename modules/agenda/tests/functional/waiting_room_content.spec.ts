import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import limiter from '@adonisjs/limiter/services/main'
import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import env from '#start/env'
import tenancy from '#core/tenancy/tenancy'
import type Department from '#models/department'
import type Organization from '#models/organization'
import type User from '#models/user'
import Appointment from '#modules/agenda/models/appointment'
import AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import Client from '#modules/agenda/models/client'
import ExternalParticipant from '#modules/agenda/models/external_participant'
import ServiceAnnouncement from '#modules/agenda/models/service_announcement'
import WaitingRoomText from '#modules/agenda/models/waiting_room_text'
import { AccessLinks } from '#modules/agenda/services/access_link'
import { CONTENT_REQUESTS_PER_MINUTE } from '#modules/agenda/controllers/waiting_room_content_controller'
import { createDepartment, createOrganization, createUser } from '#tests/support/world'
import { onHost, onOrganization } from '#tests/support/requests'

/* Each test starts with a fresh request count for this machine's IP, in whichever store the limiter uses */
async function forgetVisitRequests() {
  await limiter
    .use({ requests: CONTENT_REQUESTS_PER_MINUTE, duration: '1 min', blockDuration: '1 min' })
    .delete('visit_content_127.0.0.1')
}

/*
 * GET /visit/:token/content: what a visitor's waiting room shows. No login;
 * the access link's token is the only key.
 */

async function clinic(attributes: Partial<Organization> = {}) {
  const organization = await createOrganization({ timezone: 'Europe/Amsterdam', name: 'Harbour Clinic', ...attributes })
  const cardiology = await createDepartment(organization, 'Cardiology')
  const oncology = await createDepartment(organization, 'Oncology')
  const doctor = await createUser(organization, 'handler', { fullName: 'Dr. Anna Vos', departments: [cardiology] })
  return { organization, cardiology, oncology, doctor }
}

type AppointmentOptions = {
  startsAt: DateTime
  handler?: User | null
  department?: Department | null
  status?: 'scheduled' | 'cancelled'
  /** the client's language; `external` invites an external participant with this language instead */
  locale?: string | null
  external?: boolean
}

/** An appointment with one invitee and the invitee's access-link token */
async function appointmentWith(organization: Organization, options: AppointmentOptions) {
  return tenancy.run(organization, async () => {
    const person = {
      initials: 'J.',
      lastName: 'Jansen',
      dateOfBirth: '1970-01-01',
      email: `j.jansen.${randomUUID()}@example.test`,
      locale: options.locale ?? null,
    }
    const appointment = await Appointment.create({
      uid: randomUUID(),
      kind: 'regular',
      status: options.status ?? 'scheduled',
      handlerId: options.handler === undefined ? null : (options.handler?.id ?? null),
      departmentId: options.department?.id ?? null,
      startsAt: options.startsAt,
      endsAt: options.startsAt.plus({ minutes: 30 }),
      durationMinutes: 30,
      cancelledAt: options.status === 'cancelled' ? DateTime.utc() : null,
    })
    const participant = new AppointmentParticipant()
    participant.appointmentId = appointment.id
    if (options.external) {
      const external = await ExternalParticipant.create({ ...person, lastName: 'Bakker' })
      participant.role = 'external'
      participant.externalParticipantId = external.id
    } else {
      const client = await Client.create(person)
      participant.role = 'client'
      participant.clientId = client.id
    }
    const token = AccessLinks.issue(participant)
    await participant.save()
    return { appointment, participant, token }
  })
}

async function announce(organization: Organization, message: string, department: Department | null, expiresAt?: DateTime) {
  return tenancy.run(organization, () =>
    ServiceAnnouncement.create({
      message,
      departmentId: department?.id ?? null,
      expiresAt: expiresAt ?? DateTime.utc().plus({ hours: 2 }),
      createdById: null,
    })
  )
}

const minutesFromNow = (minutes: number) => DateTime.utc().plus({ minutes }).startOf('second')
const localTime = (instant: DateTime, organization: Organization, locale = 'en') =>
  instant.setZone(organization.timezone).setLocale(locale).toLocaleString(DateTime.TIME_SIMPLE)

function content(client: Parameters<typeof onOrganization>[0], organization: Organization, token: string) {
  return onOrganization(client, organization).get(`/visit/${token}/content`)
}

test.group('Waiting-room content | situation and text', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => forgetVisitRequests())

  test('before the appointment time: the "early" text with the codes filled in', async ({ client, assert }) => {
    const { organization, cardiology, doctor } = await clinic()
    const startsAt = minutesFromNow(20)
    const { token } = await appointmentWith(organization, { startsAt, handler: doctor, department: cardiology })

    const response = await content(client, organization, token)
    response.assertStatus(200)
    const body = response.body()
    assert.equal(body.situation, 'early')
    assert.equal(body.locale, 'en')
    assert.equal(
      body.text,
      `Welcome to Harbour Clinic, J. Jansen. Your appointment with Dr. Anna Vos is at ${localTime(startsAt, organization)}. ` +
        'You are a little early, and that is fine: please keep this page open. You will be brought into the consultation at the appointment time.'
    )
    assert.equal(body.startsAt, startsAt.toISO())
    assert.equal(body.refreshAt, startsAt.toISO(), 'the text changes at the appointment time')
    assert.equal(body.channel, `organizations/${organization.slug}/waiting-room/${cardiology.id}`)
    assert.equal(response.header('cache-control'), 'no-store')
  })

  test('from the appointment time until 5 minutes after: the "on time" text', async ({ client, assert }) => {
    const { organization, cardiology, doctor } = await clinic()
    const startsAt = minutesFromNow(-2)
    const { token } = await appointmentWith(organization, { startsAt, handler: doctor, department: cardiology })

    const body = (await content(client, organization, token)).body()
    assert.equal(body.situation, 'on_time')
    assert.include(body.text, 'Dr. Anna Vos knows you are here')
    assert.equal(DateTime.fromISO(body.refreshAt).toMillis(), startsAt.plus({ minutes: 5, seconds: 1 }).toMillis())
  })

  test('more than 5 minutes past the appointment time: the "running late" text', async ({ client, assert }) => {
    const { organization, cardiology, doctor } = await clinic()
    const startsAt = minutesFromNow(-20)
    const { token } = await appointmentWith(organization, { startsAt, handler: doctor, department: cardiology })

    const body = (await content(client, organization, token)).body()
    assert.equal(body.situation, 'late')
    assert.include(body.text, 'Dr. Anna Vos is running a little late')
    assert.isNull(body.refreshAt)
  })

  test("the organization's own text is used, in the participant's language", async ({ client, assert }) => {
    const { organization, cardiology, doctor } = await clinic()
    await tenancy.run(organization, () =>
      WaitingRoomText.create({
        kind: 'late',
        locale: 'nl',
        body: '|handler| (|department|) loopt uit. Uw afspraak om |appointment_time| op |appointment_date| gaat zo beginnen. Binnen vanaf |appointment_welcome_from|.',
      })
    )
    const startsAt = minutesFromNow(-20)
    const { token } = await appointmentWith(organization, { startsAt, handler: doctor, department: cardiology, locale: 'nl' })

    const body = (await content(client, organization, token)).body()
    assert.equal(body.locale, 'nl')
    const local = startsAt.setZone(organization.timezone).setLocale('nl')
    assert.equal(
      body.text,
      `Dr. Anna Vos (Cardiology) loopt uit. Uw afspraak om ${local.toLocaleString(DateTime.TIME_SIMPLE)} op ` +
        `${local.toLocaleString(DateTime.DATE_FULL)} gaat zo beginnen. Binnen vanaf ${local.minus({ hours: 1 }).toLocaleString(DateTime.TIME_SIMPLE)}.`
    )
  })

  test("without a language of their own the participant gets the organization's default language", async ({ client, assert }) => {
    const { organization, cardiology, doctor } = await clinic({ defaultLocale: 'de' })
    const { token } = await appointmentWith(organization, { startsAt: minutesFromNow(20), handler: doctor, department: cardiology })

    const body = (await content(client, organization, token)).body()
    assert.equal(body.locale, 'de')
    assert.match(body.text, /^Willkommen bei Harbour Clinic, J\. Jansen\./)
  })

  test("an external participant gets the text in their own language, with their own name", async ({ client, assert }) => {
    const { organization, cardiology, doctor } = await clinic()
    const { token } = await appointmentWith(organization, {
      startsAt: minutesFromNow(-2),
      handler: doctor,
      department: cardiology,
      locale: 'pl',
      external: true,
    })
    const body = (await content(client, organization, token)).body()
    assert.equal(body.locale, 'pl')
    assert.match(body.text, /^Witamy w Harbour Clinic, J\. Bakker\./)
  })

  test('an appointment with a department but no handler names the department', async ({ client, assert }) => {
    const { organization, oncology } = await clinic()
    const { token } = await appointmentWith(organization, { startsAt: minutesFromNow(-2), handler: null, department: oncology })
    const body = (await content(client, organization, token)).body()
    assert.include(body.text, 'Your appointment with Oncology starts at')
    assert.equal(body.channel, `organizations/${organization.slug}/waiting-room/${oncology.id}`)
  })
})

test.group('Waiting-room content | announcements', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => forgetVisitRequests())

  test("shows the department's and the organization-wide announcements, not other departments' or expired ones", async ({ client, assert }) => {
    const { organization, cardiology, oncology, doctor } = await clinic()
    const soon = DateTime.utc().plus({ minutes: 10 }).startOf('second')
    await announce(organization, 'Cardiology runs 10 minutes late', cardiology, soon)
    await announce(organization, 'Everyone: the video service is slow', null)
    await announce(organization, 'Oncology closed', oncology)
    await announce(organization, 'Expired already', cardiology, DateTime.utc().minus({ minutes: 1 }))
    const { token } = await appointmentWith(organization, { startsAt: minutesFromNow(-20), handler: doctor, department: cardiology })

    const body = (await content(client, organization, token)).body()
    assert.sameMembers(
      body.announcements.map((a: any) => a.message),
      ['Cardiology runs 10 minutes late', 'Everyone: the video service is slow']
    )
    const cardiologyOne = body.announcements.find((a: any) => a.message.startsWith('Cardiology'))
    assert.equal(cardiologyOne.expiresAt, soon.toISO())
    assert.equal(body.refreshAt, soon.toISO(), 'fetch again when the first announcement expires')
  })

  test('an announcement is gone from the content once it has expired', async ({ client, assert }) => {
    const { organization, cardiology, doctor } = await clinic()
    const announcement = await announce(organization, 'Short-lived', cardiology)
    const { token } = await appointmentWith(organization, { startsAt: minutesFromNow(-2), handler: doctor, department: cardiology })

    const before = (await content(client, organization, token)).body()
    assert.deepEqual(before.announcements.map((a: any) => a.message), ['Short-lived'])

    await tenancy.run(organization, async () => {
      announcement.expiresAt = DateTime.utc().minus({ seconds: 1 })
      await announcement.save()
    })
    const after = (await content(client, organization, token)).body()
    assert.deepEqual(after.announcements, [])
  })

  test("without a department on the appointment, the handler's departments count", async ({ client, assert }) => {
    const { organization, cardiology, doctor } = await clinic()
    await announce(organization, 'Cardiology runs late', cardiology)
    const { token } = await appointmentWith(organization, { startsAt: minutesFromNow(-2), handler: doctor, department: null })
    const body = (await content(client, organization, token)).body()
    assert.deepEqual(body.announcements.map((a: any) => a.message), ['Cardiology runs late'])
    assert.equal(body.channel, `organizations/${organization.slug}/waiting-room/${cardiology.id}`)
  })

  test('a waiting room with no department (or several) listens on the organization-wide channel', async ({ client, assert }) => {
    const { organization, cardiology, oncology } = await clinic()
    const generalist = await createUser(organization, 'handler', { fullName: 'Gerd General', departments: [cardiology, oncology] })
    const loner = await createUser(organization, 'handler', { fullName: 'Lone Ranger' })
    await announce(organization, 'Oncology closed', oncology)
    const several = await appointmentWith(organization, { startsAt: minutesFromNow(-2), handler: generalist })
    const none = await appointmentWith(organization, { startsAt: minutesFromNow(-2), handler: loner })

    const forSeveral = (await content(client, organization, several.token)).body()
    assert.equal(forSeveral.channel, `organizations/${organization.slug}/waiting-room/all`)
    assert.deepEqual(forSeveral.announcements.map((a: any) => a.message), ['Oncology closed'])

    const forNone = (await content(client, organization, none.token)).body()
    assert.equal(forNone.channel, `organizations/${organization.slug}/waiting-room/all`)
    assert.deepEqual(forNone.announcements, [])
  })
})

test.group('Waiting-room content | access', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => forgetVisitRequests())

  test('an unknown or malformed token answers a bare 404', async ({ client, assert }) => {
    const { organization } = await clinic()
    for (const token of ['A'.repeat(43), 'short', 'not a token at all!']) {
      const response = await content(client, organization, encodeURIComponent(token))
      response.assertStatus(404)
      assert.deepEqual(response.body(), { error: 'not_found' })
    }
  })

  test("another organization's token on this organization's subdomain answers 404", async ({ client, assert }) => {
    const { organization } = await clinic()
    const other = await clinic({ name: 'Bravo Clinic' })
    await announce(other.organization, 'Bravo secret', null)
    const { token } = await appointmentWith(other.organization, { startsAt: minutesFromNow(-2), handler: other.doctor })

    const response = await content(client, organization, token)
    response.assertStatus(404)
    assert.deepEqual(response.body(), { error: 'not_found' })
    assert.notInclude(response.text(), 'Bravo')

    /* on its own subdomain the same token works */
    const own = await content(client, other.organization, token)
    own.assertStatus(200)
  })

  test('the bare platform domain has no waiting-room content', async ({ client }) => {
    const { organization, doctor } = await clinic()
    const { token } = await appointmentWith(organization, { startsAt: minutesFromNow(-2), handler: doctor })
    const response = await onHost(client, `${env.get('APP_DOMAIN')}:${env.get('PORT')}`)
      .get(`/visit/${token}/content`)
      .header('accept', 'application/json')
    response.assertStatus(404)
  })

  test('a cancelled appointment answers 410 with its state and nothing else', async ({ client, assert }) => {
    const { organization, doctor } = await clinic()
    await announce(organization, 'Everyone', null)
    const { token } = await appointmentWith(organization, { startsAt: minutesFromNow(-2), handler: doctor, status: 'cancelled' })
    const response = await content(client, organization, token)
    response.assertStatus(410)
    assert.deepEqual(response.body(), { state: 'cancelled' })
  })

  test('outside the access window: 410 "too_early" (with the opening time) or "too_late"', async ({ client, assert }) => {
    const { organization, doctor } = await clinic()
    const startsAt = minutesFromNow(3 * 60)
    const early = await appointmentWith(organization, { startsAt, handler: doctor })
    const tooEarly = await content(client, organization, early.token)
    tooEarly.assertStatus(410)
    assert.deepEqual(tooEarly.body(), { state: 'too_early', opensAt: startsAt.minus({ hours: 1 }).toISO() })

    const past = await appointmentWith(organization, { startsAt: minutesFromNow(-3 * 60), handler: doctor })
    const tooLate = await content(client, organization, past.token)
    tooLate.assertStatus(410)
    assert.deepEqual(tooLate.body(), { state: 'too_late' })
  })

  test('requests are limited per IP address', async ({ client, assert }) => {
    const { organization, doctor } = await clinic()
    const { token } = await appointmentWith(organization, { startsAt: minutesFromNow(-2), handler: doctor })
    for (let i = 0; i < CONTENT_REQUESTS_PER_MINUTE; i++) {
      const response = await content(client, organization, i % 2 === 0 ? token : 'B'.repeat(43))
      assert.oneOf(response.status(), [200, 404], `request ${i + 1}`)
    }
    const limited = await content(client, organization, token)
    limited.assertStatus(429)
    assert.deepEqual(limited.body(), { error: 'too_many_requests' })
    assert.isAbove(Number(limited.header('retry-after')), 0)
  })
})
