import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { DateTime } from 'luxon'
import env from '#start/env'
import User from '#models/user'
import tenancy from '#core/tenancy/tenancy'
import { createOrganization, createUser, hostOf, PASSWORD } from '#tests/support/world'

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

function login(client: any, host: string, email: string) {
  return client
    .post('/login')
    .header('host', host)
    .header('referer', `http://${host}/login`)
    .form({ email, password: PASSWORD })
    .withCsrfToken()
    .redirects(0)
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

    const response = await login(client, platformHost(), support.email)
    response.assertStatus(302)
    response.assertHeader('location', '/')

    const page = await client.get('/').header('host', platformHost()).loginAs(support).withInertia()
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

    const onClinic = await login(client, hostOf(clinic), support.email)
    onClinic.assertHeader('location', `http://${hostOf(clinic)}/login`)
    onClinic.assertFlashMessage('inputErrorsBag', { email: ['The e-mail address or password is not correct.'] })

    const onPlatform = await login(client, platformHost(), admin.email)
    onPlatform.assertHeader('location', `http://${platformHost()}/login`)

    /* A support session is not a session on an organization's subdomain */
    const page = await client.get('/').header('host', hostOf(clinic)).loginAs(support).redirects(0)
    page.assertStatus(302)
    page.assertHeader('location', '/login')
  })

  test('visitors of the bare domain get the "find your organization" page', async ({ client }) => {
    const clinic = await createOrganization()
    const page = await client.get('/').header('host', platformHost()).withInertia()
    page.assertInertiaComponent('platform/home')

    const found = await client
      .post('/find-organization')
      .header('host', platformHost())
      .form({ slug: clinic.slug.toUpperCase() })
      .withCsrfToken()
      .redirects(0)
    found.assertHeader('location', `http://${hostOf(clinic)}/login`)
  })
})

test.group('Platform | finding an organization from the Inertia form', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('leaves for the subdomain by a full page load (an XHR cannot follow to another origin)', async ({ client }) => {
    const clinic = await createOrganization()
    const response = await client
      .post('/find-organization')
      .header('host', platformHost())
      .json({ slug: clinic.slug })
      .withCsrfToken()
      .withInertia()
      .redirects(0)
    response.assertStatus(409)
    response.assertHeader('x-inertia-location', `http://${hostOf(clinic)}/login`)
  })
})
