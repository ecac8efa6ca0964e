import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import tenancy from '#core/tenancy/tenancy'
import User from '#models/user'
import UserToken from '#models/user_token'
import AuditLog from '#models/audit_log'
import Organization from '#models/organization'
import UserTokenService from '#services/user_token_service'
import EmployeeInvitationMail from '#mails/employee_invitation_mail'
import PasswordResetMail from '#mails/password_reset_mail'
import { organizationUrl } from '#core/tenancy/hosts'
import { createDepartment, createOrganization, createUser, hostOf } from '#tests/support/world'
import { onOrganization } from '#tests/support/requests'
import { assertRedirect, fieldErrors } from '#tests/support/responses'

const NEW_PASSWORD = 'a long and memorable sentence'

/** A pending employee (invited, no password yet) and the raw token of their invitation link */
async function pendingEmployeeWithLink(organization: Organization) {
  const employee = await createUser(organization, 'handler', {
    fullName: 'Petra Pending',
    password: null,
    passwordSetAt: null,
  } as any)
  const token = await tenancy.run(organization, () => UserTokenService.issue(employee, 'invitation'))
  return { employee, token }
}

const inOrg = <T>(organization: Organization, callback: () => Promise<T>) => tenancy.run(organization, callback)

test.group('Employees | inviting', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('an org admin invites an employee: pending account, department, invitation e-mail with a working link', async ({
    client,
    assert,
  }) => {
    const organization = await createOrganization()
    const admin = await createUser(organization, 'org_admin', { fullName: 'Anna Admin' })
    const department = await createDepartment(organization, 'Physiotherapy')
    const { mails } = mail.fake()
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: '/employees/new' })

    const response = await asAdmin.post('/employees', {
      fullName: 'Nina Newcomer',
      email: 'Nina.Newcomer@Example.test',
      role: 'handler',
      departmentIds: [department.id],
    })
    assertRedirect(assert, response, '/employees')
    response.assertFlashMessage('success')

    const user = await inOrg(organization, async () => {
      const row = await User.query().where('email', 'nina.newcomer@example.test').preload('departments').first()
      assert.exists(row, 'the employee exists, with the address in lower case')
      assert.isNull(row!.password, 'no password until the employee chooses one')
      assert.isNull(row!.passwordSetAt)
      assert.equal(row!.role, 'handler')
      assert.equal(row!.fullName, 'Nina Newcomer')
      assert.deepEqual(row!.departments.map((d) => d.id), [department.id])
      return row!
    })

    mails.assertQueuedCount(EmployeeInvitationMail, 1)
    const [invitation] = mails.queued((m) => m instanceof EmployeeInvitationMail)
    invitation.message.assertTo('nina.newcomer@example.test')
    const text = String((invitation.message.toJSON().message as any).text ?? '')
    const html = String((invitation.message.toJSON().message as any).html ?? '')
    const match = text.match(/\/password\/([A-Za-z0-9_-]{20,100})/)
    assert.exists(match, 'the e-mail contains a /password/<token> link')
    const token = match![1]
    assert.include(text, organizationUrl(organization.slug, `/password/${token}`))
    assert.include(html, `/password/${token}`)

    /* The link opens the page to choose a password */
    const visitor = onOrganization(client, organization, { inertia: true, form: true })
    const page = await visitor.get(`/password/${token}`)
    page.assertStatus(200)
    page.assertInertiaComponent('auth/set_password')
    page.assertInertiaPropsContains({ email: user.email, purpose: 'invitation' })

    const chosen = await visitor.post(`/password/${token}`, { password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD })
    assertRedirect(assert, chosen, '/')
    assert.equal(chosen.session('auth_web'), user.id)

    const again = await visitor.get(`/password/${token}`)
    again.assertStatus(410)
    again.assertInertiaComponent('auth/link_expired')

    await inOrg(organization, async () => {
      const entry = await AuditLog.query().where('action', 'employee.invited').where('subject_id', String(user.id)).first()
      assert.exists(entry, 'the invitation is in the audit log')
      assert.equal(entry!.actorId, admin.id)
      assert.equal(entry!.actorName, 'Anna Admin')
      assert.equal(entry!.subjectLabel, 'Nina Newcomer')
      assert.deepEqual(entry!.changes, { role: 'handler', departments: ['Physiotherapy'] })
    })
  })

  test('with the package full (maxUsers reached) no one can be invited', async ({ client, assert }) => {
    const organization = await createOrganization({ maxUsers: 2 })
    const admin = await createUser(organization, 'org_admin')
    await createUser(organization, 'handler')
    const { mails } = mail.fake()
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: '/employees/new' })

    const response = await asAdmin.post('/employees', {
      fullName: 'One Too Many',
      email: 'one.too.many@example.test',
      role: 'handler',
      departmentIds: [],
    })
    assertRedirect(assert, response, `http://${hostOf(organization)}/employees/new`)
    response.assertFlashMessage(
      'error',
      'Your package allows 2 users. Remove an employee or upgrade the package to add more.'
    )
    response.assertFlashMissing('success')
    mails.assertNoneQueued()
    await inOrg(organization, async () => {
      assert.isNull(await User.findBy('email', 'one.too.many@example.test'))
      assert.lengthOf(await User.all(), 2)
      assert.lengthOf(await AuditLog.all(), 0)
    })
  })

  test('deactivated accounts do not count towards the package', async ({ client, assert }) => {
    const organization = await createOrganization({ maxUsers: 2 })
    const admin = await createUser(organization, 'org_admin')
    await createUser(organization, 'handler', { isActive: false })
    const { mails } = mail.fake()
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: '/employees/new' })

    const response = await asAdmin.post('/employees', {
      fullName: 'Room For One',
      email: 'room.for.one@example.test',
      role: 'handler',
      departmentIds: [],
    })
    /* Refused only if the cap wrongly counted the inactive account */
    assert.notEqual(
      response.flashMessage('error'),
      'Your package allows 2 users. Remove an employee or upgrade the package to add more.'
    )
    await inOrg(organization, async () => {
      assert.exists(await User.findBy('email', 'room.for.one@example.test'), 'the employee was added')
    })
    assert.isAtMost(mails.queued().length, 1)
  })

  test('invalid input is refused field by field and creates nothing', async ({ client, assert }) => {
    const organization = await createOrganization()
    const other = await createOrganization()
    const admin = await createUser(organization, 'org_admin')
    const own = await createDepartment(organization)
    const foreign = await createDepartment(other)
    const { mails } = mail.fake()
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: '/employees/new' })

    const badEmailAndRole = await asAdmin.post('/employees', {
      fullName: 'Bad Input',
      email: 'not-an-email',
      role: 'superuser',
      departmentIds: [own.id],
    })
    assertRedirect(assert, badEmailAndRole)
    assert.sameMembers(Object.keys(fieldErrors(badEmailAndRole)), ['email', 'role'])
    assert.equal(fieldErrors(badEmailAndRole).email[0], 'Enter a valid e-mail address, like name@example.com.')

    const supportRole = await asAdmin.post('/employees', {
      fullName: 'Sneaky Support',
      email: 'sneaky@example.test',
      role: 'support',
      departmentIds: [],
    })
    assert.property(fieldErrors(supportRole), 'role', 'support staff cannot be invited into an organization')

    const foreignDepartment = await asAdmin.post('/employees', {
      fullName: 'Wrong Department',
      email: 'wrong.department@example.test',
      role: 'handler',
      departmentIds: [own.id, foreign.id],
    })
    assertRedirect(assert, foreignDepartment)
    assert.property(fieldErrors(foreignDepartment), 'departmentIds')

    const missingName = await asAdmin.post('/employees', {
      email: 'no.name@example.test',
      role: 'handler',
      departmentIds: [],
    })
    assert.property(fieldErrors(missingName), 'fullName')

    mails.assertNoneQueued()
    await inOrg(organization, async () => {
      for (const email of ['not-an-email', 'sneaky@example.test', 'wrong.department@example.test', 'no.name@example.test']) {
        assert.isNull(await User.findBy('email', email), email)
      }
      assert.lengthOf(await User.all(), 1)
    })
    await inOrg(other, async () => assert.lengthOf(await User.all(), 0))
  })

  test('an address already used in the organization is refused', async ({ client, assert }) => {
    const organization = await createOrganization()
    const admin = await createUser(organization, 'org_admin')
    await createUser(organization, 'handler', { email: 'taken@example.test', fullName: 'First Owner' })
    const { mails } = mail.fake()
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: '/employees/new' })

    const response = await asAdmin.post('/employees', {
      fullName: 'Second Owner',
      email: 'TAKEN@example.test',
      role: 'org_admin',
      departmentIds: [],
    })
    assertRedirect(assert, response)
    assert.deepEqual(fieldErrors(response).email, [
      'This e-mail address is already used by another account. Please use a different address.',
    ])
    mails.assertNoneQueued()
    await inOrg(organization, async () => {
      const owner = await User.findByOrFail('email', 'taken@example.test')
      assert.equal(owner.fullName, 'First Owner')
      assert.equal(owner.role, 'handler')
    })
  })
})

test.group('Employees | the invitation link', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('opens the page to choose a password', async ({ client }) => {
    const organization = await createOrganization()
    const { employee, token } = await pendingEmployeeWithLink(organization)
    const visitor = onOrganization(client, organization, { inertia: true, form: true })
    const page = await visitor.get(`/password/${token}`)
    page.assertStatus(200)
    page.assertInertiaComponent('auth/set_password')
    page.assertInertiaPropsContains({ token, purpose: 'invitation', email: employee.email, fullName: 'Petra Pending' })
  })

  test('a confirmation that does not match is refused and sets no password', async ({ client, assert }) => {
    const organization = await createOrganization()
    const { employee, token } = await pendingEmployeeWithLink(organization)
    const visitor = onOrganization(client, organization, { inertia: true, form: true })
    const response = await visitor
      .with({ from: `/password/${token}` })
      .post(`/password/${token}`, { password: NEW_PASSWORD, password_confirmation: 'something else entirely' })
    assertRedirect(assert, response, `http://${hostOf(organization)}/password/${token}`)
    assert.deepEqual(fieldErrors(response).password_confirmation, ['The two passwords do not match.'])
    assert.notProperty(response.session(), 'auth_web')
    await inOrg(organization, async () => {
      const fresh = await User.findOrFail(employee.id)
      assert.isNull(fresh.password)
      assert.isNull(fresh.passwordSetAt)
    })
    /* The link still works after a typo */
    const page = await visitor.get(`/password/${token}`)
    page.assertStatus(200)
  })

  test('a too short password is refused', async ({ client, assert }) => {
    const organization = await createOrganization()
    const { employee, token } = await pendingEmployeeWithLink(organization)
    const visitor = onOrganization(client, organization, { inertia: true, form: true })
    const response = await visitor.post(`/password/${token}`, { password: 'short', password_confirmation: 'short' })
    assert.property(fieldErrors(response), 'password')
    await inOrg(organization, async () => assert.isNull((await User.findOrFail(employee.id)).password))
  })

  test('a valid password logs the employee in; the link then answers 410', async ({ client, assert }) => {
    const organization = await createOrganization()
    const { employee, token } = await pendingEmployeeWithLink(organization)
    const visitor = onOrganization(client, organization, { inertia: true, form: true })

    const response = await visitor.post(`/password/${token}`, { password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD })
    assertRedirect(assert, response, '/')
    assert.equal(response.session('auth_web'), employee.id, 'logged in as the employee')
    response.assertFlashMessage('success')

    await inOrg(organization, async () => {
      const fresh = await User.findOrFail(employee.id)
      assert.isNotNull(fresh.password)
      assert.notEqual(fresh.password, NEW_PASSWORD, 'the password is stored hashed')
      assert.isNotNull(fresh.passwordSetAt)
      const row = await UserToken.query().where('user_id', employee.id).firstOrFail()
      assert.isNotNull(row.usedAt)
    })

    const reopened = await visitor.get(`/password/${token}`)
    reopened.assertStatus(410)
    reopened.assertInertiaComponent('auth/link_expired')

    const reused = await visitor.post(`/password/${token}`, {
      password: 'someone else took over',
      password_confirmation: 'someone else took over',
    })
    reused.assertStatus(410)
    assert.notProperty(reused.session(), 'auth_web')

    /* The chosen password works on the login form */
    const login = await onOrganization(client, organization, { form: true })
      .post('/login', { email: employee.email, password: NEW_PASSWORD })
    assertRedirect(assert, login, '/')
  })

  test('an expired link (older than 48 hours) answers 410', async ({ client, assert }) => {
    const organization = await createOrganization()
    const { employee, token } = await pendingEmployeeWithLink(organization)
    const visitor = onOrganization(client, organization, { inertia: true, form: true })
    await inOrg(organization, async () => {
      const row = await UserToken.query().where('user_id', employee.id).firstOrFail()
      row.expiresAt = row.expiresAt.minus({ hours: 49 })
      await row.save()
    })

    const page = await visitor.get(`/password/${token}`)
    page.assertStatus(410)
    page.assertInertiaComponent('auth/link_expired')

    const attempt = await visitor.post(`/password/${token}`, { password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD })
    attempt.assertStatus(410)
    await inOrg(organization, async () => assert.isNull((await User.findOrFail(employee.id)).password))
  })

  test('a new invitation replaces the previous link', async ({ client }) => {
    const organization = await createOrganization()
    const { employee, token } = await pendingEmployeeWithLink(organization)
    const visitor = onOrganization(client, organization, { inertia: true, form: true })
    const newer = await tenancy.run(organization, () => UserTokenService.issue(employee, 'invitation'))

    const old = await visitor.get(`/password/${token}`)
    old.assertStatus(410)
    const current = await visitor.get(`/password/${newer}`)
    current.assertStatus(200)
  })

  test('a made-up token answers 410', async ({ client }) => {
    const organization = await createOrganization()
    await pendingEmployeeWithLink(organization)
    const visitor = onOrganization(client, organization, { inertia: true })
    for (const token of ['x'.repeat(43), 'short', '..%2F..%2Fetc']) {
      const page = await visitor.get(`/password/${token}`)
      page.assertStatus(410)
    }
  })
})

test.group('Employees | e-mails', () => {
  test('the invitation e-mail renders, with the link, for the invited address', async ({ assert }) => {
    const organization = new Organization().merge({ name: 'Clinic Rendering', slug: 'rendering', defaultLocale: 'en' })
    const user = new User().merge({ fullName: 'Rita Render', email: 'rita@example.test', locale: null })
    const link = 'http://rendering.localhost/password/abcdefghijklmnopqrstuvwxyz'
    const message = new EmployeeInvitationMail(user, organization, link, 'Anna Admin')
    await message.buildWithContents()
    message.message.assertTo('rita@example.test')
    message.message.assertTextIncludes(link)
    message.message.assertHtmlIncludes(link)
    assert.include(String((message.message.toJSON().message as any).subject), 'Clinic Rendering')
  })

  test('the password reset e-mail renders, with the link', async () => {
    const organization = new Organization().merge({ name: 'Clinic Rendering', slug: 'rendering', defaultLocale: 'en' })
    const user = new User().merge({ fullName: 'Rita Render', email: 'rita@example.test', locale: null })
    const link = 'http://rendering.localhost/password/abcdefghijklmnopqrstuvwxyz'
    const message = new PasswordResetMail(user, organization, link)
    await message.buildWithContents()
    message.message.assertTo('rita@example.test')
    message.message.assertTextIncludes(link)
    message.message.assertHtmlIncludes(link)
  })
})

test.group('Employees | editing and removing', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an org admin changes an employee\'s role and departments (audit row written)', async ({ client, assert }) => {
    const organization = await createOrganization()
    const admin = await createUser(organization, 'org_admin', { fullName: 'Anna Admin' })
    const cardiology = await createDepartment(organization, 'Cardiology')
    const oncology = await createDepartment(organization, 'Oncology')
    const employee = await createUser(organization, 'handler', { fullName: 'Eva Employee', departments: [cardiology] })

    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: `/employees/${employee.id}/edit` })
    const response = await asAdmin.put(`/employees/${employee.id}`, {
      fullName: 'Eva Employee-Smit',
      email: employee.email,
      role: 'dept_admin',
      departmentIds: [oncology.id],
    })
    assertRedirect(assert, response, '/employees')
    response.assertFlashMessage('success')

    await inOrg(organization, async () => {
      const fresh = await User.query().where('id', employee.id).preload('departments').firstOrFail()
      assert.equal(fresh.role, 'dept_admin')
      assert.equal(fresh.fullName, 'Eva Employee-Smit')
      assert.deepEqual(fresh.departments.map((d) => d.name), ['Oncology'])

      const entry = await AuditLog.query().where('action', 'employee.updated').firstOrFail()
      assert.equal(entry.subjectType, 'user')
      assert.equal(entry.subjectId, String(employee.id))
      assert.equal(entry.actorId, admin.id)
      assert.deepEqual(entry.changes, { role: 'dept_admin', fullName: 'Eva Employee-Smit', departments: ['Oncology'] })
    })
  })

  test('an org admin removes an employee (audit row written)', async ({ client, assert }) => {
    const organization = await createOrganization()
    const admin = await createUser(organization, 'org_admin', { fullName: 'Anna Admin' })
    const employee = await createUser(organization, 'handler', { fullName: 'Leaving Person' })

    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: '/employees' })
    const response = await asAdmin.delete(`/employees/${employee.id}`)
    assertRedirect(assert, response, '/employees')
    response.assertFlashMessage('success', 'Leaving Person has been removed.')

    await inOrg(organization, async () => {
      assert.isNull(await User.find(employee.id))
      const entry = await AuditLog.query().where('action', 'employee.removed').firstOrFail()
      assert.equal(entry.subjectId, String(employee.id))
      assert.equal(entry.subjectLabel, 'Leaving Person')
      assert.equal(entry.actorId, admin.id)
    })
    /* The removed employee's session no longer opens anything */
    const after = await onOrganization(client, organization, { as: employee }).get('/')
    assert.equal(after.header('location'), '/login')
  })

  test('an org admin cannot remove their own account', async ({ client, assert }) => {
    const organization = await createOrganization()
    const admin = await createUser(organization, 'org_admin')
    await createUser(organization, 'org_admin')

    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: '/employees' })
    const response = await asAdmin.delete(`/employees/${admin.id}`)
    assertRedirect(assert, response)
    response.assertFlashMessage(
      'error',
      'You cannot remove your own account. Ask another organization admin to do this.'
    )
    await inOrg(organization, async () => {
      assert.exists(await User.find(admin.id))
      assert.lengthOf(await AuditLog.query().where('action', 'employee.removed'), 0)
    })
  })

  test('the last org admin cannot be demoted', async ({ client, assert }) => {
    const organization = await createOrganization()
    const admin = await createUser(organization, 'org_admin')
    await createUser(organization, 'handler')
    /* An inactive admin does not count as a remaining admin */
    await createUser(organization, 'org_admin', { isActive: false })

    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: `/employees/${admin.id}/edit` })
    const response = await asAdmin.put(`/employees/${admin.id}`, {
      fullName: admin.fullName,
      email: admin.email,
      role: 'handler',
      departmentIds: [],
    })
    assertRedirect(assert, response)
    assert.deepEqual(fieldErrors(response).role, ['At least one organization admin must remain.'])
    await inOrg(organization, async () => {
      assert.equal((await User.findOrFail(admin.id)).role, 'org_admin')
      assert.lengthOf(await AuditLog.query().where('action', 'employee.updated'), 0)
    })
  })

  test('with a second admin, an org admin can be demoted', async ({ client, assert }) => {
    const organization = await createOrganization()
    const admin = await createUser(organization, 'org_admin')
    const second = await createUser(organization, 'org_admin')

    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: `/employees/${second.id}/edit` })
    const response = await asAdmin.put(`/employees/${second.id}`, {
      fullName: second.fullName,
      email: second.email,
      role: 'handler',
      departmentIds: [],
    })
    assertRedirect(assert, response, '/employees')
    await inOrg(organization, async () => assert.equal((await User.findOrFail(second.id)).role, 'handler'))
  })

  test('an employee cannot take the address of a colleague', async ({ client, assert }) => {
    const organization = await createOrganization()
    const admin = await createUser(organization, 'org_admin')
    const first = await createUser(organization, 'handler', { email: 'first@example.test' })
    const second = await createUser(organization, 'handler', { email: 'second@example.test' })

    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: `/employees/${second.id}/edit` })
    const response = await asAdmin.put(`/employees/${second.id}`, {
      fullName: second.fullName,
      email: 'FIRST@example.test',
      role: 'handler',
      departmentIds: [],
    })
    assertRedirect(assert, response)
    assert.property(fieldErrors(response), 'email')
    await inOrg(organization, async () => {
      assert.equal((await User.findOrFail(second.id)).email, 'second@example.test')
      assert.equal((await User.findOrFail(first.id)).email, 'first@example.test')
    })
  })

  test('the employee list shows who is still pending', async ({ client, assert }) => {
    const organization = await createOrganization()
    const admin = await createUser(organization, 'org_admin')
    const { employee } = await pendingEmployeeWithLink(organization)
    const response = await onOrganization(client, organization, { as: admin, inertia: true }).get('/employees')
    const rows = response.body().props.employees as Array<{ id: number; pending: boolean }>
    assert.isTrue(rows.find((row) => row.id === employee.id)!.pending)
    assert.isFalse(rows.find((row) => row.id === admin.id)!.pending)
    response.assertInertiaPropsContains({ usage: { active: 2, max: organization.maxUsers } })
  })
})
