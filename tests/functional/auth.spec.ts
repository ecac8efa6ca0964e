import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import env from '#start/env'
import { DateTime } from 'luxon'
import UserToken from '#models/user_token'
import tenancy from '#core/tenancy/tenancy'
import PasswordResetMail from '#mails/password_reset_mail'
import { createOrganization, createUser, hostOf, PASSWORD } from '#tests/support/world'
import { onHost, onOrganization, submitLogin } from '#tests/support/requests'

test.group('Login', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an employee logs in on the subdomain of their organization', async ({ client }) => {
    const organization = await createOrganization()
    const user = await createUser(organization, 'handler')

    const visitor = onOrganization(client, organization, { form: true })
    const response = await visitor.post('/login', { email: user.email, password: PASSWORD })

    response.assertStatus(302)
    response.assertHeader('location', '/')
  })

  test('the same credentials are refused on another organization', async ({ client }) => {
    const home = await createOrganization()
    const other = await createOrganization()
    const user = await createUser(home, 'org_admin')

    const response = await submitLogin(client, other, user.email, PASSWORD)

    response.assertStatus(302)
    response.assertHeader('location', `http://${hostOf(other)}/login`)
    response.assertFlashMessage('inputErrorsBag', { email: ['The e-mail address or password is not correct.'] })
  })

  test('an unknown subdomain shows a clear 404 page', async ({ client }) => {
    const response = await onHost(client, 'no-such-clinic.localhost:3334').get('/login')
    response.assertStatus(404)
    response.assertTextIncludes('errors/unknown_organization')
    response.assertTextIncludes(`http://${env.get('APP_DOMAIN')}:${env.get('PORT')}/`)
  })
})

test.group('Login rate limiting', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('after 5 wrong passwords the account is paused, even for the right password', async ({ client, assert }) => {
    const organization = await createOrganization()
    const user = await createUser(organization, 'handler', { email: `limited-${Date.now()}@example.test` })

    for (let attempt = 1; attempt <= 5; attempt++) {
      const wrong = await submitLogin(client, organization, user.email, 'not the password')
      wrong.assertFlashMessage('inputErrorsBag', { email: ['The e-mail address or password is not correct.'] })
    }
    const blocked = await submitLogin(client, organization, user.email, PASSWORD)
    assert.notEqual(blocked.header('location'), '/')
    const errors = blocked.flashMessages().inputErrorsBag as Record<string, string[]>
    assert.match(errors.email[0], /Too many failed attempts\. Try again in 1[45] minutes\./)
  })

  test('a successful login clears the count of earlier failures', async ({ client }) => {
    const organization = await createOrganization()
    const user = await createUser(organization, 'handler', { email: `recovers-${Date.now()}@example.test` })
    for (let attempt = 1; attempt <= 4; attempt++) {
      await submitLogin(client, organization, user.email, 'not the password')
    }
    ;(await submitLogin(client, organization, user.email, PASSWORD)).assertHeader('location', '/')
    for (let attempt = 1; attempt <= 4; attempt++) {
      await submitLogin(client, organization, user.email, 'not the password')
    }
    ;(await submitLogin(client, organization, user.email, PASSWORD)).assertHeader('location', '/')
  })
})

test.group('Forgot password', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('a reset link arrives, sets a new password once, and the old password stops working', async ({
    client,
    assert,
  }) => {
    const { mails } = mail.fake()
    const organization = await createOrganization()
    const user = await createUser(organization, 'handler', { email: `forgetful-${Date.now()}@example.test` })
    const visitor = onOrganization(client, organization, { form: true })

    const response = await visitor.post('/forgot-password', { email: user.email.toUpperCase() })
    response.assertHeader('location', '/login')
    response.assertFlashMessage('success', 'If the address belongs to an account, a link to choose a new password is on its way.')
    const [resetMail] = mails.queued((queued) => queued instanceof PasswordResetMail) as PasswordResetMail[]
    assert.exists(resetMail)
    assert.match(resetMail.link, new RegExp(`^http://${hostOf(organization).replace('.', '\\.')}/password/[A-Za-z0-9_-]{40,}$`))
    const path = new URL(resetMail.link).pathname

    const saved = await visitor.post(path, {
      password: 'a brand new passphrase',
      password_confirmation: 'a brand new passphrase',
    })
    saved.assertHeader('location', '/')

    ;(await submitLogin(client, organization, user.email, PASSWORD)).assertFlashMessage('inputErrorsBag', {
      email: ['The e-mail address or password is not correct.'],
    })
    ;(await submitLogin(client, organization, user.email, 'a brand new passphrase')).assertHeader('location', '/')
    ;(await visitor.get(path)).assertStatus(410)
  })

  test('an unknown address gets the same answer and no e-mail', async ({ client }) => {
    const { mails } = mail.fake()
    const organization = await createOrganization()
    const visitor = onOrganization(client, organization, { form: true })
    const response = await visitor.post('/forgot-password', { email: 'nobody@example.test' })
    response.assertHeader('location', '/login')
    response.assertFlashMessage('success', 'If the address belongs to an account, a link to choose a new password is on its way.')
    mails.assertNoneQueued()
  })

  test('an address of another organization gets no e-mail', async ({ client }) => {
    const { mails } = mail.fake()
    const home = await createOrganization()
    const other = await createOrganization()
    const user = await createUser(home, 'handler')
    await onOrganization(client, other, { form: true }).post('/forgot-password', { email: user.email })
    mails.assertNoneQueued()
  })

  test('a reset link expires after one hour', async ({ client }) => {
    const { mails } = mail.fake()
    const organization = await createOrganization()
    const user = await createUser(organization, 'handler')
    const visitor = onOrganization(client, organization, { form: true })
    await visitor.post('/forgot-password', { email: user.email })
    const [resetMail] = mails.queued((queued) => queued instanceof PasswordResetMail) as PasswordResetMail[]
    await tenancy.run(organization, async () => {
      const token = await UserToken.query().where('user_id', user.id).firstOrFail()
      token.expiresAt = DateTime.now().minus({ minutes: 61 })
      await token.save()
    })
    ;(await visitor.get(new URL(resetMail.link).pathname)).assertStatus(410)
  })
})

test.group('Logout', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('logging out leads to the login page', async ({ client }) => {
    const organization = await createOrganization()
    const user = await createUser(organization, 'handler')
    const response = await onOrganization(client, organization, { as: user }).post('/logout')
    response.assertHeader('location', '/login')
  })
})
