import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import transmit from '@adonisjs/transmit/services/main'
import type { HttpContext } from '@adonisjs/core/http'
import { createOrganization, createUser } from '#tests/support/world'

test.group('Real-time channels', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test("an employee may listen to their organization's channels, never to another's", async ({ assert }) => {
    const home = await createOrganization()
    const other = await createOrganization()
    const handler = await createUser(home, 'handler')
    const colleague = await createUser(home, 'handler')
    /* What the subscribe route hands to the rules: the request's organization and user */
    const context = { organization: home, auth: { user: handler } } as unknown as HttpContext
    const mayListen = (channel: string) => transmit.getManager().verifyAccess(channel, context)

    assert.isTrue(await mayListen(`organizations/${home.slug}/staff`))
    assert.isTrue(await mayListen(`organizations/${home.slug}/users/${handler.id}`))
    assert.isFalse(await mayListen(`organizations/${home.slug}/users/${colleague.id}`))
    assert.isFalse(await mayListen(`organizations/${other.slug}/staff`))
    assert.isFalse(await mayListen(`organizations/${other.slug}/users/${handler.id}`))
  })

  test('a visitor (no login) may not listen to staff or employee channels', async ({ assert }) => {
    const home = await createOrganization()
    const handler = await createUser(home, 'handler')
    const context = { organization: home, auth: { user: undefined }, session: { get: (_: string, fallback: unknown) => fallback } } as unknown as HttpContext
    const mayListen = (channel: string) => transmit.getManager().verifyAccess(channel, context)
    assert.isFalse(await mayListen(`organizations/${home.slug}/staff`))
    assert.isFalse(await mayListen(`organizations/${home.slug}/users/${handler.id}`))
  })
})
