import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import mail from '@adonisjs/mail/services/main'
import DemoSeeder from '#database/seeders/demo_seeder'
import Organization from '#models/organization'
import User from '#models/user'
import Department from '#models/department'
import tenancy from '#core/tenancy/tenancy'
import EmployeeInvitationMail from '#mails/employee_invitation_mail'
import { urlOf } from '#tests/support/world'

test.group('Onboarding an organization', (group) => {
  group.each.setup(() => testUtils.db().truncate())
  group.each.teardown(() => mail.restore())

  test('an admin creates a department and invites a colleague who sets a password and logs in', async ({
    visit,
    assert,
  }) => {
    await new DemoSeeder(db.connection()).run()
    const demo = await Organization.findByOrFail('slug', 'demo')
    const { mails } = mail.fake()

    /* The admin logs in on the demo subdomain */
    const page = await visit(urlOf(demo, '/login'))
    await page.locator('input[name=email]').fill('admin@demo.test')
    await page.locator('input[name=password]').fill('demo-admin-pass')
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.assertTextContains('h1', 'Welcome, Anna Admin')

    /* ...creates a department */
    await page.getByRole('navigation').getByRole('link', { name: 'Departments' }).click()
    await page.getByRole('button', { name: /new department/i }).click()
    await page.getByRole('dialog').getByLabel(/^name/i).fill('Dermatology')
    await page.getByRole('dialog').getByRole('button', { name: /save|create/i }).click()
    await page.assertTextContains('body', 'Dermatology')
    const department = await tenancy.run(demo, () => Department.findByOrFail('name', 'Dermatology'))

    /* ...and invites a colleague into it */
    await page.getByRole('navigation').getByRole('link', { name: 'Employees' }).click()
    await page.getByRole('link', { name: /add employee/i }).click()
    await page.getByLabel('Full name').fill('Dirk Derm')
    await page.getByLabel(/e-mail/i).first().fill('dirk@demo.test')
    await page.getByRole('radio', { name: /handler/i }).check()
    await page.getByPlaceholder('Choose departments').click()
    await page.getByRole('option', { name: 'Dermatology' }).click()
    await page.keyboard.press('Escape')
    await page.getByTestId('employee-submit').click()
    await page.assertTextContains('body', 'dirk@demo.test')

    const invited = await tenancy.run(demo, async () => {
      const user = await User.findByOrFail('email', 'dirk@demo.test')
      await user.load('departments')
      return user
    })
    assert.isNull(invited.password)
    assert.deepEqual(
      invited.departments.map((d) => d.id),
      [department.id]
    )
    const [invitation] = mails.queued((queued) => queued instanceof EmployeeInvitationMail) as EmployeeInvitationMail[]
    assert.exists(invitation, 'an invitation e-mail was queued')

    /* The colleague opens the e-mailed link in a fresh browser and chooses a password */
    await page.context().clearCookies()
    await page.goto(invitation.link)
    await page.assertTextContains('h1', 'Welcome, Dirk Derm')
    await page.locator('input[name=password]').fill('a long enough password')
    await page.locator('input[name=password_confirmation]').fill('a long enough password')
    await page.getByRole('button', { name: 'Save password and log in' }).click()
    await page.assertTextContains('h1', 'Welcome, Dirk Derm')

    /* ...logs out, and logs in again with that password */
    await page.getByTestId('user-menu').click()
    await page.getByRole('menuitem', { name: 'Log out' }).click()
    await page.locator('input[name=email]').fill('dirk@demo.test')
    await page.locator('input[name=password]').fill('a long enough password')
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.assertTextContains('h1', 'Welcome, Dirk Derm')

    /* The link worked once */
    await page.goto(invitation.link)
    await page.assertTextContains('h1', 'This link no longer works')
  })
})
