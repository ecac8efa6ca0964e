import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import tenancy from '#core/tenancy/tenancy'
import OrganizationModule from '#models/organization_module'
import AuditLog from '#models/audit_log'
import type Organization from '#models/organization'
import { createOrganization, createUser } from '#tests/support/world'
import { onOrganization, type Requests } from '#tests/support/requests'
import { assertRedirect } from '#tests/support/responses'

/** Every href of the shared `menu` prop of the dashboard, for the user these requests are logged in as */
async function menuHrefs(requests: Requests): Promise<string[]> {
  const response = await requests.get('/')
  response.assertStatus(200)
  return (response.body().props.menu as Array<{ items: Array<{ href: string }> }>).flatMap((section) =>
    section.items.map((item) => item.href)
  )
}

async function storedModules(organization: Organization) {
  return tenancy.run(organization, async () => await OrganizationModule.all())
}

test.group('Modules | switching the chat module', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('chat is off by default: /chat is 404 and the menu has no chat entry', async ({ client, assert }) => {
    const organization = await createOrganization()
    const admin = await createUser(organization, 'org_admin')
    const handler = await createUser(organization, 'handler')
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true })
    const asHandler = onOrganization(client, organization, { as: handler, inertia: true })

    const chat = await asAdmin.get('/chat')
    chat.assertStatus(404)
    assert.notInclude(await menuHrefs(asAdmin), '/chat')
    assert.notInclude(await menuHrefs(asHandler), '/chat')

    const page = await asAdmin.get('/organization/modules')
    page.assertInertiaComponent('organization/modules')
    const listed = (page.body().props.modules as Array<{ key: string; enabled: boolean }>).find((m) => m.key === 'chat')
    assert.exists(listed, 'the chat module is listed')
    assert.isFalse(listed!.enabled)
  })

  test('an org admin switches chat on: /chat opens and the menu shows it, for every role', async ({ client, assert }) => {
    const organization = await createOrganization()
    const admin = await createUser(organization, 'org_admin', { fullName: 'Anna Admin' })
    const handler = await createUser(organization, 'handler')
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: '/organization/modules' })
    const asHandler = onOrganization(client, organization, { as: handler, inertia: true })

    const response = await asAdmin.put('/organization/modules/chat', { enabled: true })
    assertRedirect(assert, response)
    response.assertFlashMessage('success')

    const chat = await asAdmin.get('/chat')
    chat.assertStatus(200)
    chat.assertInertiaComponent('modules/placeholder')
    chat.assertInertiaPropsContains({ module: { key: 'chat' } })

    const handlerChat = await asHandler.get('/chat')
    handlerChat.assertStatus(200)

    assert.include(await menuHrefs(asAdmin), '/chat')
    assert.include(await menuHrefs(asHandler), '/chat')

    const me = await onOrganization(client, organization, { as: handler }).get('/me')
    assert.include(me.body().modules, 'chat')

    const page = await asAdmin.get('/organization/modules')
    const listed = (page.body().props.modules as Array<{ key: string; enabled: boolean }>).find((m) => m.key === 'chat')
    assert.isTrue(listed!.enabled)

    await tenancy.run(organization, async () => {
      const entry = await AuditLog.query().where('action', 'module.enabled').firstOrFail()
      assert.equal(entry.subjectId, 'chat')
      assert.equal(entry.actorId, admin.id)
    })
  })

  test('switching chat on affects only that organization', async ({ client, assert }) => {
    const organization = await createOrganization()
    const admin = await createUser(organization, 'org_admin')
    const other = await createOrganization()
    const otherAdmin = await createUser(other, 'org_admin')
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: '/organization/modules' })
    const asOtherAdmin = onOrganization(client, other, { as: otherAdmin, inertia: true })

    await asAdmin.put('/organization/modules/chat', { enabled: true })

    ;(await asAdmin.get('/chat')).assertStatus(200)
    ;(await asOtherAdmin.get('/chat')).assertStatus(404)
    assert.notInclude(await menuHrefs(asOtherAdmin), '/chat')
    assert.lengthOf(await storedModules(other), 0)
  })

  test('switching chat off again hides it', async ({ client, assert }) => {
    const organization = await createOrganization()
    const admin = await createUser(organization, 'org_admin')
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: '/organization/modules' })

    await asAdmin.put('/organization/modules/chat', { enabled: true })
    ;(await asAdmin.get('/chat')).assertStatus(200)

    const off = await asAdmin.put('/organization/modules/chat', { enabled: false })
    assertRedirect(assert, off)
    off.assertFlashMessage('success')

    ;(await asAdmin.get('/chat')).assertStatus(404)
    assert.notInclude(await menuHrefs(asAdmin), '/chat')

    const rows = await storedModules(organization)
    assert.lengthOf(rows, 1, 'one row per module, updated in place')
    assert.equal(Boolean(rows[0].enabled), false)
    await tenancy.run(organization, async () => {
      assert.lengthOf(await AuditLog.query().where('action', 'module.disabled'), 1)
    })
  })

  test('an unknown module key answers 404 and stores nothing', async ({ client, assert }) => {
    const organization = await createOrganization()
    const admin = await createUser(organization, 'org_admin')
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: '/organization/modules' })

    const response = await asAdmin.put('/organization/modules/teleportation', { enabled: true })
    response.assertStatus(404)
    assert.lengthOf(await storedModules(organization), 0)
    await tenancy.run(organization, async () => {
      assert.lengthOf(await AuditLog.query().where('action', 'module.enabled'), 0)
    })
  })

  test('a malformed toggle is refused', async ({ client, assert }) => {
    const organization = await createOrganization()
    const admin = await createUser(organization, 'org_admin')
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: '/organization/modules' })

    const response = await asAdmin.put('/organization/modules/chat', { enabled: 'perhaps' })
    assertRedirect(assert, response)
    assert.property(response.flashMessage('inputErrorsBag') ?? {}, 'enabled')
    ;(await asAdmin.get('/chat')).assertStatus(404)
    assert.lengthOf(await storedModules(organization), 0)
  })

  test('a handler or department admin cannot switch modules', async ({ client, assert }) => {
    const organization = await createOrganization()
    await createUser(organization, 'org_admin')
    const handler = await createUser(organization, 'handler')
    const deptAdmin = await createUser(organization, 'dept_admin')

    for (const user of [handler, deptAdmin]) {
      const asUser = onOrganization(client, organization, { as: user, inertia: true, from: '/organization/modules' })
      const response = await asUser.put('/organization/modules/chat', { enabled: true })
      assertRedirect(assert, response)
      response.assertFlashMessage('error', 'You do not have permission to do this.')
      ;(await asUser.get('/chat')).assertStatus(404)
    }
    assert.lengthOf(await storedModules(organization), 0)
  })

  test('a visitor is sent to the login page, whether chat is on or off', async ({ client, assert }) => {
    const organization = await createOrganization()
    const admin = await createUser(organization, 'org_admin')
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: '/organization/modules' })
    const visitor = onOrganization(client, organization)
    for (const enabled of [false, true]) {
      await asAdmin.put('/organization/modules/chat', { enabled })
      const response = await visitor.get('/chat')
      assert.equal(response.status(), 302)
      assert.equal(response.header('location'), '/login')
    }
  })
})
