import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import DemoSeeder from '#database/seeders/demo_seeder'
import Organization from '#models/organization'
import env from '#start/env'
import tenancy from '#core/tenancy/tenancy'
import UserTokenService from '#services/user_token_service'
import { createUser, urlOf } from '#tests/support/world'
import { accessibilityViolations } from '#tests/support/axe'

/* The pages staff meet first, checked with axe-core after they have rendered */
const STAFF_PAGES: [string, string][] = [
  ['/', 'h1'],
  ['/departments', 'h1'],
  ['/employees', 'h1'],
  ['/employees/new', 'h1'],
  ['/groups', 'h1'],
  ['/profile', 'h1'],
  ['/organization/settings', 'h1'],
  ['/organization/advanced', 'h1'],
  ['/organization/modules', 'h1'],
  ['/organization/audit-log', 'h1'],
]

test.group('Accessibility (axe-core, WCAG 2.2 AA)', (group) => {
  group.each.setup(() => testUtils.db().truncate())

  test('the login page and the staff pages have no serious or critical violations', async ({ visit, assert }) => {
    await new DemoSeeder(db.connection()).run()
    const demo = await Organization.findByOrFail('slug', 'demo')

    const page = await visit(urlOf(demo, '/login'))
    await page.locator('h1').waitFor()
    assert.deepEqual(await accessibilityViolations(page), [], 'login page')

    await page.locator('input[name=email]').fill('admin@demo.test')
    await page.locator('input[name=password]').fill('demo-admin-pass')
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.assertTextContains('h1', 'Welcome')

    for (const [path, ready] of STAFF_PAGES) {
      await page.goto(urlOf(demo, path))
      await page.locator(ready).first().waitFor()
      assert.deepEqual(await accessibilityViolations(page), [], path)
    }
  })

  test('the pages visitors and invited colleagues meet have no serious or critical violations', async ({
    visit,
    assert,
  }) => {
    await new DemoSeeder(db.connection()).run()
    const demo = await Organization.findByOrFail('slug', 'demo')
    const invited = await createUser(demo, 'handler', { password: null, passwordSetAt: null })
    const token = await tenancy.run(demo, () => UserTokenService.issue(invited, 'invitation'))
    const platform = `http://${env.get('APP_DOMAIN')}:${env.get('PORT')}`

    for (const url of [
      `${platform}/`,
      `${platform}/login`,
      urlOf(demo, '/forgot-password'),
      urlOf(demo, `/password/${token}`),
      urlOf(demo, '/password/not-a-valid-link-token-at-all'),
      `http://no-such-clinic.${env.get('APP_DOMAIN')}:${env.get('PORT')}/login`,
    ]) {
      const page = await visit(url)
      await page.locator('h1').first().waitFor()
      assert.deepEqual(await accessibilityViolations(page), [], url)
      await page.close()
    }
  })

  test('a page follows the browser language and declares it', async ({ visit, browserContext, assert }) => {
    await new DemoSeeder(db.connection()).run()
    const demo = await Organization.findByOrFail('slug', 'demo')
    await browserContext.setExtraHTTPHeaders({ 'accept-language': 'de-DE,de;q=0.9' })
    const page = await visit(urlOf(demo, '/login'))
    await page.assertTextContains('h1', 'Anmelden')
    assert.equal(await page.locator('html').getAttribute('lang'), 'de')
  })
})
