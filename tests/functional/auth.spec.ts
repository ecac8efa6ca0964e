import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import env from '#start/env'
import { DateTime } from 'luxon'
import UserToken from '#models/user_token'
import tenancy from '#core/tenancy/tenancy'
import PasswordResetMail from '#mails/password_reset_mail'
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
    response.assertTextIncludes(`http://${env.get('APP_DOMAIN')}:${env.get('PORT')}/`)
  })
})

function attemptLogin(client: any, organization: { slug: string }, email: string, password: string) {
  return client
    .post('/login')
    .header('host', hostOf(organization as any))
    .header('referer', `http://${hostOf(organization as any)}/login`)
    .form({ email, password })
    .withCsrfToken()
    .redirects(0)
}

test.group('Login rate limiting', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('after 5 wrong passwords the account is paused, even for the right password', async ({ client, assert }) => {
    const organization = await createOrganization()
    const user = await createUser(organization, 'handler', { email: `limited-${Date.now()}@example.test` })

    for (let attempt = 1; attempt <= 5; attempt++) {
      const wrong = await attemptLogin(client, organization, user.email, 'not the password')
      wrong.assertFlashMessage('inputErrorsBag', { email: ['The e-mail address or password is not correct.'] })
    }
    const blocked = await attemptLogin(client, organization, user.email, PASSWORD)
    assert.notEqual(blocked.header('location'), '/')
    assert.match(blocked.flashMessages().inputErrorsBag.email[0], /Too many failed attempts\. Try again in 1[45] minutes\./)
  })

  test('a successful login clears the count of earlier failures', async ({ client }) => {
    const organization = await createOrganization()
    const user = await createUser(organization, 'handler', { email: `recovers-${Date.now()}@example.test` })
    for (let attempt = 1; attempt <= 4; attempt++) {
      await attemptLogin(client, organization, user.email, 'not the password')
    }
    ;(await attemptLogin(client, organization, user.email, PASSWORD)).assertHeader('location', '/')
    for (let attempt = 1; attempt <= 4; attempt++) {
      await attemptLogin(client, organization, user.email, 'not the password')
    }
    ;(await attemptLogin(client, organization, user.email, PASSWORD)).assertHeader('location', '/')
  })
})

test.group('Forgot password', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.teardown(() => mail.restore())

  function requestReset(client: any, organization: { slug: string }, email: string) {
    return client
      .post('/forgot-password')
      .header('host', hostOf(organization as any))
      .form({ email })
      .withCsrfToken()
      .redirects(0)
  }

  test('a reset link arrives, sets a new password once, and the old password stops working', async ({
    client,
    assert,
  }) => {
    const { mails } = mail.fake()
    const organization = await createOrganization()
    const user = await createUser(organization, 'handler', { email: `forgetful-${Date.now()}@example.test` })

    const response = await requestReset(client, organization, user.email.toUpperCase())
    response.assertHeader('location', '/login')
    response.assertFlashMessage('success', 'If the address belongs to an account, a link to choose a new password is on its way.')
    const [resetMail] = mails.queued((queued) => queued instanceof PasswordResetMail) as PasswordResetMail[]
    assert.exists(resetMail)
    assert.match(resetMail.link, new RegExp(`^http://${hostOf(organization).replace('.', '\\.')}/password/[A-Za-z0-9_-]{40,}$`))
    const path = new URL(resetMail.link).pathname

    const saved = await client
      .post(path)
      .header('host', hostOf(organization))
      .form({ password: 'a brand new passphrase', password_confirmation: 'a brand new passphrase' })
      .withCsrfToken()
      .redirects(0)
    saved.assertHeader('location', '/')

    ;(await attemptLogin(client, organization, user.email, PASSWORD)).assertFlashMessage('inputErrorsBag', {
      email: ['The e-mail address or password is not correct.'],
    })
    ;(await attemptLogin(client, organization, user.email, 'a brand new passphrase')).assertHeader('location', '/')
    ;(await client.get(path).header('host', hostOf(organization))).assertStatus(410)
  })

  test('an unknown address gets the same answer and no e-mail', async ({ client }) => {
    const { mails } = mail.fake()
    const organization = await createOrganization()
    const response = await requestReset(client, organization, 'nobody@example.test')
    response.assertHeader('location', '/login')
    response.assertFlashMessage('success', 'If the address belongs to an account, a link to choose a new password is on its way.')
    mails.assertNoneQueued()
  })

  test('an address of another organization gets no e-mail', async ({ client }) => {
    const { mails } = mail.fake()
    const home = await createOrganization()
    const other = await createOrganization()
    const user = await createUser(home, 'handler')
    await requestReset(client, other, user.email)
    mails.assertNoneQueued()
  })

  test('a reset link expires after one hour', async ({ client }) => {
    const { mails } = mail.fake()
    const organization = await createOrganization()
    const user = await createUser(organization, 'handler')
    await requestReset(client, organization, user.email)
    const [resetMail] = mails.queued((queued) => queued instanceof PasswordResetMail) as PasswordResetMail[]
    await tenancy.run(organization, async () => {
      const token = await UserToken.query().where('user_id', user.id).firstOrFail()
      token.expiresAt = DateTime.now().minus({ minutes: 61 })
      await token.save()
    })
    ;(await client.get(new URL(resetMail.link).pathname).header('host', hostOf(organization))).assertStatus(410)
  })
})

test.group('Logout', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('logging out leads to the login page', async ({ client }) => {
    const organization = await createOrganization()
    const user = await createUser(organization, 'handler')
    const response = await client
      .post('/logout')
      .header('host', hostOf(organization))
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', '/login')
  })
})
