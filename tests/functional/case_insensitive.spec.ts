import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { createDepartment, createOrganization, createUser } from '#tests/support/world'
import { onOrganization } from '#tests/support/requests'
import type { HttpContext } from '@adonisjs/core/http'
import tenancy from '#core/tenancy/tenancy'
import Department from '#models/department'
import DepartmentService from '#services/department_service'
import BusinessRuleException from '#exceptions/business_rule_exception'

/* SQLite's lower() only knows ASCII; these must behave the same on SQLite and PostgreSQL */
test.group('Case-insensitive names and search, in any alphabet', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('employee search ignores case beyond ASCII and takes % literally', async ({ client, assert }) => {
    const organization = await createOrganization()
    const admin = await createUser(organization, 'org_admin', { fullName: 'Anna Admin' })
    await createUser(organization, 'handler', { fullName: 'Łukasz Żółć', email: 'lukasz@example.test' })
    await createUser(organization, 'handler', { fullName: 'Ömer Öztürk', email: 'omer@example.test' })
    const site = onOrganization(client, organization, { as: admin, inertia: true })
    const names = async (search: string) =>
      (await site.get(`/employees?search=${encodeURIComponent(search)}`)).body().props.employees.map(
        (employee: { fullName: string }) => employee.fullName
      )

    assert.deepEqual(await names('łUKASZ żÓŁĆ'), ['Łukasz Żółć'])
    assert.deepEqual(await names('öMER'), ['Ömer Öztürk'])
    assert.deepEqual(await names('OMER@EXAMPLE'), ['Ömer Öztürk'])
    assert.deepEqual(await names('%'), [])
  })

  test('a department name that differs only in case is refused, in any alphabet', async ({ client }) => {
    const organization = await createOrganization()
    const admin = await createUser(organization, 'org_admin')
    await createDepartment(organization, 'Ärzte Süd')
    const response = await onOrganization(client, organization, { as: admin, inertia: true, from: '/departments' }).post(
      '/departments',
      { name: 'ÄRZTE SÜD', color: '#1c7ed6' }
    )
    response.assertFlashMessage('inputErrorsBag', { name: ["A department with this name already exists. Please choose a different name."] })
    response.assertFlashMissing('success')
  })
})

test.group('Two admins saving the same name at once', (group) => {
  /* no global transaction: a refused insert would abort it on PostgreSQL */
  group.each.setup(() => testUtils.db().truncate())

  test('one department is created and the other save gets the friendly error, not a crash', async ({ assert }) => {
    const organization = await createOrganization()
    const admin = await createUser(organization, 'org_admin')
    const ctx = { auth: { user: admin }, request: { ip: () => '127.0.0.1' } } as unknown as HttpContext
    const service = new DepartmentService(ctx)

    const results = await tenancy.run(organization, () =>
      Promise.allSettled([
        service.create({ name: 'Radiology', color: '#1c7ed6' }),
        service.create({ name: 'RADIOLOGY', color: '#1c7ed6' }),
      ])
    )
    assert.lengthOf(results.filter((result) => result.status === 'fulfilled'), 1)
    const refused = results.find((result) => result.status === 'rejected') as PromiseRejectedResult
    assert.instanceOf(refused.reason, BusinessRuleException)
    assert.equal(refused.reason.messageKey, 'departments.errors.name_taken')
    assert.lengthOf(await tenancy.run(organization, () => Department.all()), 1)
  })
})
