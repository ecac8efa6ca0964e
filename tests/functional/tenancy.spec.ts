import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import drive from '@adonisjs/drive/services/main'
import mail from '@adonisjs/mail/services/main'
import { png } from '#tests/support/images'
import type { ApiRequest } from '@japa/api-client'
import tenancy from '#core/tenancy/tenancy'
import User from '#models/user'
import Department from '#models/department'
import Group from '#models/group'
import AuditLog from '#models/audit_log'
import Organization from '#models/organization'
import UserToken from '#models/user_token'
import UserTokenService from '#services/user_token_service'
import { createDepartment, createOrganization, createUser } from '#tests/support/world'
import { onOrganization } from '#tests/support/requests'
import { assertRedirect } from '#tests/support/responses'

/**
 * Two organizations side by side. Everything of B gets a recognisable name
 * ("Bravo ...") so that pages of A can be searched for any trace of it.
 */
async function twoOrganizations() {
  const a = await createOrganization()
  const b = await createOrganization()
  const adminA = await createUser(a, 'org_admin', { fullName: 'Alpha Admin' })
  const departmentA = await createDepartment(a, 'Alpha Cardiology')
  const staffA = await createUser(a, 'handler', { fullName: 'Alpha Handler', departments: [departmentA] })

  const adminB = await createUser(b, 'org_admin', { fullName: 'Bravo Admin' })
  const departmentB = await createDepartment(b, 'Bravo Oncology')
  const staffB = await createUser(b, 'handler', {
    fullName: 'Bravo Handler',
    email: 'bravo.handler@example.test',
    departments: [departmentB],
  })
  const groupA = await tenancy.run(a, () => Group.create({ name: 'Alpha Family', description: null }))
  const groupB = await tenancy.run(b, () => Group.create({ name: 'Bravo Home care', description: null }))
  await tenancy.run(b, () =>
    AuditLog.create({
      actorId: adminB.id,
      actorName: 'Bravo Admin',
      action: 'department.created',
      subjectType: 'department',
      subjectId: String(departmentB.id),
      subjectLabel: 'Bravo Oncology',
      changes: { name: 'Bravo Oncology' },
      ipAddress: '10.0.0.2',
    })
  )
  await tenancy.run(a, () =>
    AuditLog.create({
      actorId: adminA.id,
      actorName: 'Alpha Admin',
      action: 'department.created',
      subjectType: 'department',
      subjectId: String(departmentA.id),
      subjectLabel: 'Alpha Cardiology',
      changes: { name: 'Alpha Cardiology' },
      ipAddress: '10.0.0.1',
    })
  )
  return { a, b, adminA, adminB, departmentA, departmentB, staffA, staffB, groupA, groupB }
}

/** Gives a user a stored profile photo, as the profile page would */
async function giveAvatar(user: User, organization: Organization) {
  const image = await png(8, 8, '#ff0000')
  const key = `organizations/${organization.id}/avatars/${user.id}-test.png`
  await drive.use().put(key, image)
  await tenancy.run(organization, async () => {
    const fresh = await User.findOrFail(user.id)
    fresh.avatarPath = key
    await fresh.save()
  })
  return key
}

const departmentPayload = { name: 'Hijacked', color: '#000000', description: 'changed from another organization' }
const employeePayload = (departmentIds: number[]) => ({
  fullName: 'Hijacked Name',
  email: 'hijacked@example.test',
  role: 'org_admin',
  departmentIds,
})

test.group('Tenancy | a session of one organization is worthless on another', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('pages of org B redirect org A\'s logged-in admin to the login page', async ({ client, assert }) => {
    const { b, adminA, staffB } = await twoOrganizations()
    const pages = [
      '/',
      '/me',
      '/support',
      '/profile',
      `/users/${staffB.id}/avatar`,
      '/departments',
      '/employees',
      '/employees/new',
      `/employees/${staffB.id}/edit`,
      '/groups',
      '/organization/settings',
      '/organization/advanced',
      '/organization/modules',
      '/organization/audit-log',
      '/chat',
    ]
    const asAdminAOnB = onOrganization(client, b, { as: adminA })
    for (const url of pages) {
      const response = await asAdminAOnB.get(url)
      assert.equal(response.status(), 302, `GET ${url}`)
      assert.equal(response.header('location'), '/login', `GET ${url}`)
    }
  })

  test('changes sent to org B with org A\'s session are refused and change nothing', async ({ client, assert }) => {
    const { b, adminA, departmentB, groupB, staffB } = await twoOrganizations()
    const asAdminAOnB = onOrganization(client, b, { as: adminA, form: true })
    const requests: Array<[string, () => ApiRequest]> = [
      ['PUT /profile', () => asAdminAOnB.put('/profile', { fullName: 'Hijacked', locale: 'en' })],
      ['PUT /profile/password', () => asAdminAOnB.put('/profile/password', { currentPassword: 'x', password: 'y' })],
      ['POST /profile/avatar', () => asAdminAOnB.post('/profile/avatar')],
      ['DELETE /profile/avatar', () => asAdminAOnB.delete('/profile/avatar')],
      ['PUT /organization/advanced', () => asAdminAOnB.put('/organization/advanced', { settings: {} })],
      ['POST /organization/logo', () => asAdminAOnB.post('/organization/logo')],
      ['DELETE /organization/logo', () => asAdminAOnB.delete('/organization/logo')],
      ['DELETE /organization/api-key', () => asAdminAOnB.delete('/organization/api-key')],
      ['PUT /organization/settings', () =>
        asAdminAOnB.put('/organization/settings', { name: 'Hijacked', timezone: 'UTC', defaultLocale: 'en' })],
      ['POST /organization/api-key', () => asAdminAOnB.post('/organization/api-key')],
      ['PUT /organization/modules/chat', () => asAdminAOnB.put('/organization/modules/chat', { enabled: true })],
      ['POST /departments', () => asAdminAOnB.post('/departments', departmentPayload)],
      [`PUT /departments/${departmentB.id}`, () => asAdminAOnB.put(`/departments/${departmentB.id}`, departmentPayload)],
      [`DELETE /departments/${departmentB.id}`, () => asAdminAOnB.delete(`/departments/${departmentB.id}`)],
      ['POST /employees', () => asAdminAOnB.post('/employees').json(employeePayload([departmentB.id]))],
      [`PUT /employees/${staffB.id}`, () => asAdminAOnB.put(`/employees/${staffB.id}`).json(employeePayload([]))],
      [`DELETE /employees/${staffB.id}`, () => asAdminAOnB.delete(`/employees/${staffB.id}`)],
      [`POST /employees/${staffB.id}/invitation`, () => asAdminAOnB.post(`/employees/${staffB.id}/invitation`)],
      ['POST /groups', () => asAdminAOnB.post('/groups', { name: 'Hijacked' })],
      [`PUT /groups/${groupB.id}`, () => asAdminAOnB.put(`/groups/${groupB.id}`, { name: 'Hijacked' })],
      [`DELETE /groups/${groupB.id}`, () => asAdminAOnB.delete(`/groups/${groupB.id}`)],
    ]
    for (const [label, send] of requests) {
      const response = await send()
      assert.equal(response.status(), 302, label)
      assert.equal(response.header('location'), '/login', label)
    }

    await tenancy.run(b, async () => {
      const organization = await Organization.findOrFail(b.id)
      assert.equal(organization.name, b.name)
      assert.isNull(organization.apiKeyHash)
      assert.equal((await Department.findOrFail(departmentB.id)).name, 'Bravo Oncology')
      assert.equal((await Group.findOrFail(groupB.id)).name, 'Bravo Home care')
      const employee = await User.findOrFail(staffB.id)
      assert.equal(employee.fullName, 'Bravo Handler')
      assert.equal(employee.role, 'handler')
      assert.isNull(await Department.findBy('name', 'Hijacked'))
      assert.isNull(await Group.findBy('name', 'Hijacked'))
      assert.isNull(await User.findBy('email', 'hijacked@example.test'))
      assert.lengthOf(await UserToken.query().where('user_id', staffB.id), 0)
    })
  })
})

test.group('Tenancy | ids of another organization are not found', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('department ids of org B answer 404 on org A and B\'s department is untouched', async ({ client, assert }) => {
    const { a, b, adminA, departmentB } = await twoOrganizations()
    const asAdminA = onOrganization(client, a, { as: adminA, inertia: true, form: true })

    const update = await asAdminA.put(`/departments/${departmentB.id}`, departmentPayload)
    update.assertStatus(404)

    const destroy = await asAdminA.delete(`/departments/${departmentB.id}`)
    destroy.assertStatus(404)

    await tenancy.run(b, async () => {
      const department = await Department.find(departmentB.id)
      assert.exists(department, 'the department of B still exists')
      assert.equal(department!.name, 'Bravo Oncology')
      assert.isNull(department!.description)
    })
  })

  test('employee ids of org B answer 404 on org A and B\'s employee is untouched', async ({ client, assert }) => {
    const { a, b, adminA, departmentA, staffB } = await twoOrganizations()
    const { mails } = mail.fake()
    const asAdminA = onOrganization(client, a, { as: adminA, inertia: true })

    const edit = await asAdminA.get(`/employees/${staffB.id}/edit`)
    edit.assertStatus(404)

    const update = await asAdminA.put(`/employees/${staffB.id}`, employeePayload([departmentA.id]))
    update.assertStatus(404)

    const invitation = await asAdminA.post(`/employees/${staffB.id}/invitation`)
    invitation.assertStatus(404)

    const destroy = await asAdminA.delete(`/employees/${staffB.id}`)
    destroy.assertStatus(404)

    mails.assertNoneQueued()
    mails.assertNoneSent()
    await tenancy.run(b, async () => {
      const employee = await User.find(staffB.id)
      assert.exists(employee, 'the employee of B still exists')
      assert.equal(employee!.fullName, 'Bravo Handler')
      assert.equal(employee!.email, 'bravo.handler@example.test')
      assert.equal(employee!.role, 'handler')
      assert.isTrue(Boolean(employee!.isActive))
      const tokens = await UserToken.query().where('user_id', staffB.id)
      assert.lengthOf(tokens, 0, 'no invitation was issued for B\'s employee')
    })
    /* And nothing of A's was changed in B's name either */
    await tenancy.run(a, async () => {
      assert.isNull(await User.findBy('email', 'hijacked@example.test'))
    })
  })

  test('group ids of org B answer 404 on org A and B\'s group is untouched', async ({ client, assert }) => {
    const { a, b, adminA, groupB } = await twoOrganizations()
    const asAdminA = onOrganization(client, a, { as: adminA, inertia: true, form: true })

    const update = await asAdminA.put(`/groups/${groupB.id}`, { name: 'Hijacked', description: 'changed' })
    update.assertStatus(404)

    const destroy = await asAdminA.delete(`/groups/${groupB.id}`)
    destroy.assertStatus(404)

    await tenancy.run(b, async () => {
      const groupRow = await Group.find(groupB.id)
      assert.exists(groupRow, 'the group of B still exists')
      assert.equal(groupRow!.name, 'Bravo Home care')
      assert.isNull(groupRow!.description)
    })
  })

  test('the profile photo of an employee of org B is not served on org A', async ({ client, assert }) => {
    const { a, b, adminA, adminB, staffB } = await twoOrganizations()
    await giveAvatar(staffB, b)

    const foreign = await onOrganization(client, a, { as: adminA }).get(`/users/${staffB.id}/avatar`)
    foreign.assertStatus(404)
    assert.notEqual(foreign.header('content-type'), 'image/png')

    /* Control: the same photo is there for B's own admin */
    const own = await onOrganization(client, b, { as: adminB }).get(`/users/${staffB.id}/avatar`)
    own.assertStatus(200)
    own.assertHeader('content-type', 'image/png')
  })

  test('the same requests work for org B\'s own admin (the ids and payloads are valid)', async ({ client, assert }) => {
    const { b, adminB, departmentB, groupB, staffB } = await twoOrganizations()
    const { mails } = mail.fake()
    const asAdminB = onOrganization(client, b, { as: adminB, inertia: true, form: true })

    const edit = await asAdminB.get(`/employees/${staffB.id}/edit`)
    edit.assertStatus(200)
    edit.assertInertiaComponent('employees/form')

    const department = await asAdminB.put(`/departments/${departmentB.id}`, departmentPayload)
    assertRedirect(assert, department)
    department.assertFlashMessage('success')

    const groupResponse = await asAdminB.put(`/groups/${groupB.id}`, { name: 'Hijacked', description: 'changed' })
    assertRedirect(assert, groupResponse)
    groupResponse.assertFlashMessage('success')

    const employee = await asAdminB
      .put(`/employees/${staffB.id}`)
      .json({ ...employeePayload([departmentB.id]), role: 'handler' })
    assertRedirect(assert, employee)
    employee.assertFlashMessage('success')

    await tenancy.run(b, async () => {
      assert.equal((await Department.findOrFail(departmentB.id)).name, 'Hijacked')
      assert.equal((await Group.findOrFail(groupB.id)).name, 'Hijacked')
      assert.equal((await User.findOrFail(staffB.id)).fullName, 'Hijacked Name')
    })
    assert.lengthOf(mails.queued(), 0)
  })

  test('an invitation link of org B does not open on org A', async ({ client, assert }) => {
    const { a, b, staffB } = await twoOrganizations()
    const token = await tenancy.run(b, () => UserTokenService.issue(staffB, 'invitation'))

    const onA = onOrganization(client, a, { inertia: true, form: true })

    const foreign = await onA.get(`/password/${token}`)
    foreign.assertStatus(410)
    foreign.assertInertiaComponent('auth/link_expired')

    const setOnA = await onA.post(`/password/${token}`, {
      password: 'a brand new password',
      password_confirmation: 'a brand new password',
    })
    setOnA.assertStatus(410)
    assert.notProperty(setOnA.session(), 'auth_web')

    /* Control: the link is valid on B's own subdomain */
    const own = await onOrganization(client, b, { inertia: true }).get(`/password/${token}`)
    own.assertStatus(200)
    own.assertInertiaComponent('auth/set_password')
  })
})

test.group('Tenancy | lists never show another organization', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  const lists = ['/departments', '/employees', '/groups', '/organization/audit-log', '/organization/settings', '/']

  test('list pages of org A contain A\'s records and nothing of org B', async ({ client, assert }) => {
    const { a, adminA } = await twoOrganizations()
    const expectations: Record<string, string[]> = {
      '/departments': ['Alpha Cardiology'],
      '/employees': ['Alpha Handler', 'Alpha Cardiology'],
      '/groups': ['Alpha Family'],
      '/organization/audit-log': ['Alpha Cardiology'],
    }
    const asAdminA = onOrganization(client, a, { as: adminA, inertia: true })
    for (const url of lists) {
      const response = await asAdminA.get(url)
      response.assertStatus(200)
      const body = JSON.stringify(response.body())
      for (const expected of expectations[url] ?? []) assert.include(body, expected, `${url} shows ${expected}`)
      assert.notInclude(body, 'Bravo', `${url} shows nothing of org B`)
      assert.notInclude(body, 'bravo.handler@example.test', url)
    }
  })

  test('counts on the dashboard only count org A', async ({ client }) => {
    const { a, adminA } = await twoOrganizations()
    const response = await onOrganization(client, a, { as: adminA, inertia: true }).get('/')
    response.assertStatus(200)
    response.assertInertiaPropsContains({ stats: { departments: 1, employees: 2 } })
  })

  test('filters and searches with ids or names of org B find nothing on org A', async ({ client, assert }) => {
    const { a, adminA, departmentB } = await twoOrganizations()
    const asAdminA = onOrganization(client, a, { as: adminA, inertia: true })
    for (const query of [`department=${departmentB.id}`, 'search=bravo', 'search=bravo.handler%40example.test']) {
      const response = await asAdminA.get(`/employees?${query}`)
      response.assertStatus(200)
      assert.lengthOf(response.body().props.employees, 0, query)
      assert.equal(response.body().props.meta.total, 0, query)
    }
    const audit = await asAdminA.get('/organization/audit-log?action=department')
    assert.lengthOf(audit.body().props.entries, 1)
    assert.notInclude(JSON.stringify(audit.body()), 'Bravo')
  })

  test('an invite with a department of org B is refused and creates nothing', async ({ client, assert }) => {
    const { a, b, adminA, departmentB } = await twoOrganizations()
    const { mails } = mail.fake()
    try {
      const asAdminA = onOrganization(client, a, { as: adminA, inertia: true, from: '/employees/new' })
      const response = await asAdminA.post('/employees', {
        fullName: 'New Person',
        email: 'new.person@example.test',
        role: 'handler',
        departmentIds: [departmentB.id],
      })
      assert.equal(response.status(), 302)
      assert.property(response.flashMessage('inputErrorsBag') ?? {}, 'departmentIds')
      mails.assertNoneQueued()
      await tenancy.run(a, async () => assert.isNull(await User.findBy('email', 'new.person@example.test')))
      await tenancy.run(b, async () => {
        const members = await (await Department.findOrFail(departmentB.id)).related('users').query()
        assert.deepEqual(members.map((m) => m.fullName), ['Bravo Handler'])
      })
    } finally {
      mail.restore()
    }
  })
})

test.group('Tenancy | the scope of tenant-owned models', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an orWhere inside run(A) never returns a row of B', async ({ assert }) => {
    const a = await createOrganization()
    const b = await createOrganization()
    const userA = await createUser(a, 'handler')
    const userB = await createUser(b, 'handler')

    await tenancy.run(a, async () => {
      const rows = await User.query().where('email', userA.email).orWhere('email', userB.email)
      assert.deepEqual(rows.map((row) => row.id), [userA.id])

      const first = await User.query().where('email', userB.email).orWhere('email', userA.email).first()
      assert.equal(first?.id, userA.id)

      const page = await User.query().where('email', userA.email).orWhere('email', userB.email).paginate(1, 10)
      assert.equal(page.total, 1)
      assert.deepEqual(page.all().map((row) => row.id), [userA.id])

      const count = await User.query().where('id', userA.id).orWhere('id', userB.id).count('* as total').first()
      assert.equal(Number(count!.$extras.total), 1)

      assert.isNull(await User.find(userB.id))
      assert.isNull(await User.findBy('email', userB.email))
    })
  })

  test('the login lookup (verifyCredentials) only finds users of the current organization', async ({ assert }) => {
    const a = await createOrganization()
    const b = await createOrganization()
    const email = 'same.person@example.test'
    await createUser(a, 'handler', { email, password: 'password of alpha' })
    const userB = await createUser(b, 'handler', { email, password: 'password of bravo' })

    await tenancy.run(a, async () => {
      await assert.rejects(() => User.verifyCredentials(email, 'password of bravo'))
    })
    await tenancy.run(b, async () => {
      const user = await User.verifyCredentials(email, 'password of bravo')
      assert.equal(user.id, userB.id)
    })
  })

  test('relation queries stay inside the organization', async ({ assert }) => {
    const a = await createOrganization()
    const b = await createOrganization()
    const departmentA = await createDepartment(a)
    const departmentB = await createDepartment(b)
    const user = await createUser(a, 'dept_admin', { departments: [departmentA] })
    /* A pivot row pointing at B's department must not make it visible from A */
    await tenancy.unscoped(async () => {
      const db = (await import('@adonisjs/lucid/services/db')).default
      await db.table('department_user').insert({ department_id: departmentB.id, user_id: user.id })
    })
    await tenancy.run(a, async () => {
      const fresh = await User.findOrFail(user.id)
      assert.deepEqual(await fresh.departmentIds(), [departmentA.id])
      const preloaded = await User.query().where('id', user.id).preload('departments').firstOrFail()
      assert.deepEqual(preloaded.departments.map((d) => d.id), [departmentA.id])
    })
  })

  test('code outside any tenancy scope cannot touch tenant data', async ({ assert }) => {
    const a = await createOrganization()
    await createUser(a, 'handler')

    assert.throws(() => tenancy.current(), /outside tenancy/)
    await assert.rejects(async () => User.query().first(), /outside tenancy/)
    await assert.rejects(async () => User.find(1), /outside tenancy/)
    await assert.rejects(async () => Department.all(), /outside tenancy/)
    await assert.rejects(async () => Group.create({ name: 'Nowhere', description: null }), /outside tenancy/)
    /* Building a query is harmless; running it outside a scope is refused */
    await assert.rejects(async () => User.query().where('id', 1).update({ full_name: 'x' }), /outside tenancy/)
  })

  test('creating a row for another organization inside a scope is refused', async ({ assert }) => {
    const a = await createOrganization()
    const b = await createOrganization()

    await tenancy.run(a, async () => {
      await assert.rejects(
        () => Department.create({ name: 'Smuggled', color: '#123456', organizationId: b.id }),
        /another organization/
      )
      await assert.rejects(
        () =>
          User.create({
            email: 'smuggled@example.test',
            fullName: 'Smuggled',
            role: 'org_admin',
            isActive: true,
            organizationId: b.id,
          }),
        /another organization/
      )
      /* Without an explicit id the row takes the scope's organization */
      const own = await Department.create({ name: 'Own', color: '#123456' })
      assert.equal(own.organizationId, a.id)
    })
    /* The platform scope cannot create rows for an organization either */
    await tenancy.run(null, async () => {
      await assert.rejects(
        () => Group.create({ name: 'Smuggled', description: null, organizationId: b.id }),
        /another organization/
      )
    })
    await tenancy.run(b, async () => {
      assert.isNull(await Department.findBy('name', 'Smuggled'))
      assert.isNull(await User.findBy('email', 'smuggled@example.test'))
      assert.isNull(await Group.findBy('name', 'Smuggled'))
    })
  })

  test('query-builder update() with an orWhere inside run(A) never touches a row of B', async ({ assert }) => {
    const a = await createOrganization()
    const b = await createOrganization()
    const userA = await createUser(a, 'handler', { fullName: 'Alpha Person' })
    const userB = await createUser(b, 'handler', { fullName: 'Bravo Person' })

    await tenancy.run(a, async () => {
      await User.query().where('id', userA.id).orWhere('id', userB.id).update({ full_name: 'Renamed' })
    })
    await tenancy.run(b, async () => {
      assert.equal((await User.findOrFail(userB.id)).fullName, 'Bravo Person')
    })
  })

  test('query-builder delete() with an orWhere inside run(A) never deletes a row of B', async ({ assert }) => {
    const a = await createOrganization()
    const b = await createOrganization()
    const groupA = await tenancy.run(a, () => Group.create({ name: 'Alpha Group', description: null }))
    const groupB = await tenancy.run(b, () => Group.create({ name: 'Bravo Group', description: null }))

    await tenancy.run(a, async () => {
      await Group.query().where('id', groupA.id).orWhere('id', groupB.id).delete()
    })
    await tenancy.run(b, async () => {
      assert.exists(await Group.find(groupB.id), 'B\'s group still exists')
    })
  })

  test('pojo() reads with an orWhere inside run(A) never return a row of B', async ({ assert }) => {
    const a = await createOrganization()
    const b = await createOrganization()
    const userA = await createUser(a, 'handler')
    const userB = await createUser(b, 'handler')

    await tenancy.run(a, async () => {
      const rows = await User.query().where('id', userA.id).orWhere('id', userB.id).pojo<{ id: number }>()
      assert.deepEqual(rows.map((row) => row.id), [userA.id])
    })
  })

  test('the platform scope (bare domain) sees no organization\'s users', async ({ assert }) => {
    const a = await createOrganization()
    const userA = await createUser(a, 'org_admin')
    await tenancy.run(null, async () => {
      assert.isNull(await User.find(userA.id))
      assert.isNull(await User.findBy('email', userA.email))
    })
  })
})
