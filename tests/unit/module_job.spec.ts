import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import ModuleJob, { type ModuleJobPayload } from '#core/modules/module_job'
import ModuleSwitch from '#services/module_switch'
import Group from '#models/group'
import tenancy from '#core/tenancy/tenancy'
import type Organization from '#models/organization'
import { createOrganization } from '#tests/support/world'

/** A chat-module job that leaves a trace in the organization's data */
class CreateGroupJob extends ModuleJob<ModuleJobPayload & { name: string }> {
  protected readonly module = 'chat'

  protected async handle(_organization: Organization) {
    await Group.create({ name: this.payload.name, description: null })
  }
}

async function run(organization: Organization, name: string) {
  const job = new CreateGroupJob()
  job.$hydrate({ organizationId: organization.id, name }, {} as any)
  await job.execute()
  return job
}

const groupNames = (organization: Organization) =>
  tenancy.run(organization, async () => (await Group.query().orderBy('name')).map((group) => group.name))

test.group('ModuleJob', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('is skipped while the module is off for the organization', async ({ assert }) => {
    const organization = await createOrganization()
    const job = await run(organization, 'Family')
    assert.isTrue(job.skipped)
    assert.deepEqual(await groupNames(organization), [])
  })

  test('runs inside the organization when the module is on, and stops again once it is switched off', async ({
    assert,
  }) => {
    const organization = await createOrganization()
    const other = await createOrganization()
    await new ModuleSwitch(organization).setEnabled('chat', true)

    const job = await run(organization, 'Family')
    assert.isFalse(job.skipped)
    assert.deepEqual(await groupNames(organization), ['Family'])
    assert.deepEqual(await groupNames(other), [])

    await new ModuleSwitch(organization).setEnabled('chat', false)
    assert.isTrue((await run(organization, 'Home care')).skipped)
    assert.deepEqual(await groupNames(organization), ['Family'])
  })

  test('is skipped when the organization no longer exists', async ({ assert }) => {
    const organization = await createOrganization()
    await new ModuleSwitch(organization).setEnabled('chat', true)
    await organization.delete()
    assert.isTrue((await run(organization, 'Family')).skipped)
  })
})
