import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import transmit from '@adonisjs/transmit/services/main'
import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import tenancy from '#core/tenancy/tenancy'
import type Department from '#models/department'
import type Organization from '#models/organization'
import type User from '#models/user'
import AuditLog from '#models/audit_log'
import ServiceAnnouncement from '#modules/agenda/models/service_announcement'
import { fromLocal } from '#modules/agenda/services/local_time'
import { createDepartment, createOrganization, createUser } from '#tests/support/world'
import { onOrganization } from '#tests/support/requests'
import { assertRedirect, fieldErrors } from '#tests/support/responses'

/*
 * Service announcements: org admins manage every one and may address all
 * departments; department admins manage their departments' ones only;
 * handlers have no access. Every change pings the waiting rooms concerned
 * (content-free) so they fetch their content again.
 */

async function clinic() {
  const organization = await createOrganization({ timezone: 'Europe/Amsterdam' })
  const cardiology = await createDepartment(organization, 'Cardiology')
  const oncology = await createDepartment(organization, 'Oncology')
  const orgAdmin = await createUser(organization, 'org_admin', { fullName: 'Olga Orgadmin' })
  const deptAdmin = await createUser(organization, 'dept_admin', { fullName: 'Dirk Deptadmin', departments: [cardiology] })
  const handler = await createUser(organization, 'handler', { fullName: 'Carla Cardio', departments: [cardiology] })
  return { organization, cardiology, oncology, orgAdmin, deptAdmin, handler }
}

async function announce(
  organization: Organization,
  message: string,
  department: Department | null,
  expiresAt: DateTime = DateTime.utc().plus({ hours: 2 })
) {
  return tenancy.run(organization, () =>
    ServiceAnnouncement.create({ message, departmentId: department?.id ?? null, expiresAt, createdById: null })
  )
}

async function messagesOf(organization: Organization) {
  return tenancy.run(organization, async () =>
    (await ServiceAnnouncement.query().orderBy('message')).map((announcement) => announcement.message)
  )
}

/** The local date of tomorrow in the organization's zone, for an expiry certainly in the future */
const tomorrow = (organization: Organization) =>
  DateTime.utc().setZone(organization.timezone).plus({ days: 1 }).toISODate()!

/** Records what is broadcast instead of sending it */
function spyOnBroadcasts() {
  const sent: { channel: string; payload: unknown }[] = []
  const original = transmit.broadcast
  transmit.broadcast = (channel: string, payload?: any) => {
    sent.push({ channel, payload })
  }
  return { sent, restore: () => (transmit.broadcast = original) }
}

const rows = (response: { body(): any }) => response.body().props.announcements as any[]

test.group('Announcements | roles', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a visitor is sent to the login page and changes nothing', async ({ client, assert }) => {
    const { organization, cardiology } = await clinic()
    const existing = await announce(organization, 'Running late', cardiology)
    const visitor = onOrganization(client, organization)
    const requests = [
      visitor.get('/announcements'),
      visitor.post('/announcements', { message: 'Hijack', departmentId: null, date: tomorrow(organization), time: '12:00' }),
      visitor.delete(`/announcements/${existing.id}`),
      visitor.delete('/announcements'),
    ]
    for (const request of requests) {
      const response = await request
      assert.equal(response.status(), 302)
      assert.equal(response.header('location'), '/login')
    }
    assert.deepEqual(await messagesOf(organization), ['Running late'])
  })

  test('a handler gets 403 on every announcement route and changes nothing', async ({ client, assert }) => {
    const { organization, cardiology, handler } = await clinic()
    const existing = await announce(organization, 'Running late', cardiology)
    const asHandler = onOrganization(client, organization, { as: handler })
    const page = await asHandler.get('/announcements')
    assert.equal(page.status(), 403)
    assert.notInclude(page.text(), 'Running late')

    const json = onOrganization(client, organization, { as: handler })
    const create = await json
      .post('/announcements', { message: 'From a handler', departmentId: cardiology.id, date: tomorrow(organization), time: '12:00' })
      .header('accept', 'application/json')
    create.assertStatus(403)
    const destroy = await json.delete(`/announcements/${existing.id}`).header('accept', 'application/json')
    destroy.assertStatus(403)
    const destroyAll = await json.delete('/announcements').header('accept', 'application/json')
    destroyAll.assertStatus(403)

    assert.deepEqual(await messagesOf(organization), ['Running late'])
  })

  test("a handler's menu has no announcements entry; admins' menus do", async ({ client, assert }) => {
    const { organization, handler, deptAdmin, orgAdmin } = await clinic()
    const hrefsOf = async (user: User) => {
      const response = await onOrganization(client, organization, { as: user, inertia: true }).get('/')
      return (response.body().props.menu as any[]).flatMap((section) => section.items.map((item: any) => item.href))
    }
    assert.notInclude(await hrefsOf(handler), '/announcements')
    assert.include(await hrefsOf(deptAdmin), '/announcements')
    assert.include(await hrefsOf(orgAdmin), '/announcements')
  })
})

test.group('Announcements | org admin', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('sees every active announcement and those expired within a day, expired ones marked', async ({ client, assert }) => {
    const { organization, cardiology, oncology, orgAdmin } = await clinic()
    await announce(organization, 'Cardiology late', cardiology)
    await announce(organization, 'Oncology late', oncology)
    await announce(organization, 'Everyone: network trouble', null)
    await announce(organization, 'Expired an hour ago', cardiology, DateTime.utc().minus({ hours: 1 }))
    await announce(organization, 'Expired last week', cardiology, DateTime.utc().minus({ days: 7 }))

    const response = await onOrganization(client, organization, { as: orgAdmin, inertia: true }).get('/announcements')
    response.assertStatus(200)
    response.assertInertiaComponent('agenda/announcements/index')
    const listed = rows(response)
    assert.sameMembers(
      listed.map((row) => row.message),
      ['Cardiology late', 'Oncology late', 'Everyone: network trouble', 'Expired an hour ago']
    )
    const byMessage = Object.fromEntries(listed.map((row) => [row.message, row]))
    assert.isTrue(byMessage['Expired an hour ago'].expired)
    assert.isFalse(byMessage['Cardiology late'].expired)
    assert.isNull(byMessage['Everyone: network trouble'].departmentName)
    assert.equal(byMessage['Oncology late'].departmentName, 'Oncology')
    assert.isTrue(listed.every((row) => row.canDelete))
    assert.equal(listed[0].message, 'Expired an hour ago', 'soonest expiry first')

    const props = response.body().props
    assert.isTrue(props.can.allDepartments)
    assert.sameMembers(
      props.departments.map((d: any) => d.name),
      ['Cardiology', 'Oncology']
    )
    assert.equal(props.timezone, 'Europe/Amsterdam')
    assert.equal(props.defaultExpiry.time, '23:59')
    const localNow = DateTime.utc().setZone('Europe/Amsterdam')
    const expectedDate = (localNow.hour >= 23 ? localNow.plus({ days: 1 }) : localNow).toISODate()
    assert.equal(props.defaultExpiry.date, expectedDate)
  })

  test('posts an announcement to all departments; the expiry is read in the organization time zone', async ({ client, assert }) => {
    const { organization, orgAdmin, cardiology, oncology } = await clinic()
    const spy = spyOnBroadcasts()
    try {
      const date = tomorrow(organization)
      const response = await onOrganization(client, organization, { as: orgAdmin, inertia: true, from: '/announcements' })
        .post('/announcements', { message: '  The video service is slow today  ', departmentId: null, date, time: '17:30' })
      assertRedirect(assert, response)
      response.assertFlashMessage('success', 'The announcement is now shown in the waiting room.')

      const [announcement] = await tenancy.run(organization, async () => await ServiceAnnouncement.query())
      assert.equal(announcement.message, 'The video service is slow today')
      assert.isNull(announcement.departmentId)
      assert.equal(announcement.createdById, orgAdmin.id)
      assert.equal(announcement.expiresAt.toMillis(), fromLocal(date, '17:30', 'Europe/Amsterdam').toMillis())

      /* every waiting room of the organization is told, with nothing but a ping */
      const slug = organization.slug
      assert.sameMembers(
        spy.sent.map((message) => message.channel),
        [
          `organizations/${slug}/waiting-room/all`,
          `organizations/${slug}/waiting-room/${cardiology.id}`,
          `organizations/${slug}/waiting-room/${oncology.id}`,
        ]
      )
      for (const message of spy.sent) assert.deepEqual(message.payload, { type: 'changed' })

      const audit = await tenancy.run(organization, async () => await AuditLog.query().where('action', 'announcement.created'))
      assert.lengthOf(audit, 1)
    } finally {
      spy.restore()
    }
  })

  test('posts an announcement to one department; only that department and "all" are pinged', async ({ client, assert }) => {
    const { organization, orgAdmin, oncology } = await clinic()
    const spy = spyOnBroadcasts()
    try {
      const response = await onOrganization(client, organization, { as: orgAdmin, inertia: true })
        .post('/announcements', { message: 'Oncology runs 10 minutes late', departmentId: oncology.id, date: tomorrow(organization), time: '09:00' })
      assertRedirect(assert, response)
      const [announcement] = await tenancy.run(organization, async () => await ServiceAnnouncement.query())
      assert.equal(announcement.departmentId, oncology.id)
      assert.sameMembers(
        spy.sent.map((message) => message.channel),
        [`organizations/${organization.slug}/waiting-room/all`, `organizations/${organization.slug}/waiting-room/${oncology.id}`]
      )
    } finally {
      spy.restore()
    }
  })

  test('deletes one announcement and pings its waiting rooms', async ({ client, assert }) => {
    const { organization, orgAdmin, cardiology } = await clinic()
    const doomed = await announce(organization, 'Doomed', cardiology)
    await announce(organization, 'Kept', null)
    const spy = spyOnBroadcasts()
    try {
      const response = await onOrganization(client, organization, { as: orgAdmin, inertia: true })
        .delete(`/announcements/${doomed.id}`)
      assertRedirect(assert, response)
      response.assertFlashMessage('success', 'The announcement has been removed from the waiting room.')
      assert.deepEqual(await messagesOf(organization), ['Kept'])
      assert.include(spy.sent.map((m) => m.channel), `organizations/${organization.slug}/waiting-room/${cardiology.id}`)
    } finally {
      spy.restore()
    }
  })

  test('"delete all" deletes every announcement of the organization, expired ones too, and no other organization\'s', async ({ client, assert }) => {
    const { organization, orgAdmin, cardiology, oncology } = await clinic()
    const other = await createOrganization()
    await announce(other, 'Other clinic', null)
    await announce(organization, 'A', cardiology)
    await announce(organization, 'B', oncology)
    await announce(organization, 'C', null)
    await announce(organization, 'D', cardiology, DateTime.utc().minus({ hours: 3 }))

    const response = await onOrganization(client, organization, { as: orgAdmin, inertia: true }).delete('/announcements')
    assertRedirect(assert, response)
    response.assertFlashMessage('success', '4 announcements have been deleted.')
    assert.deepEqual(await messagesOf(organization), [])
    assert.deepEqual(await messagesOf(other), ['Other clinic'])
  })

  test('an unknown announcement id answers 404', async ({ client }) => {
    const { organization, orgAdmin } = await clinic()
    const response = await onOrganization(client, organization, { as: orgAdmin, inertia: true }).delete('/announcements/999999')
    response.assertStatus(404)
  })
})

test.group('Announcements | department admin', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test("sees their departments' announcements and the organization-wide ones (read only), not others'", async ({ client, assert }) => {
    const { organization, cardiology, oncology, deptAdmin } = await clinic()
    await announce(organization, 'Cardiology late', cardiology)
    await announce(organization, 'Oncology late', oncology)
    await announce(organization, 'Everyone: network trouble', null)

    const response = await onOrganization(client, organization, { as: deptAdmin, inertia: true }).get('/announcements')
    response.assertStatus(200)
    const listed = rows(response)
    assert.sameMembers(listed.map((row) => row.message), ['Cardiology late', 'Everyone: network trouble'])
    assert.notInclude(response.text(), 'Oncology late')
    const byMessage = Object.fromEntries(listed.map((row) => [row.message, row]))
    assert.isTrue(byMessage['Cardiology late'].canDelete)
    assert.isFalse(byMessage['Everyone: network trouble'].canDelete)

    const props = response.body().props
    assert.isFalse(props.can.allDepartments)
    assert.deepEqual(props.departments, [{ id: cardiology.id, name: 'Cardiology' }])
  })

  test('posts to their own department', async ({ client, assert }) => {
    const { organization, cardiology, deptAdmin } = await clinic()
    const response = await onOrganization(client, organization, { as: deptAdmin, inertia: true })
      .post('/announcements', { message: 'Cardiology: 15 minutes delay', departmentId: cardiology.id, date: tomorrow(organization), time: '08:15' })
    assertRedirect(assert, response)
    response.assertFlashMessage('success', 'The announcement is now shown in the waiting room.')
    const [announcement] = await tenancy.run(organization, async () => await ServiceAnnouncement.query())
    assert.equal(announcement.departmentId, cardiology.id)
    assert.equal(announcement.createdById, deptAdmin.id)
  })

  test('cannot post to all departments or to a department that is not theirs', async ({ client, assert }) => {
    const { organization, oncology, deptAdmin } = await clinic()
    const asDeptAdmin = onOrganization(client, organization, { as: deptAdmin, inertia: true, from: '/announcements' })
    const date = tomorrow(organization)

    const toAll = await asDeptAdmin.post('/announcements', { message: 'Everyone!', departmentId: null, date, time: '10:00' })
    assertRedirect(assert, toAll)
    assert.deepEqual(fieldErrors(toAll).departmentId, ['Choose one of your departments.'])

    const omitted = await asDeptAdmin.post('/announcements', { message: 'Everyone!', date, time: '10:00' })
    assert.deepEqual(fieldErrors(omitted).departmentId, ['Choose one of your departments.'])

    const toOncology = await asDeptAdmin.post('/announcements', { message: 'Oncology!', departmentId: oncology.id, date, time: '10:00' })
    assert.deepEqual(fieldErrors(toOncology).departmentId, ['Choose a department from the list.'])
    toOncology.assertFlashMissing('success')

    assert.deepEqual(await messagesOf(organization), [])
  })

  test("cannot delete another department's announcement (404) nor an organization-wide one (403)", async ({ client, assert }) => {
    const { organization, oncology, deptAdmin } = await clinic()
    const oncologyOne = await announce(organization, 'Oncology late', oncology)
    const everyone = await announce(organization, 'Everyone', null)
    const asDeptAdmin = onOrganization(client, organization, { as: deptAdmin, inertia: true })

    const notVisible = await asDeptAdmin.delete(`/announcements/${oncologyOne.id}`)
    notVisible.assertStatus(404)
    const orgWide = await onOrganization(client, organization, { as: deptAdmin })
      .delete(`/announcements/${everyone.id}`)
      .header('accept', 'application/json')
    orgWide.assertStatus(403)

    assert.deepEqual(await messagesOf(organization), ['Everyone', 'Oncology late'])
  })

  test('"delete all" deletes only the announcements of their departments', async ({ client, assert }) => {
    const { organization, cardiology, oncology, deptAdmin } = await clinic()
    const pediatrics = await createDepartment(organization, 'Pediatrics')
    const deptAdminOfTwo = await createUser(organization, 'dept_admin', { departments: [cardiology, pediatrics] })
    await announce(organization, 'Cardiology 1', cardiology)
    await announce(organization, 'Cardiology 2 (expired)', cardiology, DateTime.utc().minus({ hours: 1 }))
    await announce(organization, 'Pediatrics', pediatrics)
    await announce(organization, 'Oncology', oncology)
    await announce(organization, 'Everyone', null)

    const spy = spyOnBroadcasts()
    try {
      const first = await onOrganization(client, organization, { as: deptAdmin, inertia: true }).delete('/announcements')
      assertRedirect(assert, first)
      first.assertFlashMessage('success', '2 announcements have been deleted.')
      assert.deepEqual(await messagesOf(organization), ['Everyone', 'Oncology', 'Pediatrics'])
      assert.notInclude(spy.sent.map((m) => m.channel), `organizations/${organization.slug}/waiting-room/${oncology.id}`)

      const second = await onOrganization(client, organization, { as: deptAdminOfTwo, inertia: true }).delete('/announcements')
      second.assertFlashMessage('success', '1 announcement has been deleted.')
      assert.deepEqual(await messagesOf(organization), ['Everyone', 'Oncology'])
    } finally {
      spy.restore()
    }
  })
})

test.group('Announcements | bad input', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an empty or too long message, a bad date or time are refused field by field, in the user\'s language', async ({ client, assert }) => {
    const { organization, orgAdmin, cardiology } = await clinic()
    const asAdmin = onOrganization(client, organization, { as: orgAdmin, inertia: true, from: '/announcements' })

    const empty = await asAdmin.post('/announcements', { message: '   ', departmentId: cardiology.id, date: 'tomorrow', time: '25:00' })
    assertRedirect(assert, empty)
    const errors = fieldErrors(empty)
    assert.includeMembers(Object.keys(errors), ['message', 'date', 'time'])
    assert.include(errors.message[0], 'message')

    const long = await asAdmin.post('/announcements', { message: 'x'.repeat(501), departmentId: cardiology.id, date: tomorrow(organization), time: '10:00' })
    assert.deepEqual(fieldErrors(long).message, ['The message can be at most 500 characters.'])

    const dutchAdmin = await createUser(organization, 'org_admin', { locale: 'nl' })
    const dutch = await onOrganization(client, organization, { as: dutchAdmin, inertia: true })
      .post('/announcements', { message: '', departmentId: cardiology.id, date: tomorrow(organization), time: '10:00' })
    assert.include(fieldErrors(dutch).message[0], 'bericht')

    assert.deepEqual(await messagesOf(organization), [])
  })

  test('an expiry in the past, a date that does not exist or a time skipped by the clock change is refused', async ({ client, assert }) => {
    const { organization, orgAdmin, cardiology } = await clinic()
    const asAdmin = onOrganization(client, organization, { as: orgAdmin, inertia: true })
    const yesterday = DateTime.utc().setZone(organization.timezone).minus({ days: 1 }).toISODate()!

    const past = await asAdmin.post('/announcements', { message: 'Late', departmentId: cardiology.id, date: yesterday, time: '12:00' })
    assert.deepEqual(fieldErrors(past).time, ['This moment has already passed. Choose a date and time in the future.'])

    const nonexistentDate = await asAdmin.post('/announcements', { message: 'Late', departmentId: cardiology.id, date: '2031-02-30', time: '12:00' })
    assert.property(fieldErrors(nonexistentDate), 'date')

    /* Europe/Amsterdam skips 02:00–03:00 on the last Sunday of March */
    const gap = await asAdmin.post('/announcements', { message: 'Late', departmentId: cardiology.id, date: '2031-03-30', time: '02:30' })
    assert.deepEqual(fieldErrors(gap).time, [
      'This time does not exist on that day (the clocks change). Choose another time.',
    ])

    assert.deepEqual(await messagesOf(organization), [])
  })

  test('a JSON client gets 422 with the field errors', async ({ client, assert }) => {
    const { organization, orgAdmin } = await clinic()
    const response = await onOrganization(client, organization, { as: orgAdmin })
      .post('/announcements', { message: '', date: '', time: '' })
      .header('accept', 'application/json')
    response.assertStatus(422)
    assert.deepEqual(await messagesOf(organization), [])
  })

  test('a non-numeric id is refused without deleting anything', async ({ client, assert }) => {
    const { organization, orgAdmin, cardiology } = await clinic()
    await announce(organization, 'Kept', cardiology)
    const response = await onOrganization(client, organization, { as: orgAdmin })
      .delete('/announcements/abc')
      .header('accept', 'application/json')
    response.assertStatus(422)
    assert.deepEqual(await messagesOf(organization), ['Kept'])
  })
})

test.group('Announcements | other organizations', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test("another organization's announcement id answers 404 and stays", async ({ client, assert }) => {
    const { organization, orgAdmin } = await clinic()
    const other = await createOrganization()
    const theirs = await announce(other, 'Bravo announcement', null)

    const response = await onOrganization(client, organization, { as: orgAdmin, inertia: true }).delete(`/announcements/${theirs.id}`)
    response.assertStatus(404)
    const list = await onOrganization(client, organization, { as: orgAdmin, inertia: true }).get('/announcements')
    assert.notInclude(list.text(), 'Bravo announcement')
    assert.deepEqual(await messagesOf(other), ['Bravo announcement'])
  })

  test("another organization's department cannot be addressed", async ({ client, assert }) => {
    const { organization, orgAdmin } = await clinic()
    const other = await createOrganization()
    const theirDepartment = await createDepartment(other, 'Bravo Oncology')
    const response = await onOrganization(client, organization, { as: orgAdmin, inertia: true })
      .post('/announcements', { message: 'Sneaky', departmentId: theirDepartment.id, date: tomorrow(organization), time: '10:00' })
    assert.deepEqual(fieldErrors(response).departmentId, ['Choose a department from the list.'])
    assert.deepEqual(await messagesOf(organization), [])
    assert.deepEqual(await messagesOf(other), [])
  })

  test("another organization's session is sent to the login page and changes nothing", async ({ client, assert }) => {
    const { organization, cardiology } = await clinic()
    const other = await createOrganization()
    const otherAdmin = await createUser(other, 'org_admin')
    const ours = await announce(organization, 'Ours', cardiology)
    const asOtherAdmin = onOrganization(client, organization, { as: otherAdmin })
    const requests = [
      asOtherAdmin.get('/announcements'),
      asOtherAdmin.post('/announcements', { message: 'Hijack', departmentId: null, date: tomorrow(organization), time: '12:00' }),
      asOtherAdmin.delete(`/announcements/${ours.id}`),
      asOtherAdmin.delete('/announcements'),
    ]
    for (const request of requests) {
      const response = await request
      assert.equal(response.status(), 302)
      assert.equal(response.header('location'), '/login')
    }
    assert.deepEqual(await messagesOf(organization), ['Ours'])
  })
})

test.group('Announcements | real-time channel rules', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test("a visitor may listen to their organization's waiting-room pings, nothing else", async ({ assert }) => {
    const home = await createOrganization()
    const other = await createOrganization()
    /* what the subscribe route hands to the rules for someone who is not logged in */
    const visitor = { organization: home, auth: { user: undefined } } as unknown as HttpContext
    const mayListen = (channel: string) => transmit.getManager().verifyAccess(channel, visitor)

    assert.isTrue(await mayListen(`organizations/${home.slug}/waiting-room/all`))
    assert.isTrue(await mayListen(`organizations/${home.slug}/waiting-room/42`))
    assert.isFalse(await mayListen(`organizations/${home.slug}/waiting-room/anything-else`))
    assert.isFalse(await mayListen(`organizations/${other.slug}/waiting-room/all`))
    assert.isFalse(await mayListen(`organizations/${home.slug}/users/1`))
  })
})
