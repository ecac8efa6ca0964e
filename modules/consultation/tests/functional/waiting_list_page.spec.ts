import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { createOrganization, createUser } from '#tests/support/world'
import { onOrganization } from '#tests/support/requests'

/* The Today page carries the organization's doorbell setting for the waiting list */
test.group('Consultation | waiting list on the Today page', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the doorbell rings only where the organization turned it on', async ({ client, assert }) => {
    const quiet = await createOrganization()
    const ringing = await createOrganization({ settings: { doorbell_sound: true } })
    for (const [organization, expected] of [
      [quiet, false],
      [ringing, true],
    ] as const) {
      const handler = await createUser(organization, 'handler')
      const page = await onOrganization(client, organization, { as: handler, inertia: true }).get('/agenda/today')
      page.assertStatus(200)
      assert.strictEqual((page.inertiaProps as any).doorbell, expected, organization.slug)
    }
  })
})
