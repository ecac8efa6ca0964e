import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { createOrganization, createUser, hostOf, PASSWORD } from '#tests/support/world'

test.group('Login', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an employee logs in on the subdomain of their organization', async ({ client }) => {
    const organization = await createOrganization()
    const user = await createUser(organization, 'handler')

    const response = await client
      .post('/login')
      .header('host', hostOf(organization))
      .form({ email: user.email, password: PASSWORD })
      .withCsrfToken()
      .redirects(0)

    response.assertStatus(302)
    response.assertHeader('location', '/')
  })

  test('the same credentials are refused on another organization', async ({ client }) => {
    const home = await createOrganization()
    const other = await createOrganization()
    const user = await createUser(home, 'org_admin')

    const response = await client
      .post('/login')
      .header('host', hostOf(other))
      .header('referer', `http://${hostOf(other)}/login`)
      .form({ email: user.email, password: PASSWORD })
      .withCsrfToken()
      .redirects(0)

    response.assertStatus(302)
    response.assertHeader('location', `http://${hostOf(other)}/login`)
    response.assertFlashMessage('inputErrorsBag', { email: ['The e-mail address or password is not correct.'] })
  })

  test('an unknown subdomain shows a clear 404 page', async ({ client }) => {
    const response = await client.get('/login').header('host', 'no-such-clinic.localhost:3334')
    response.assertStatus(404)
    response.assertTextIncludes('errors/unknown_organization')
  })
})
