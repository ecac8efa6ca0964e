import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import type { ApiClient, ApiResponse } from '@japa/api-client'
import type { Assert } from '@japa/assert'
import tenancy from '#core/tenancy/tenancy'
import OrganizationModule from '#models/organization_module'
import AuditLog from '#models/audit_log'
import type Organization from '#models/organization'
import type User from '#models/user'
import { createOrganization, createUser, hostOf } from '#tests/support/world'

function assertRedirect(assert: Assert, response: ApiResponse) {
  assert.oneOf(response.status(), [302, 303], `expected a redirect, got ${response.status()}: ${response.text().slice(0, 200)}`)
}

function toggle(client: ApiClient, organization: Organization, user: User, key: string, enabled: unknown) {
  return client
    .put(`/organization/modules/${key}`)
    .header('host', hostOf(organization))
    .header('referer', `http://${hostOf(organization)}/organization/modules`)
    .loginAs(user)
    .json({ enabled })
    .withCsrfToken()
    .withInertia()
    .redirects(0)
}

/** Every href of the shared `menu` prop of the dashboard, for this user */
async function menuHrefs(client: ApiClient, organization: Organization, user: User): Promise<string[]> {
  const response = await client.get('/').header('host', hostOf(organization)).loginAs(user).withInertia()
  response.assertStatus(200)
  return (response.body().props.menu as Array<{ items: Array<{ href: string }> }>).flatMap((section) =>
    section.items.map((item) => item.href)
  )
}

function openChat(client: ApiClient, organization: Organization, user: User) {
  return client.get('/chat').header('host', hostOf(organization)).loginAs(user).withInertia()
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

    const chat = await openChat(client, organization, admin)
    chat.assertStatus(404)
    assert.notInclude(await menuHrefs(client, organization, admin), '/chat')
    assert.notInclude(await menuHrefs(client, organization, handler), '/chat')

    const page = await client.get('/organization/modules').header('host', hostOf(organization)).loginAs(admin).withInertia()
    page.assertInertiaComponent('organization/modules')
    const listed = (page.body().props.modules as Array<{ key: string; enabled: boolean }>).find((m) => m.key === 'chat')
    assert.exists(listed, 'the chat module is listed')
    assert.isFalse(listed!.enabled)
  })

  test('an org admin switches chat on: /chat opens and the menu shows it, for every role', async ({ client, assert }) => {
    const organization = await createOrganization()
    const admin = await createUser(organization, 'org_admin', { fullName: 'Anna Admin' })
    const handler = await createUser(organization, 'handler')

    const response = await toggle(client, organization, admin, 'chat', true)
    assertRedirect(assert, response)
    response.assertFlashMessage('success')

    const chat = await openChat(client, organization, admin)
    chat.assertStatus(200)
    chat.assertInertiaComponent('modules/placeholder')
    chat.assertInertiaPropsContains({ module: { key: 'chat' } })

    const handlerChat = await openChat(client, organization, handler)
    handlerChat.assertStatus(200)

    assert.include(await menuHrefs(client, organization, admin), '/chat')
    assert.include(await menuHrefs(client, organization, handler), '/chat')

    const me = await client.get('/me').header('host', hostOf(organization)).loginAs(handler)
    assert.include(me.body().modules, 'chat')

    const page = await client.get('/organization/modules').header('host', hostOf(organization)).loginAs(admin).withInertia()
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

    await toggle(client, organization, admin, 'chat', true)

    ;(await openChat(client, organization, admin)).assertStatus(200)
    ;(await openChat(client, other, otherAdmin)).assertStatus(404)
    assert.notInclude(await menuHrefs(client, other, otherAdmin), '/chat')
    assert.lengthOf(await storedModules(other), 0)
  })

  test('switching chat off again hides it', async ({ client, assert }) => {
    const organization = await createOrganization()
    const admin = await createUser(organization, 'org_admin')

    await toggle(client, organization, admin, 'chat', true)
    ;(await openChat(client, organization, admin)).assertStatus(200)

    const off = await toggle(client, organization, admin, 'chat', false)
    assertRedirect(assert, off)
    off.assertFlashMessage('success')

    ;(await openChat(client, organization, admin)).assertStatus(404)
    assert.notInclude(await menuHrefs(client, organization, admin), '/chat')

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

    const response = await toggle(client, organization, admin, 'teleportation', true)
    response.assertStatus(404)
    assert.lengthOf(await storedModules(organization), 0)
    await tenancy.run(organization, async () => {
      assert.lengthOf(await AuditLog.query().where('action', 'module.enabled'), 0)
    })
  })

  test('a malformed toggle is refused', async ({ client, assert }) => {
    const organization = await createOrganization()
    const admin = await createUser(organization, 'org_admin')

    const response = await toggle(client, organization, admin, 'chat', 'perhaps')
    assertRedirect(assert, response)
    assert.property(response.flashMessage('inputErrorsBag') ?? {}, 'enabled')
    ;(await openChat(client, organization, admin)).assertStatus(404)
    assert.lengthOf(await storedModules(organization), 0)
  })

  test('a handler or department admin cannot switch modules', async ({ client, assert }) => {
    const organization = await createOrganization()
    await createUser(organization, 'org_admin')
    const handler = await createUser(organization, 'handler')
    const deptAdmin = await createUser(organization, 'dept_admin')

    for (const user of [handler, deptAdmin]) {
      const response = await toggle(client, organization, user, 'chat', true)
      assert.oneOf(response.status(), [302, 303])
      response.assertFlashMessage('error', 'You do not have permission to do this.')
      ;(await openChat(client, organization, user)).assertStatus(404)
    }
    assert.lengthOf(await storedModules(organization), 0)
  })

  test('a visitor is sent to the login page, whether chat is on or off', async ({ client, assert }) => {
    const organization = await createOrganization()
    const admin = await createUser(organization, 'org_admin')
    for (const enabled of [false, true]) {
      await toggle(client, organization, admin, 'chat', enabled)
      const response = await client.get('/chat').header('host', hostOf(organization)).redirects(0)
      assert.equal(response.status(), 302)
      assert.equal(response.header('location'), '/login')
    }
  })
})
