import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import type { ApiResponse } from '@japa/api-client'
import type { Assert } from '@japa/assert'
import tenancy from '#core/tenancy/tenancy'
import Department from '#models/department'
import User from '#models/user'
import Group from '#models/group'
import Organization from '#models/organization'
import { createDepartment, createOrganization, createUser } from '#tests/support/world'
import { onOrganization } from '#tests/support/requests'
import { assertRedirect } from '#tests/support/responses'

const ADMIN_PAGES = [
  '/organization/settings',
  '/organization/advanced',
  '/organization/modules',
  '/organization/audit-log',
]
const MANAGEMENT_PAGES = ['/departments', '/employees', '/groups']

/**
 * A refused form submission goes back to the form with the translated
 * "no permission" message, never a success message.
 */
function assertRefused(assert: Assert, response: ApiResponse, label: string) {
  assert.oneOf(response.status(), [302, 303], `${label}: refused with a redirect back`)
  assert.notProperty(response.flashMessages() ?? {}, 'success', `${label}: no success message`)
  assert.property(response.flashMessages() ?? {}, 'error', `${label}: an error message is shown`)
}

async function staffedOrganization() {
  const organization = await createOrganization()
  const cardiology = await createDepartment(organization, 'Cardiology')
  const oncology = await createDepartment(organization, 'Oncology')
  const orgAdmin = await createUser(organization, 'org_admin', { fullName: 'Olga Orgadmin' })
  const deptAdmin = await createUser(organization, 'dept_admin', { fullName: 'Dirk Deptadmin', departments: [cardiology] })
  const cardiologist = await createUser(organization, 'handler', { fullName: 'Carla Cardio', departments: [cardiology] })
  const oncologist = await createUser(organization, 'handler', { fullName: 'Otto Onco', departments: [oncology] })
  const group = await tenancy.run(organization, () => Group.create({ name: 'Family', description: null }))
  return { organization, cardiology, oncology, orgAdmin, deptAdmin, cardiologist, oncologist, group }
}

test.group('Roles | visitors', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a visitor is sent to the login page from every employee page', async ({ client, assert }) => {
    const { organization, cardiologist } = await staffedOrganization()
    const pages = ['/', '/me', '/profile', '/support', `/users/${cardiologist.id}/avatar`, ...MANAGEMENT_PAGES, '/employees/new', ...ADMIN_PAGES]
    const visitor = onOrganization(client, organization)
    for (const url of pages) {
      const response = await visitor.get(url)
      assert.equal(response.status(), 302, url)
      assert.equal(response.header('location'), '/login', url)
    }
  })

  test('a visitor cannot change anything', async ({ client, assert }) => {
    const { organization, cardiology } = await staffedOrganization()
    const visitor = onOrganization(client, organization, { form: true })
    const response = await visitor.put(`/departments/${cardiology.id}`, { name: 'Renamed', color: '#000000' })
    assert.equal(response.status(), 302)
    assert.equal(response.header('location'), '/login')
    await tenancy.run(organization, async () => {
      assert.equal((await Department.findOrFail(cardiology.id)).name, 'Cardiology')
    })
  })

  test('the login page itself is open to visitors', async ({ client }) => {
    const { organization } = await staffedOrganization()
    const response = await onOrganization(client, organization, { inertia: true }).get('/login')
    response.assertStatus(200)
    response.assertInertiaComponent('auth/login')
  })
})

test.group('Roles | handler', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a handler gets 403 on the management and organization pages', async ({ client, assert }) => {
    const { organization, cardiologist } = await staffedOrganization()
    const asHandler = onOrganization(client, organization, { as: cardiologist })
    for (const url of [...MANAGEMENT_PAGES, '/employees/new', ...ADMIN_PAGES]) {
      const response = await asHandler.get(url)
      assert.equal(response.status(), 403, url)
      assert.notInclude(response.text(), 'Oncology', `${url} reveals nothing`)
    }
  })

  test('a handler can still use their own pages', async ({ client, assert }) => {
    const { organization, cardiologist } = await staffedOrganization()
    const asHandler = onOrganization(client, organization, { as: cardiologist, inertia: true })
    for (const url of ['/', '/profile', '/support']) {
      const response = await asHandler.get(url)
      assert.equal(response.status(), 200, url)
    }
  })

  test('a handler\'s menu offers no management or organization pages', async ({ client, assert }) => {
    const { organization, cardiologist } = await staffedOrganization()
    const response = await onOrganization(client, organization, { as: cardiologist, inertia: true }).get('/')
    const hrefs = (response.body().props.menu as any[]).flatMap((section) => section.items.map((item: any) => item.href))
    assert.include(hrefs, '/profile')
    for (const url of [...MANAGEMENT_PAGES, ...ADMIN_PAGES]) assert.notInclude(hrefs, url)
  })

  test('a handler cannot create, rename or delete departments', async ({ client, assert }) => {
    const { organization, cardiologist, cardiology } = await staffedOrganization()
    const asHandler = onOrganization(client, organization, { as: cardiologist, inertia: true, form: true })

    const create = await asHandler.post('/departments', { name: 'Radiology', color: '#228be6' })
    assertRefused(assert, create, 'POST /departments')

    const createJson = await onOrganization(client, organization, { as: cardiologist })
      .post('/departments', { name: 'Radiology', color: '#228be6' })
      .header('accept', 'application/json')
    createJson.assertStatus(403)

    const rename = await asHandler.put(`/departments/${cardiology.id}`, { name: 'Renamed', color: '#000000' })
    assertRefused(assert, rename, 'PUT /departments/:id')

    const destroy = await asHandler.delete(`/departments/${cardiology.id}`)
    assertRefused(assert, destroy, 'DELETE /departments/:id')

    await tenancy.run(organization, async () => {
      assert.isNull(await Department.findBy('name', 'Radiology'))
      assert.equal((await Department.findOrFail(cardiology.id)).name, 'Cardiology')
    })
  })

  test('a handler cannot manage groups, employees or organization settings', async ({ client, assert }) => {
    const { organization, cardiologist, oncologist, group: familyGroup } = await staffedOrganization()
    const asHandler = onOrganization(client, organization, { as: cardiologist, inertia: true, form: true })
    const { mails } = mail.fake()
    try {
      const requests = [
        ['POST /groups', asHandler.post('/groups', { name: 'Neighbours' })],
        ['PUT /groups/:id', asHandler.put(`/groups/${familyGroup.id}`, { name: 'Renamed' })],
        [
          'POST /employees',
          asHandler
            .post('/employees')
            .json({ fullName: 'New Person', email: 'new@example.test', role: 'org_admin', departmentIds: [] }),
        ],
        [
          'PUT /employees/:self',
          asHandler
            .put(`/employees/${cardiologist.id}`)
            .json({ fullName: 'Self Promoted', email: cardiologist.email, role: 'org_admin', departmentIds: [] }),
        ],
        ['DELETE /employees/:id', asHandler.delete(`/employees/${oncologist.id}`)],
        ['POST /employees/:id/invitation', asHandler.post(`/employees/${oncologist.id}/invitation`)],
        [
          'PUT /organization/settings',
          asHandler.put('/organization/settings', { name: 'Renamed', timezone: 'UTC', defaultLocale: 'en' }),
        ],
        ['PUT /organization/modules/chat', asHandler.put('/organization/modules/chat', { enabled: true })],
        ['POST /organization/api-key', asHandler.post('/organization/api-key')],
      ] as const
      for (const [label, request] of requests) {
        const response = await request
        assertRefused(assert, response, label)
      }
      mails.assertNoneQueued()
      await tenancy.run(organization, async () => {
        assert.equal((await Group.findOrFail(familyGroup.id)).name, 'Family')
        assert.isNull(await Group.findBy('name', 'Neighbours'))
        assert.isNull(await User.findBy('email', 'new@example.test'))
        const self = await User.findOrFail(cardiologist.id)
        assert.equal(self.role, 'handler')
        assert.equal(self.fullName, 'Carla Cardio')
        assert.exists(await User.find(oncologist.id))
      })
      const fresh = await Organization.findOrFail(organization.id)
      assert.equal(fresh.name, organization.name)
      assert.isNull(fresh.apiKeyHash)
    } finally {
      mail.restore()
    }
  })

  test('a handler who opens a management page (policy denial) sees the translated "no access" page', async ({ client, assert }) => {
    const { organization, cardiologist } = await staffedOrganization()
    const response = await onOrganization(client, organization, { as: cardiologist, inertia: true }).get('/departments')
    assert.equal(response.status(), 403)
    assert.equal(response.body()?.component, 'errors/forbidden')
  })

  test('a handler who opens an organization page (role gate) sees the translated "no access" page', async ({ client, assert }) => {
    const { organization, cardiologist } = await staffedOrganization()
    const asHandler = onOrganization(client, organization, { as: cardiologist, inertia: true })
    const response = await asHandler.get('/organization/settings')
    assert.equal(response.status(), 403)
    assert.equal(response.body()?.component, 'errors/forbidden')
  })

})

test.group('Roles | department admin', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('sees only their own departments', async ({ client, assert }) => {
    const { organization, deptAdmin } = await staffedOrganization()
    const response = await onOrganization(client, organization, { as: deptAdmin, inertia: true }).get('/departments')
    response.assertStatus(200)
    response.assertInertiaComponent('departments/index')
    const names = (response.body().props.departments as any[]).map((d) => d.name)
    assert.deepEqual(names, ['Cardiology'])
    assert.deepEqual(response.body().props.can, { create: false, delete: false })
  })

  test('sees only the staff of their own departments', async ({ client, assert }) => {
    const { organization, deptAdmin } = await staffedOrganization()
    const response = await onOrganization(client, organization, { as: deptAdmin, inertia: true }).get('/employees')
    response.assertStatus(200)
    const names = (response.body().props.employees as any[]).map((e) => e.fullName).sort()
    assert.deepEqual(names, ['Carla Cardio', 'Dirk Deptadmin'])
    assert.equal(response.body().props.meta.total, 2)
    assert.isFalse(response.body().props.can.manage)
  })

  test('cannot see staff of another department by filtering for it', async ({ client, assert }) => {
    const { organization, deptAdmin, oncology } = await staffedOrganization()
    const asDeptAdmin = onOrganization(client, organization, { as: deptAdmin, inertia: true })
    for (const query of [`department=${oncology.id}`, 'search=otto', 'role=org_admin']) {
      const response = await asDeptAdmin.get(`/employees?${query}`)
      response.assertStatus(200)
      assert.lengthOf(response.body().props.employees, 0, query)
    }
  })

  test('can open the groups page', async ({ client }) => {
    const { organization, deptAdmin } = await staffedOrganization()
    const response = await onOrganization(client, organization, { as: deptAdmin, inertia: true }).get('/groups')
    response.assertStatus(200)
    response.assertInertiaComponent('groups/index')
    response.assertInertiaPropsContains({ groups: [{ name: 'Family' }] })
  })

  test('can rename their own department but not another one', async ({ client, assert }) => {
    const { organization, deptAdmin, cardiology, oncology } = await staffedOrganization()
    const asDeptAdmin = onOrganization(client, organization, { as: deptAdmin, inertia: true, form: true })

    const own = await asDeptAdmin.put(`/departments/${cardiology.id}`, {
      name: 'Cardiology & Vascular',
      color: '#e03131',
    })
    assertRedirect(assert, own)
    own.assertFlashMessage('success')

    const other = await onOrganization(client, organization, { as: deptAdmin })
      .put(`/departments/${oncology.id}`, { name: 'Taken over', color: '#000000' })
      .header('accept', 'application/json')
    other.assertStatus(403)

    const otherInertia = await asDeptAdmin.put(`/departments/${oncology.id}`, { name: 'Taken over', color: '#000000' })
    assertRefused(assert, otherInertia, 'PUT another department')

    await tenancy.run(organization, async () => {
      const cardio = await Department.findOrFail(cardiology.id)
      assert.equal(cardio.name, 'Cardiology & Vascular')
      assert.equal(cardio.color, '#e03131')
      const onco = await Department.findOrFail(oncology.id)
      assert.equal(onco.name, 'Oncology')
    })
  })

  test('cannot create or delete departments, nor add employees', async ({ client, assert }) => {
    const { organization, deptAdmin, cardiology } = await staffedOrganization()
    const asDeptAdmin = onOrganization(client, organization, { as: deptAdmin })
    const { mails } = mail.fake()
    try {
      for (const [label, request] of [
        ['POST /departments', asDeptAdmin.post('/departments', { name: 'Radiology', color: '#228be6' })],
        [`DELETE /departments/${cardiology.id}`, asDeptAdmin.delete(`/departments/${cardiology.id}`)],
        [
          'POST /employees',
          asDeptAdmin.post('/employees', {
            fullName: 'New Person',
            email: 'new@example.test',
            role: 'handler',
            departmentIds: [cardiology.id],
          }),
        ],
      ] as const) {
        const response = await request.header('accept', 'application/json')
        assert.equal(response.status(), 403, label)
      }
      const form = await asDeptAdmin.get('/employees/new')
      form.assertStatus(403)
      mails.assertNoneQueued()
      await tenancy.run(organization, async () => {
        assert.isNull(await Department.findBy('name', 'Radiology'))
        assert.exists(await Department.find(cardiology.id))
        assert.isNull(await User.findBy('email', 'new@example.test'))
      })
    } finally {
      mail.restore()
    }
  })

  test('gets 403 on every organization page', async ({ client, assert }) => {
    const { organization, deptAdmin } = await staffedOrganization()
    const asDeptAdmin = onOrganization(client, organization, { as: deptAdmin, form: true })
    for (const url of ADMIN_PAGES) {
      const response = await asDeptAdmin.get(url)
      assert.equal(response.status(), 403, url)
    }
    const toggle = await asDeptAdmin.put('/organization/modules/chat', { enabled: true })
    assertRefused(assert, toggle, 'module toggle')
  })
})

test.group('Roles | organization admin', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('opens every page of the organization', async ({ client, assert }) => {
    const { organization, orgAdmin, cardiologist } = await staffedOrganization()
    const pages: Record<string, string> = {
      '/': 'dashboard',
      '/profile': 'profile/show',
      '/support': 'support',
      '/departments': 'departments/index',
      '/employees': 'employees/index',
      '/employees/new': 'employees/form',
      [`/employees/${cardiologist.id}/edit`]: 'employees/form',
      '/groups': 'groups/index',
      '/organization/settings': 'organization/settings',
      '/organization/advanced': 'organization/advanced',
      '/organization/modules': 'organization/modules',
      '/organization/audit-log': 'organization/audit_log',
    }
    const asOrgAdmin = onOrganization(client, organization, { as: orgAdmin, inertia: true })
    for (const [url, component] of Object.entries(pages)) {
      const response = await asOrgAdmin.get(url)
      assert.equal(response.status(), 200, url)
      assert.equal(response.body().component, component, url)
    }
  })

  test('sees every department and every employee', async ({ client, assert }) => {
    const { organization, orgAdmin } = await staffedOrganization()
    const asOrgAdmin = onOrganization(client, organization, { as: orgAdmin, inertia: true })
    const departments = await asOrgAdmin.get('/departments')
    assert.deepEqual((departments.body().props.departments as any[]).map((d) => d.name), ['Cardiology', 'Oncology'])
    departments.assertInertiaPropsContains({ can: { create: true, delete: true } })

    const employees = await asOrgAdmin.get('/employees')
    assert.equal(employees.body().props.meta.total, 4)
    assert.isTrue(employees.body().props.can.manage)
  })

  test('can create a department', async ({ client, assert }) => {
    const { organization, orgAdmin } = await staffedOrganization()
    const asOrgAdmin = onOrganization(client, organization, { as: orgAdmin, inertia: true, form: true })
    const response = await asOrgAdmin.post('/departments', { name: 'Radiology', color: '#228be6' })
    assertRedirect(assert, response)
    response.assertFlashMessage('success')
    await tenancy.run(organization, async () => {
      const created = await Department.findBy('name', 'Radiology')
      assert.exists(created)
      assert.equal(created!.organizationId, organization.id)
    })
  })
})
