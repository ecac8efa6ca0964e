import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { createOrganization, createUser, hostOf, PASSWORD } from '#tests/support/world'

test.group('Security headers and cookies', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('pages refuse framing and sniffing and ask for HTTPS', async ({ client, assert }) => {
    const organization = await createOrganization()
    const response = await client.get('/login').header('host', hostOf(organization))
    response.assertStatus(200)
    response.assertHeader('x-frame-options', 'DENY')
    response.assertHeader('x-content-type-options', 'nosniff')
    assert.match(response.header('strict-transport-security') ?? '', /max-age=\d{7,}/)
  })

  test('the session cookie set at login is HttpOnly, SameSite and host-only', async ({ client, assert }) => {
    const organization = await createOrganization()
    const user = await createUser(organization, 'handler')
    const response = await client
      .post('/login')
      .header('host', hostOf(organization))
      .form({ email: user.email, password: PASSWORD })
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', '/')

    const raw = ([] as string[]).concat(response.header('set-cookie') ?? [])
    const session = raw.find((cookie) => cookie.startsWith('consult-session='))
    assert.exists(session, 'a session cookie is set')
    assert.match(session!, /;\s*HttpOnly/i)
    assert.match(session!, /;\s*SameSite=Lax/i)
    /* no Domain attribute: the cookie never reaches another organization's subdomain */
    assert.notMatch(session!, /;\s*Domain=/i)
  })
})
