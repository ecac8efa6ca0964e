import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import tenancy from '#core/tenancy/tenancy'
import Group from '#models/group'
import Client from '#modules/agenda/models/client'
import ExternalParticipant from '#modules/agenda/models/external_participant'
import { createDepartment, createOrganization, createUser, urlOf } from '#tests/support/world'
import { accessibilityViolations } from '#tests/support/axe'
import { logIn } from '#tests/support/browser'

/* The clients and external participants pages, used as staff would */
test.group('Agenda | clients pages', (group) => {
  group.each.setup(() => testUtils.db().truncate())

  test('a handler searches before creating, is warned about a possible duplicate and creates the client anyway', async ({
    visit,
    assert,
  }) => {
    const organization = await createOrganization({ settings: { strict_department_segregation: true } })
    const cardiology = await createDepartment(organization, 'Cardiology')
    const handler = await createUser(organization, 'handler', { fullName: 'Carla Cardio', departments: [cardiology] })
    await tenancy.run(organization, () =>
      Client.create({
        initials: 'H.',
        lastName: 'Hartman',
        dateOfBirth: '1950-03-01',
        email: 'h.hartman@example.test',
        clientNumber: null,
        phone: null,
        locale: null,
        departmentId: cardiology.id,
      })
    )

    const page = await visit(urlOf(organization, '/login'))
    await logIn(page, organization, handler)
    await page.goto(urlOf(organization, '/clients'))
    await page.getByTestId('client-row').first().waitFor()
    assert.deepEqual(await accessibilityViolations(page), [], '/clients')

    await page.getByTestId('clients-search').fill('01-03-1950')
    await page.getByRole('link', { name: 'H. Hartman', exact: true }).waitFor()
    await page.getByTestId('clients-search').fill('nobody-like-this')
    await page.getByTestId('clients-empty').waitFor()

    await page.getByTestId('client-new').first().click()
    await page.getByTestId('client-form').waitFor()
    assert.deepEqual(await accessibilityViolations(page), [], '/clients/new')
    /* only the identifying fields first */
    assert.equal(await page.getByTestId('client-submit').count(), 0)
    await page.getByTestId('person-initials').fill('h.j.')
    await page.getByTestId('person-last-name').fill('Hartman')
    await page.getByTestId('person-date-of-birth').fill('1950-03-01')
    await page.getByTestId('person-email').fill('not-an-address')
    await page.getByTestId('person-check').click()
    await page.getByText('Enter a valid e-mail address').waitFor()

    await page.getByTestId('person-email').fill('hj.hartman@example.test')
    await page.getByTestId('person-check').click()
    const panel = page.getByTestId('duplicate-panel')
    await panel.waitFor()
    await panel.getByText('Same last name and date of birth').waitFor()
    await panel.getByRole('link', { name: 'Make appointment H. Hartman' }).waitFor()
    assert.deepEqual(await accessibilityViolations(page), [], 'duplicate warning')

    await page.getByTestId('duplicate-confirm').click()
    await page.getByTestId('client-submit').click()
    await page.getByText('Client H.J. Hartman has been added.').waitFor()
    await page.getByTestId('client-make-appointment').waitFor()
    /* the flash notification closes by itself (its close button is the core layout's) */
    await page.getByText('Client H.J. Hartman has been added.').waitFor({ state: 'hidden' })
    assert.deepEqual(await accessibilityViolations(page), [], '/clients/:id/edit')

    const created = await tenancy.run(organization, () =>
      Client.query().where('email', 'hj.hartman@example.test').preload('handlers').firstOrFail()
    )
    assert.equal(created.departmentId, cardiology.id, 'the handler\'s only department is preselected')
    assert.deepEqual(created.handlers.map((h) => h.id), [handler.id])
    assert.include(page.url(), `/clients/${created.id}/edit`)
  })

  test('an admin adds an external participant to a group and finds them by group', async ({ visit, assert }) => {
    const organization = await createOrganization()
    const admin = await createUser(organization, 'org_admin', { fullName: 'Olga Orgadmin' })
    await tenancy.run(organization, () => Group.create({ name: 'Family', description: null }))

    const page = await visit(urlOf(organization, '/login'))
    await logIn(page, organization, admin)
    await page.goto(urlOf(organization, '/external-participants'))
    await page.getByTestId('participants-empty').waitFor()
    assert.deepEqual(await accessibilityViolations(page), [], '/external-participants')

    await page.getByTestId('participant-new').click()
    await page.getByTestId('participant-form').waitFor()
    await page.getByTestId('person-initials').fill('M.')
    await page.getByTestId('person-last-name').fill('Moeder')
    await page.getByTestId('person-date-of-birth').fill('1955-05-05')
    await page.getByTestId('person-email').fill('moeder@example.test')
    await page.getByTestId('person-check').click()
    await page.getByTestId('no-duplicates').waitFor()
    await page.getByTestId('participant-groups').click()
    await page.getByRole('option', { name: 'Family' }).click()
    await page.keyboard.press('Escape')
    assert.deepEqual(await accessibilityViolations(page), [], '/external-participants/new')
    await page.getByTestId('participant-submit').click()
    await page.getByText('M. Moeder has been added.').waitFor()
    await page.getByTestId('participant-row').getByText('Family').waitFor()

    /* the edit page shows the groups; the delete dialog names the person */
    await page.getByText('M. Moeder has been added.').waitFor({ state: 'hidden' })
    await page.getByRole('link', { name: 'M. Moeder', exact: true }).click()
    await page.getByTestId('participant-form').waitFor()
    await page.getByTestId('participant-delete').click()
    await page.getByRole('dialog', { name: 'Delete M. Moeder?' }).waitFor()
    assert.deepEqual(await accessibilityViolations(page), [], 'delete dialog')
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click()

    const saved = await tenancy.run(organization, () =>
      ExternalParticipant.query().where('email', 'moeder@example.test').preload('groups').firstOrFail()
    )
    assert.deepEqual(saved.groups.map((g) => g.name), ['Family'])
  })
})
