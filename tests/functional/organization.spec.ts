import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import sharp from 'sharp'
import tenancy from '#core/tenancy/tenancy'
import Organization from '#models/organization'
import AuditLog from '#models/audit_log'
import { ADVANCED_SETTINGS } from '#core/settings/advanced_settings'
import { settingDefaults, type SettingDefinition } from '#core/settings/setting_definition'
import { createOrganization, createUser } from '#tests/support/world'
import { onOrganization } from '#tests/support/requests'
import { assertRedirect, fieldErrors, bytesOf } from '#tests/support/responses'
import { png } from '#tests/support/images'
import { sha256 } from '#core/security/digest'

async function auditEntries(organization: Organization, action: string) {
  /* Awaited inside the scope: a returned builder would only run after the scope has ended */
  return tenancy.run(organization, async () => await AuditLog.query().where('action', action).orderBy('id'))
}

async function adminOfNewOrganization(attributes: Partial<Organization> = {}) {
  const organization = await createOrganization(attributes)
  const admin = await createUser(organization, 'org_admin', { fullName: 'Anna Admin' })
  return { organization, admin }
}


test.group('Organization | details', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an org admin saves the organization details (audit row written)', async ({ client, assert }) => {
    const { organization, admin } = await adminOfNewOrganization()
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: '/organization/settings' })
    const response = await asAdmin.put('/organization/settings', {
      name: 'Kliniek De Linde',
      contactEmail: 'info@delinde.test',
      contactPhone: '+31 20 123 4567',
      address: 'Lindelaan 1, Utrecht',
      website: 'https://delinde.test',
      timezone: 'Europe/Berlin',
      defaultLocale: 'de',
    })
    assertRedirect(assert, response)
    response.assertFlashMessage('success')

    const fresh = await Organization.findOrFail(organization.id)
    assert.equal(fresh.name, 'Kliniek De Linde')
    assert.equal(fresh.contactEmail, 'info@delinde.test')
    assert.equal(fresh.contactPhone, '+31 20 123 4567')
    assert.equal(fresh.website, 'https://delinde.test')
    assert.equal(fresh.timezone, 'Europe/Berlin')
    assert.equal(fresh.defaultLocale, 'de')
    assert.equal(fresh.slug, organization.slug, 'the address of the organization does not change')

    const [entry] = await auditEntries(organization, 'organization.updated')
    assert.exists(entry, 'the change is in the audit log')
    assert.equal(entry.actorId, admin.id)
    assert.equal(entry.changes?.name, 'Kliniek De Linde')
    assert.equal(entry.changes?.timezone, 'Europe/Berlin')

    /* The settings page shows the saved values */
    const page = await asAdmin.get('/organization/settings')
    page.assertInertiaPropsContains({
      settings: { name: 'Kliniek De Linde', timezone: 'Europe/Berlin', defaultLocale: 'de' },
    })
  })

  test('an unknown time zone is refused and nothing changes', async ({ client, assert }) => {
    const { organization, admin } = await adminOfNewOrganization()
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: '/organization/settings' })
    const response = await asAdmin.put('/organization/settings', {
      name: 'Renamed Clinic',
      timezone: 'Mars/Olympus_Mons',
      defaultLocale: 'en',
    })
    assertRedirect(assert, response)
    assert.property(fieldErrors(response), 'timezone')
    response.assertFlashMissing('success')

    const fresh = await Organization.findOrFail(organization.id)
    assert.equal(fresh.name, organization.name)
    assert.equal(fresh.timezone, 'Europe/Amsterdam')
    assert.lengthOf(await auditEntries(organization, 'organization.updated'), 0)
  })

  test('other invalid details are refused field by field', async ({ client, assert }) => {
    const { organization, admin } = await adminOfNewOrganization()
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true })
    const response = await asAdmin.put('/organization/settings', {
      name: 'X',
      contactEmail: 'not an address',
      website: 'javascript:alert(1)',
      timezone: 'UTC',
      defaultLocale: 'fr',
    })
    assert.includeMembers(Object.keys(fieldErrors(response)), ['name', 'contactEmail', 'website', 'defaultLocale'])
    const fresh = await Organization.findOrFail(organization.id)
    assert.equal(fresh.name, organization.name)
    assert.isNull(fresh.website)
  })
})

test.group('Organization | logo', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an uploaded logo is stored scaled down to fit 180x50 and served as PNG', async ({ client, assert }) => {
    const { organization, admin } = await adminOfNewOrganization()
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true })
    const visitor = onOrganization(client, organization)

    const before = await visitor.get('/logo')
    before.assertStatus(404)

    const upload = await asAdmin
      .with({ from: '/organization/settings' })
      .post('/organization/logo')
      .file('logo', await png(600, 300), { filename: 'logo.png', contentType: 'image/png' })
    assertRedirect(assert, upload)
    upload.assertFlashMessage('success')

    const fresh = await Organization.findOrFail(organization.id)
    assert.isNotNull(fresh.logoPath)

    /* The logo is public on the subdomain: the login page shows it */
    const logo = await visitor.get('/logo')
    logo.assertStatus(200)
    logo.assertHeader('content-type', 'image/png')
    const metadata = await sharp(bytesOf(logo)).metadata()
    assert.equal(metadata.format, 'png')
    assert.isAtMost(metadata.width!, 180)
    assert.isAtMost(metadata.height!, 50)
    /* 600x300 keeps its 2:1 shape */
    assert.equal(metadata.width, 100)
    assert.equal(metadata.height, 50)

    /* Every page knows where the logo is */
    const page = await asAdmin.get('/')
    assert.match(page.body().props.organization.logoUrl, /^\/logo\?v=/)

    assert.lengthOf(await auditEntries(organization, 'organization.logo_replaced'), 1)

    /* Another organization has no logo */
    const other = await createOrganization()
    const otherLogo = await onOrganization(client, other).get('/logo')
    otherLogo.assertStatus(404)
  })

  test('a small logo is not enlarged', async ({ client, assert }) => {
    const { organization, admin } = await adminOfNewOrganization()
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true })
    const visitor = onOrganization(client, organization)
    await asAdmin
      .post('/organization/logo')
      .file('logo', await png(40, 20), { filename: 'small.png', contentType: 'image/png' })
    const logo = await visitor.get('/logo')
    logo.assertStatus(200)
    const metadata = await sharp(bytesOf(logo)).metadata()
    assert.equal(metadata.width, 40)
    assert.equal(metadata.height, 20)
  })

  test('a text file is refused as logo', async ({ client, assert }) => {
    const { organization, admin } = await adminOfNewOrganization()
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: '/organization/settings' })
    const visitor = onOrganization(client, organization)
    const response = await asAdmin
      .post('/organization/logo')
      .file('logo', Buffer.from('this is not an image'), { filename: 'logo.txt', contentType: 'text/plain' })
    assertRedirect(assert, response)
    assert.property(fieldErrors(response), 'logo')
    response.assertFlashMissing('success')
    assert.isNull((await Organization.findOrFail(organization.id)).logoPath)
    const logo = await visitor.get('/logo')
    logo.assertStatus(404)
  })

  test('a small text file named .png is refused', async ({ client, assert }) => {
    const { organization, admin } = await adminOfNewOrganization()
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true })
    const response = await asAdmin
      .post('/organization/logo')
      .file('logo', Buffer.from('<script>alert(1)</script>'), { filename: 'logo.png', contentType: 'image/png' })
    assertRedirect(assert, response)
    assert.property(fieldErrors(response), 'logo')
    response.assertFlashMissing('success')
    assert.isNull((await Organization.findOrFail(organization.id)).logoPath)
  })

  test('a larger non-image named .png is refused with a clear message', async ({ client, assert }) => {
    const { organization, admin } = await adminOfNewOrganization()
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true })
    const response = await asAdmin
      .post('/organization/logo')
      .file('logo', Buffer.from('not an image at all. '.repeat(400)), { filename: 'logo.png', contentType: 'image/png' })
    assertRedirect(assert, response)
    assert.deepEqual(fieldErrors(response).logo, [
      'This file is not an image we can read. Use a PNG, JPEG, WebP or GIF file.',
    ])
    assert.isNull((await Organization.findOrFail(organization.id)).logoPath)
  })

  test('the message for a refused file type is readable text naming the allowed types', async ({ client, assert }) => {
    const { organization, admin } = await adminOfNewOrganization()
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true })
    const refused = await asAdmin
      .post('/organization/logo')
      .file('logo', Buffer.from('plain text'), { filename: 'logo.txt', contentType: 'text/plain' })
    /* The page the browser is sent back to shows the error next to the field */
    const page = await asAdmin.get('/organization/settings').withFlashMessages(refused.flashMessages())
    const message = page.body().props.errors.logo
    assert.isString(message)
    assert.match(message, /png/i)
    assert.match(message, /jpe?g/i)
  })

  test('the logo can be removed', async ({ client, assert }) => {
    const { organization, admin } = await adminOfNewOrganization()
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true })
    const visitor = onOrganization(client, organization)
    await asAdmin
      .post('/organization/logo')
      .file('logo', await png(300, 100), { filename: 'logo.png', contentType: 'image/png' })
    assert.isNotNull((await Organization.findOrFail(organization.id)).logoPath)

    const removed = await asAdmin.delete('/organization/logo')
    assertRedirect(assert, removed)
    assert.isNull((await Organization.findOrFail(organization.id)).logoPath)
    const logo = await visitor.get('/logo')
    logo.assertStatus(404)
  })
})

test.group('Organization | API key', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a new key is shown exactly once and only its hash is stored', async ({ client, assert }) => {
    const { organization, admin } = await adminOfNewOrganization()
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: '/organization/settings' })

    const rotated = await asAdmin.post('/organization/api-key')
    assertRedirect(assert, rotated)
    const key = rotated.flashMessage('newApiKey') as unknown as string
    assert.isString(key)
    assert.isAtLeast(key.length, 24)

    const fresh = await Organization.findOrFail(organization.id)
    assert.equal(fresh.apiKeyHash, sha256(key))
    assert.notEqual(fresh.apiKeyHash, key)
    assert.isTrue(key.startsWith(fresh.apiKeyPrefix!), 'the stored prefix identifies the key')
    assert.isBelow(fresh.apiKeyPrefix!.length, key.length - 16, 'the prefix is not most of the key')
    assert.notInclude(JSON.stringify(fresh.serialize()), key, 'the key itself is stored nowhere on the organization')

    /* The key is in no audit log entry */
    const entries = await auditEntries(organization, 'organization.api_key_rotated')
    assert.lengthOf(entries, 1)
    assert.notInclude(JSON.stringify(entries.map((e) => e.serialize())), key)

    /* The next page (the redirect target) shows it ... */
    const shown = await asAdmin.get('/organization/settings').withFlashMessages(rotated.flashMessages())
    shown.assertStatus(200)
    assert.equal(shown.body().props.newApiKey, key)
    assert.equal(JSON.stringify(shown.body()).split(key).length - 1, 1, 'the key appears once on the page')

    /* ... and the one after that no longer does */
    const later = await asAdmin.get('/organization/settings').withFlashMessages(shown.flashMessages() ?? {})
    later.assertStatus(200)
    assert.isNull(later.body().props.newApiKey)
    assert.notInclude(JSON.stringify(later.body()), key)
    later.assertInertiaPropsContains({ settings: { apiKeyPrefix: fresh.apiKeyPrefix } })
  })

  test('rotating again replaces the key; revoking removes it', async ({ client, assert }) => {
    const { organization, admin } = await adminOfNewOrganization()
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true })
    const fromSettings = asAdmin.with({ from: '/organization/settings' })

    const first = await fromSettings.post('/organization/api-key')
    const firstKey = first.flashMessage('newApiKey') as unknown as string
    const firstHash = (await Organization.findOrFail(organization.id)).apiKeyHash

    const second = await fromSettings.post('/organization/api-key')
    const secondKey = second.flashMessage('newApiKey') as unknown as string
    const secondHash = (await Organization.findOrFail(organization.id)).apiKeyHash

    assert.notEqual(secondKey, firstKey)
    assert.notEqual(secondHash, firstHash)
    assert.equal(secondHash, sha256(secondKey))

    const revoked = await asAdmin.delete('/organization/api-key')
    assertRedirect(assert, revoked)
    const fresh = await Organization.findOrFail(organization.id)
    assert.isNull(fresh.apiKeyHash)
    assert.isNull(fresh.apiKeyPrefix)
    assert.lengthOf(await auditEntries(organization, 'organization.api_key_revoked'), 1)
  })
})

/** A valid value for every advanced setting, as far from its default as possible */
function fullSetOfValues() {
  const values: Record<string, boolean | number | string | null> = {}
  for (const setting of ADVANCED_SETTINGS.flatMap((group) => group.settings) as SettingDefinition[]) {
    switch (setting.type) {
      case 'boolean':
        values[setting.key] = !setting.default
        break
      case 'integer':
        values[setting.key] = setting.default === setting.max ? setting.min : (setting.default ?? setting.min) + 1
        break
      case 'url':
        values[setting.key] = `https://example.test/${setting.key}`
        break
      case 'text':
        values[setting.key] = `Text for ${setting.key}`
        break
      case 'choice':
        values[setting.key] = setting.options.find((option) => option !== setting.default) ?? setting.default
        break
    }
  }
  return values
}

test.group('Organization | advanced settings', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a full set of values is saved and shown again (audit row written)', async ({ client, assert }) => {
    const { organization, admin } = await adminOfNewOrganization()
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: '/organization/advanced' })
    const values = fullSetOfValues()
    assert.notDeepEqual(values, settingDefaults(ADVANCED_SETTINGS))

    const response = await asAdmin.put('/organization/advanced', { settings: values })
    assertRedirect(assert, response)
    response.assertFlashMessage('success')
    assert.deepEqual(fieldErrors(response), {})

    const fresh = await Organization.findOrFail(organization.id)
    assert.deepEqual(fresh.advancedSettings, values)

    const page = await asAdmin.get('/organization/advanced')
    page.assertInertiaComponent('organization/advanced')
    assert.deepEqual(page.body().props.values, values)

    const [entry] = await auditEntries(organization, 'organization.advanced_settings_updated')
    assert.exists(entry)
    assert.sameMembers(Object.keys(entry.changes ?? {}), Object.keys(values))
  })

  test('an option that does not exist is refused', async ({ client, assert }) => {
    const { organization, admin } = await adminOfNewOrganization()
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: '/organization/advanced' })
    const values = { ...settingDefaults(ADVANCED_SETTINGS), two_factor: 'sometimes' }
    const response = await asAdmin.put('/organization/advanced', { settings: values })
    assertRedirect(assert, response)
    assert.isDefined(fieldErrors(response)['settings.two_factor'])
    response.assertFlashMissing('success')
    assert.deepEqual((await Organization.findOrFail(organization.id)).settings, {})
  })

  test('a number outside its range is refused', async ({ client, assert }) => {
    const { organization, admin } = await adminOfNewOrganization()
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: '/organization/advanced' })
    const values = { ...settingDefaults(ADVANCED_SETTINGS), anonymize_appointments: true, anonymize_after_days: 0 }
    const response = await asAdmin.put('/organization/advanced', { settings: values })
    assert.isDefined(fieldErrors(response)['settings.anonymize_after_days'])
    assert.deepEqual((await Organization.findOrFail(organization.id)).settings, {})
  })

  test('turning on the evaluation survey without its address is refused', async ({ client, assert }) => {
    const { organization, admin } = await adminOfNewOrganization()
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: '/organization/advanced' })
    const values = { ...settingDefaults(ADVANCED_SETTINGS), evaluation_survey: true, evaluation_survey_url: null }
    const response = await asAdmin.put('/organization/advanced', { settings: values })
    assertRedirect(assert, response)
    assert.isDefined(fieldErrors(response)['settings.evaluation_survey_url'])
    response.assertFlashMissing('success')
    const fresh = await Organization.findOrFail(organization.id)
    assert.isFalse(fresh.advancedSettings.evaluation_survey)
    assert.lengthOf(await auditEntries(organization, 'organization.advanced_settings_updated'), 0)

    /* With the address it is accepted */
    const withUrl = await asAdmin.put('/organization/advanced', {
      settings: { ...values, evaluation_survey_url: 'https://survey.example.test/after-consultation' },
    })
    withUrl.assertFlashMessage('success')
    const saved = await Organization.findOrFail(organization.id)
    assert.isTrue(saved.advancedSettings.evaluation_survey)
    assert.equal(saved.advancedSettings.evaluation_survey_url, 'https://survey.example.test/after-consultation')
  })

  test('the settings of one organization do not affect another', async ({ client, assert }) => {
    const { organization, admin } = await adminOfNewOrganization()
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: '/organization/advanced' })
    const other = await createOrganization()
    await asAdmin.put('/organization/advanced', { settings: fullSetOfValues() })
    const untouched = await Organization.findOrFail(other.id)
    assert.deepEqual(untouched.advancedSettings, settingDefaults(ADVANCED_SETTINGS))
  })
})
