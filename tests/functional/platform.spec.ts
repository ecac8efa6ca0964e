import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { DateTime } from 'luxon'
import env from '#start/env'
import User from '#models/user'
import tenancy from '#core/tenancy/tenancy'
import { createOrganization, createUser, hostOf, PASSWORD } from '#tests/support/world'
import { onHost, onOrganization, submitLogin } from '#tests/support/requests'

const platformHost = () => `${env.get('APP_DOMAIN')}:${env.get('PORT')}`

function createSupportUser() {
  return tenancy.run(null, () =>
    User.create({
      email: `support-${Date.now()}@platform.test`,
      fullName: 'Sam Support',
      role: 'support',
      password: PASSWORD,
      passwordSetAt: DateTime.now(),
      isActive: true,
    })
  )
}

test.group('Platform (bare domain)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('support staff log in on the bare domain and see every organization, without their people', async ({
    client,
    assert,
  }) => {
    const clinic = await createOrganization({ name: 'Clinic North' })
    await createUser(clinic, 'org_admin', { email: 'boss@north.test' })
    await createUser(clinic, 'handler')
    const support = await createSupportUser()

    const response = await submitLogin(client, platformHost(), support.email, PASSWORD)
    response.assertStatus(302)
    response.assertHeader('location', '/')

    const page = await onHost(client, platformHost(), { as: support, inertia: true }).get('/')
    page.assertInertiaComponent('platform/support')
    const row = page.body().props.organizations.find((entry: any) => entry.slug === clinic.slug)
    assert.deepInclude(row, { name: 'Clinic North', employees: 2, allowsRemoteSupport: false })
    assert.notInclude(JSON.stringify(page.body().props), 'boss@north.test')
  })

  test('support credentials do not open an organization, and employee credentials do not open the platform', async ({
    client,
  }) => {
    const clinic = await createOrganization()
    const admin = await createUser(clinic, 'org_admin')
    const support = await createSupportUser()

    const onClinic = await submitLogin(client, clinic, support.email, PASSWORD)
    onClinic.assertHeader('location', `http://${hostOf(clinic)}/login`)
    onClinic.assertFlashMessage('inputErrorsBag', { email: ['The e-mail address or password is not correct.'] })

    const onPlatform = await submitLogin(client, platformHost(), admin.email, PASSWORD)
    onPlatform.assertHeader('location', `http://${platformHost()}/login`)

    /* A support session is not a session on an organization's subdomain */
    const page = await onOrganization(client, clinic, { as: support }).get('/')
    page.assertStatus(302)
    page.assertHeader('location', '/login')
  })

  test('visitors of the bare domain get the "find your organization" page', async ({ client }) => {
    const clinic = await createOrganization()
    const page = await onHost(client, platformHost(), { inertia: true }).get('/')
    page.assertInertiaComponent('platform/home')

    const found = await onHost(client, platformHost(), { form: true }).post('/find-organization', {
      slug: clinic.slug.toUpperCase(),
    })
    found.assertHeader('location', `http://${hostOf(clinic)}/login`)
  })
})

test.group('Platform | finding an organization from the Inertia form', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('leaves for the subdomain by a full page load (an XHR cannot follow to another origin)', async ({ client }) => {
    const clinic = await createOrganization()
    const onPlatform = onHost(client, platformHost(), { inertia: true })
    const response = await onPlatform.post('/find-organization', { slug: clinic.slug })
    response.assertStatus(409)
    response.assertHeader('x-inertia-location', `http://${hostOf(clinic)}/login`)
  })
})
