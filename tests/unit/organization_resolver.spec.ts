import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import organizationResolver from '#core/tenancy/organization_resolver'
import { createOrganization } from '#tests/support/world'

test.group('Organization resolver (subdomain lookup cache)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('every request gets its own instance: unsaved changes never leak into another request', async ({ assert }) => {
    const organization = await createOrganization({ name: 'Clinic Before' })
    const first = await organizationResolver.bySlug(organization.slug)
    const second = await organizationResolver.bySlug(organization.slug)
    assert.notStrictEqual(first, second)
    first!.name = 'Half-edited'
    assert.equal(second!.name, 'Clinic Before')
    assert.equal((await organizationResolver.bySlug(organization.slug))!.name, 'Clinic Before')
  })

  test('a saved change is seen by the next request at once', async ({ assert }) => {
    const organization = await createOrganization({ name: 'Clinic Before' })
    await organizationResolver.bySlug(organization.slug)
    const editing = (await organizationResolver.bySlug(organization.slug))!
    editing.name = 'Clinic After'
    await editing.save()
    assert.equal((await organizationResolver.bySlug(organization.slug))!.name, 'Clinic After')
  })

  test('an unknown subdomain is not found, and found once the organization exists', async ({ assert }) => {
    const slug = `late-${Date.now()}`
    assert.isNull(await organizationResolver.bySlug(slug))
    await createOrganization({ slug })
    assert.equal((await organizationResolver.bySlug(slug))!.slug, slug)
  })
})
