import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import { DateTime } from 'luxon'
import env from '#start/env'
import User from '#models/user'
import Organization from '#models/organization'
import tenancy from '#core/tenancy/tenancy'
import UserTokenService from '#services/user_token_service'
import ModuleSwitch from '#services/module_switch'
import { ADVANCED_SETTINGS } from '#core/settings/advanced_settings'
import { settingDefaults } from '#core/settings/setting_definition'
import { createOrganization, createUser } from '#tests/support/world'
import { onOrganization, onHost, submitLogin } from '#tests/support/requests'
import { assertRedirect } from '#tests/support/responses'

const invalid = { email: ['The e-mail address or password is not correct.'] }

/** An invited employee who has not chosen a password yet, with one link per purpose */
async function invitedEmployee(organization: Organization) {
  const user = await createUser(organization, 'handler', { password: null, passwordSetAt: null })
  return tenancy.run(organization, async () => ({
    user,
    invitation: await UserTokenService.issue(user, 'invitation'),
    reset: await UserTokenService.issue(user, 'password_reset'),
  }))
}

test.group('E-mailed links', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('choosing a password through one link voids every other link of that person', async ({ client }) => {
    const organization = await createOrganization()
    const { invitation, reset } = await invitedEmployee(organization)
    const site = onOrganization(client, organization, { form: true })

    const saved = await site.post(`/password/${reset}`, {
      password: 'a long enough password',
      password_confirmation: 'a long enough password',
    })
    saved.assertHeader('location', '/')
    ;(await site.get(`/password/${invitation}`)).assertStatus(410)
    ;(await site.get(`/password/${reset}`)).assertStatus(410)
  })

  test('links sent to an old address stop working when the address is changed', async ({ client }) => {
    const organization = await createOrganization()
    const admin = await createUser(organization, 'org_admin')
    const { user, invitation } = await invitedEmployee(organization)

    const response = await onOrganization(client, organization, { as: admin, from: `/employees/${user.id}/edit` }).put(
      `/employees/${user.id}`,
      { fullName: user.fullName, email: 'corrected@example.test', role: 'handler', departmentIds: [] }
    )
    response.assertHeader('location', '/employees')
    ;(await onOrganization(client, organization).get(`/password/${invitation}`)).assertStatus(410)
  })

  test('an invitation cannot be re-sent to someone who already chose a password', async ({ client, assert }) => {
    const { mails } = mail.fake()
    const organization = await createOrganization()
    const admin = await createUser(organization, 'org_admin')
    const active = await createUser(organization, 'handler')

    const response = await onOrganization(client, organization, { as: admin, inertia: true, from: '/employees' }).post(
      `/employees/${active.id}/invitation`
    )
    assertRedirect(assert, response)
    response.assertFlashMessage('error', 'This employee has already chosen a password. They can use "Forgot your password?" on the login page.')
    mails.assertNoneQueued()
  })

  test('an invited employee who tries to log in before choosing a password is told the credentials are wrong', async ({
    client,
  }) => {
    const organization = await createOrganization()
    const { user } = await invitedEmployee(organization)
    const response = await submitLogin(client, organization, user.email, 'anything at all')
    response.assertStatus(302)
    response.assertFlashMessage('inputErrorsBag', invalid)
  })
})

test.group('Access', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test("a module's pages are for the roles its manifest names, even when the module is on", async ({ client }) => {
    const organization = await createOrganization()
    await new ModuleSwitch(organization).setEnabled('payments', true)
    const admin = await createUser(organization, 'org_admin')
    const handler = await createUser(organization, 'handler')

    ;(await onOrganization(client, organization, { as: admin }).get('/payments')).assertStatus(200)
    ;(await onOrganization(client, organization, { as: handler }).get('/payments')).assertStatus(403)
  })

  test('a module switched off answers with the 404 page, not an empty response', async ({ client }) => {
    const organization = await createOrganization()
    const admin = await createUser(organization, 'org_admin')
    const response = await onOrganization(client, organization, { as: admin, inertia: true }).get('/chat')
    response.assertStatus(404)
    response.assertInertiaComponent('errors/not_found')
  })

  test('the development mail outbox does not exist outside development', async ({ client }) => {
    const response = await onHost(client, `${env.get('APP_DOMAIN')}:${env.get('PORT')}`).get('/_dev/outbox')
    response.assertStatus(404)
  })
})

test.group('Settings validation', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('UTC and other IANA zones are accepted, made-up ones are not', async ({ client, assert }) => {
    const organization = await createOrganization()
    const admin = await createUser(organization, 'org_admin')
    const site = onOrganization(client, organization, { as: admin, inertia: true, from: '/organization/settings' })
    const details = { name: organization.name, defaultLocale: 'en' }

    ;(await site.put('/organization/settings', { ...details, timezone: 'UTC' })).assertFlashMessage('success')
    assert.equal((await Organization.findOrFail(organization.id)).timezone, 'UTC')

    const refused = await site.put('/organization/settings', { ...details, timezone: 'Mars/Olympus_Mons' })
    refused.assertFlashMessage('inputErrorsBag', { timezone: ['Choose a time zone from the list.'] })
    assert.equal((await Organization.findOrFail(organization.id)).timezone, 'UTC')
  })

  test('anonymization cannot be switched on without its number of days', async ({ client, assert }) => {
    const organization = await createOrganization()
    const admin = await createUser(organization, 'org_admin')
    const settings = { ...settingDefaults(ADVANCED_SETTINGS), anonymize_appointments: true, anonymize_after_days: null }
    const response = await onOrganization(client, organization, {
      as: admin,
      inertia: true,
      from: '/organization/advanced',
    }).put('/organization/advanced', { settings })
    response.assertFlashMissing('success')
    assert.isDefined((response.flashMessages().inputErrorsBag as Record<string, unknown>)['settings.anonymize_after_days'])
    assert.isFalse((await Organization.findOrFail(organization.id)).advancedSettings.anonymize_appointments)
  })
})

test.group('Platform support staff', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('two support accounts cannot share an e-mail address', async ({ assert }) => {
    const create = () =>
      tenancy.run(null, () =>
        User.create({
          email: 'same@platform.test',
          fullName: 'Support',
          role: 'support',
          password: 'whatever it is',
          passwordSetAt: DateTime.now(),
          isActive: true,
        })
      )
    await create()
    await assert.rejects(create)
  })
})
