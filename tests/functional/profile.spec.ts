import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import hash from '@adonisjs/core/services/hash'
import sharp from 'sharp'
import tenancy from '#core/tenancy/tenancy'
import User from '#models/user'
import type Organization from '#models/organization'
import { createOrganization, createUser, PASSWORD } from '#tests/support/world'
import { onOrganization, submitLogin } from '#tests/support/requests'
import { assertRedirect, fieldErrors, bytesOf } from '#tests/support/responses'
import { png } from '#tests/support/images'

const NEW_PASSWORD = 'an even longer and better sentence'

async function fresh(organization: Organization, user: User) {
  return tenancy.run(organization, () => User.findOrFail(user.id))
}

async function employee(attributes: Partial<User> = {}) {
  const organization = await createOrganization()
  const user = await createUser(organization, 'handler', { fullName: 'Hanna Handler', ...attributes })
  return { organization, user }
}

test.group('Profile | details', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an employee updates name, phone and language; the next page is in that language', async ({ client, assert }) => {
    const { organization, user } = await employee()
    const asUser = onOrganization(client, organization, { as: user, inertia: true, from: '/profile' })

    const before = await asUser.get('/profile')
    before.assertInertiaComponent('profile/show')
    assert.equal(before.body().props.locale, 'en')

    const response = await asUser.put('/profile', {
      fullName: 'Hanna de Vries',
      phone: '+31 6 1234 5678',
      locale: 'nl',
    })
    assertRedirect(assert, response)
    /* The confirmation is already in the chosen language */
    response.assertFlashMessage('success', 'Uw profiel is opgeslagen.')

    const saved = await fresh(organization, user)
    assert.equal(saved.fullName, 'Hanna de Vries')
    assert.equal(saved.phone, '+31 6 1234 5678')
    assert.equal(saved.locale, 'nl')

    const after = await onOrganization(client, organization, { as: saved, inertia: true }).get('/profile')
    assert.equal(after.body().props.locale, 'nl')
    after.assertInertiaPropsContains({ user: { fullName: 'Hanna de Vries', locale: 'nl' } })
  })

  test('the phone number can be cleared', async ({ client, assert }) => {
    const { organization, user } = await employee({ phone: '+31 20 000 0000' })
    const asUser = onOrganization(client, organization, { as: user, inertia: true, from: '/profile' })
    const response = await asUser.put('/profile', { fullName: 'Hanna Handler', locale: 'en' })
    assertRedirect(assert, response)
    assert.isNull((await fresh(organization, user)).phone)
  })

  test('invalid details are refused and nothing changes', async ({ client, assert }) => {
    const { organization, user } = await employee()
    const asUser = onOrganization(client, organization, { as: user, inertia: true, from: '/profile' })
    const response = await asUser.put('/profile', {
      fullName: 'H',
      phone: 'call me maybe',
      locale: 'fr',
    })
    assertRedirect(assert, response)
    assert.includeMembers(Object.keys(fieldErrors(response)), ['fullName', 'phone', 'locale'])
    const saved = await fresh(organization, user)
    assert.equal(saved.fullName, 'Hanna Handler')
    assert.isNull(saved.locale)
  })

  test('the e-mail address and role cannot be changed from the profile', async ({ client, assert }) => {
    const { organization, user } = await employee()
    const asUser = onOrganization(client, organization, { as: user, inertia: true, from: '/profile' })
    await asUser.put('/profile', {
      fullName: 'Hanna Handler',
      locale: 'en',
      email: 'new.address@example.test',
      role: 'org_admin',
    })
    const saved = await fresh(organization, user)
    assert.equal(saved.email, user.email)
    assert.equal(saved.role, 'handler')
  })
})

test.group('Profile | password', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a wrong current password is refused and the password stays the same', async ({ client, assert }) => {
    const { organization, user } = await employee()
    const asUser = onOrganization(client, organization, { as: user, inertia: true, from: '/profile' })
    const response = await asUser.put('/profile/password', {
      currentPassword: 'not my password',
      password: NEW_PASSWORD,
      password_confirmation: NEW_PASSWORD,
    })
    assertRedirect(assert, response)
    assert.deepEqual(fieldErrors(response).currentPassword, ['The current password is not correct.'])
    response.assertFlashMissing('success')

    const saved = await fresh(organization, user)
    assert.isTrue(await hash.verify(saved.password!, PASSWORD))
    assertRedirect(assert, await submitLogin(client, organization, user.email, PASSWORD))
  })

  test('a refused password change does not keep the typed passwords in the session', async ({ client, assert }) => {
    const { organization, user } = await employee()
    const asUser = onOrganization(client, organization, { as: user, inertia: true, from: '/profile' })
    const response = await asUser.put('/profile/password', {
      currentPassword: 'not my password',
      password: NEW_PASSWORD,
      password_confirmation: NEW_PASSWORD,
    })
    const flashed = JSON.stringify(response.flashMessages() ?? {})
    assert.notInclude(flashed, NEW_PASSWORD)
    assert.notInclude(flashed, 'not my password')
  })

  test('a new password that does not match its confirmation is refused', async ({ client, assert }) => {
    const { organization, user } = await employee()
    const asUser = onOrganization(client, organization, { as: user, inertia: true, from: '/profile' })
    const response = await asUser.put('/profile/password', {
      currentPassword: PASSWORD,
      password: NEW_PASSWORD,
      password_confirmation: 'something different',
    })
    assertRedirect(assert, response)
    assert.property(fieldErrors(response), 'password_confirmation')
    assert.isTrue(await hash.verify((await fresh(organization, user)).password!, PASSWORD))
  })

  test('the password is changed: the old one no longer logs in, the new one does', async ({ client, assert }) => {
    const { organization, user } = await employee()
    const asUser = onOrganization(client, organization, { as: user, inertia: true, from: '/profile' })
    const response = await asUser.put('/profile/password', {
      currentPassword: PASSWORD,
      password: NEW_PASSWORD,
      password_confirmation: NEW_PASSWORD,
    })
    assertRedirect(assert, response)
    response.assertFlashMessage('success', 'Your password has been changed.')

    const saved = await fresh(organization, user)
    assert.notEqual(saved.password, NEW_PASSWORD, 'stored hashed')
    assert.isTrue(await hash.verify(saved.password!, NEW_PASSWORD))

    const withOld = await submitLogin(client, organization, user.email, PASSWORD)
    assertRedirect(assert, withOld)
    assert.notEqual(withOld.header('location'), '/')
    withOld.assertFlashMessage('inputErrorsBag', { email: ['The e-mail address or password is not correct.'] })
    assert.notProperty(withOld.session(), 'auth_web')

    const withNew = await submitLogin(client, organization, user.email, NEW_PASSWORD)
    assertRedirect(assert, withNew)
    assert.equal(withNew.header('location'), '/')
    assert.equal(withNew.session('auth_web'), user.id)
  })
})

test.group('Profile | photo', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a real PNG becomes the profile photo, cropped square', async ({ client, assert }) => {
    const { organization, user } = await employee()
    const asUser = onOrganization(client, organization, { as: user, inertia: true, from: '/profile' })
    const response = await asUser
      .post('/profile/avatar')
      .file('avatar', await png(400, 300), { filename: 'me.png', contentType: 'image/png' })
    assertRedirect(assert, response)
    response.assertFlashMessage('success', 'Your photo has been saved.')

    const saved = await fresh(organization, user)
    assert.isNotNull(saved.avatarPath)

    const page = await onOrganization(client, organization, { as: saved, inertia: true }).get('/profile')
    const avatarUrl = page.body().props.user.avatarUrl as string
    assert.match(avatarUrl, new RegExp(`^/users/${user.id}/avatar`))

    const photo = await onOrganization(client, organization, { as: saved }).get(avatarUrl)
    photo.assertStatus(200)
    photo.assertHeader('content-type', 'image/png')
    const metadata = await sharp(bytesOf(photo)).metadata()
    assert.equal(metadata.format, 'png')
    assert.equal(metadata.width, metadata.height)

    /* A colleague sees the photo too; a visitor does not */
    const colleague = await createUser(organization, 'handler')
    ;(await onOrganization(client, organization, { as: colleague }).get(`/users/${user.id}/avatar`)).assertStatus(200)
    const visitor = await onOrganization(client, organization).get(`/users/${user.id}/avatar`)
    assert.equal(visitor.header('location'), '/login')
  })

  test('a larger non-image with a .png name is refused with a clear error', async ({ client, assert }) => {
    const { organization, user } = await employee()
    const asUser = onOrganization(client, organization, { as: user, inertia: true, from: '/profile' })
    const response = await asUser
      .post('/profile/avatar')
      .file('avatar', Buffer.from('This is a text document, not a picture.\n'.repeat(200)), {
        filename: 'holiday.png',
        contentType: 'image/png',
      })
    assertRedirect(assert, response)
    assert.deepEqual(fieldErrors(response).avatar, [
      'This file is not an image we can read. Use a PNG, JPEG, WebP or GIF file.',
    ])
    response.assertFlashMissing('success')
    assert.isNull((await fresh(organization, user)).avatarPath)
  })

  test('a small non-image with a .png name is refused with a clear error', async ({ client, assert }) => {
    const { organization, user } = await employee()
    const asUser = onOrganization(client, organization, { as: user, inertia: true, from: '/profile' })
    const response = await asUser
      .post('/profile/avatar')
      .file('avatar', Buffer.from('not a picture'), { filename: 'holiday.png', contentType: 'image/png' })
    assertRedirect(assert, response)
    assert.isNull((await fresh(organization, user)).avatarPath)
    /* The profile page the browser returns to shows one readable message */
    const page = await asUser.get('/profile').withFlashMessages(response.flashMessages())
    const message = page.body().props.errors.avatar
    assert.isString(message)
    assert.match(message, /png/i)
  })

  test('a removed photo is no longer served', async ({ client, assert }) => {
    const { organization, user } = await employee()
    const asUser = onOrganization(client, organization, { as: user, inertia: true, from: '/profile' })
    await asUser.post('/profile/avatar').file('avatar', await png(64, 64), {
      filename: 'me.png',
      contentType: 'image/png',
    })
    assert.isNotNull((await fresh(organization, user)).avatarPath)

    const removed = await asUser.delete('/profile/avatar')
    assertRedirect(assert, removed)
    assert.isNull((await fresh(organization, user)).avatarPath)
    ;(await onOrganization(client, organization, { as: user }).get(`/users/${user.id}/avatar`)).assertStatus(404)
  })
})
