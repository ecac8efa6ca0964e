import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import type { Assert } from '@japa/assert'
import type { ApiResponse } from '@japa/api-client'
import tenancy from '#core/tenancy/tenancy'
import AuditLog from '#models/audit_log'
import Department from '#models/department'
import type Organization from '#models/organization'
import EmailSet from '#modules/agenda/models/email_set'
import EmailTemplate from '#modules/agenda/models/email_template'
import type { EmailKind } from '#modules/agenda/types'
import { createDepartment, createOrganization, createUser, hostOf } from '#tests/support/world'
import { onOrganization } from '#tests/support/requests'
import { assertRedirect, fieldErrors } from '#tests/support/responses'

type TemplateRow = [kind: EmailKind, locale: string, subject: string, body: string]

/* Awaited inside the scope: a query builder only runs when awaited */
const inOrg = <T>(organization: Organization, callback: () => PromiseLike<T>) =>
  tenancy.run(organization, async () => await callback())

/** Where a refused form goes back to: the page it was sent from */
const back = (organization: Organization, path: string) => `http://${hostOf(organization)}${path}`

async function staffedOrganization() {
  const organization = await createOrganization({ defaultLocale: 'nl', contactPhone: '020 123 4567', contactEmail: 'info@linde.test' })
  const cardiology = await createDepartment(organization, 'Cardiology')
  const oncology = await createDepartment(organization, 'Oncology')
  const admin = await createUser(organization, 'org_admin', { fullName: 'Olga Orgadmin', locale: 'en' })
  const deptAdmin = await createUser(organization, 'dept_admin', { fullName: 'Dirk Deptadmin', departments: [cardiology] })
  const handler = await createUser(organization, 'handler', { fullName: 'Carla Cardio', departments: [cardiology] })
  return { organization, cardiology, oncology, admin, deptAdmin, handler }
}

async function createSet(
  organization: Organization,
  name: string,
  options: { isDefault?: boolean; departments?: Department[]; templates?: TemplateRow[] } = {}
) {
  return inOrg(organization, async () => {
    const set = await EmailSet.create({ name, isDefault: options.isDefault ?? false })
    if (options.departments?.length) await set.related('departments').attach(options.departments.map((d) => d.id))
    for (const [kind, locale, subject, body] of options.templates ?? []) {
      await EmailTemplate.create({ emailSetId: set.id, kind, locale, subject, body })
    }
    return set
  })
}

/** A complete form submission: one Dutch and one English confirmation */
function payload(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Standard',
    isDefault: true,
    departmentIds: [] as number[],
    templates: {
      confirmation: {
        nl: { subject: 'Uw afspraak op *|date|*', body: 'Beste *|client_name|*,\n\n*|consult_deeplink|*' },
        en: { subject: 'Your appointment on *|date|*', body: 'Dear *|client_name|*,\n\n*|consult_deeplink|*' },
        de: { subject: null, body: null },
      },
    },
    ...overrides,
  }
}

async function snapshot(organization: Organization) {
  return inOrg(organization, async () => ({
    sets: (await EmailSet.query().orderBy('id')).map((set) => `${set.id}:${set.name}:${set.isDefault}`),
    templates: (await EmailTemplate.query().orderBy('id')).map((t) => `${t.emailSetId}:${t.kind}:${t.locale}:${t.subject}:${t.body}`),
    assignments: (await db.from('email_set_department').orderBy('department_id')).map((row) => `${row.department_id}>${row.email_set_id}`),
  }))
}

function assertRefused(assert: Assert, response: ApiResponse, label: string) {
  assert.equal(response.status(), 403, label)
}

test.group('Email sets | roles', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an org admin sees the list, the new-set form and the edit form', async ({ client, assert }) => {
    const { organization, admin, cardiology } = await staffedOrganization()
    const set = await createSet(organization, 'Cardio texts', {
      departments: [cardiology],
      templates: [['reminder', 'de', 'Erinnerung', 'Hallo *|client_name|*']],
    })
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true })

    const list = await asAdmin.get('/email-sets')
    list.assertStatus(200)
    list.assertInertiaComponent('agenda/email_sets/index')
    const rows = list.body().props.sets as any[]
    assert.deepEqual(
      rows.map((row) => [row.name, row.departments.map((d: any) => d.name), row.locales]),
      [['Cardio texts', ['Cardiology'], ['de']]]
    )

    const create = await asAdmin.get('/email-sets/new')
    create.assertStatus(200)
    create.assertInertiaComponent('agenda/email_sets/form')
    assert.isNull(create.body().props.set)
    assert.isTrue(create.body().props.suggestDefault, 'the first set is offered as the default')
    assert.include(create.body().props.codes, 'consult_deeplink')
    const cardiologyOption = (create.body().props.departments as any[]).find((d) => d.id === cardiology.id)
    assert.deepEqual(cardiologyOption.emailSet, { id: set.id, name: 'Cardio texts' }, 'the form can say where a department is now')

    const edit = await asAdmin.get(`/email-sets/${set.id}/edit`)
    edit.assertStatus(200)
    edit.assertInertiaComponent('agenda/email_sets/form')
    const details = edit.body().props.set
    assert.equal(details.name, 'Cardio texts')
    assert.deepEqual(details.templates.reminder.de, { subject: 'Erinnerung', body: 'Hallo *|client_name|*' })
    assert.deepEqual(details.templates.reminder.en, { subject: '', body: '' })
  })

  test('department admins and handlers get 403 on every e-mail set route and change nothing', async ({ client, assert }) => {
    const { organization, deptAdmin, handler, cardiology } = await staffedOrganization()
    const set = await createSet(organization, 'Standard', { isDefault: true, templates: [['confirmation', 'en', 'S', 'B']] })
    const before = await snapshot(organization)

    for (const user of [deptAdmin, handler]) {
      const as = onOrganization(client, organization, { as: user }).with({})
      const json = (request: ReturnType<typeof as.get>) => request.header('accept', 'application/json')
      const label = user.role
      assertRefused(assert, await json(as.get('/email-sets')), `${label} GET list`)
      assertRefused(assert, await json(as.get('/email-sets/new')), `${label} GET new`)
      assertRefused(assert, await json(as.get(`/email-sets/${set.id}/edit`)), `${label} GET edit`)
      assertRefused(assert, await json(as.post('/email-sets', payload({ name: 'Hijack', departmentIds: [cardiology.id] }))), `${label} POST`)
      assertRefused(assert, await json(as.put(`/email-sets/${set.id}`, payload({ name: 'Hijack' }))), `${label} PUT`)
      assertRefused(assert, await json(as.delete(`/email-sets/${set.id}`)), `${label} DELETE`)
      assertRefused(
        assert,
        await json(as.post('/email-sets/preview', { kind: 'confirmation', locale: 'en', subject: 'x', body: 'y' })),
        `${label} POST preview`
      )
      /* A page visit shows the translated "no access" page */
      const page = await onOrganization(client, organization, { as: user, inertia: true }).get('/email-sets')
      page.assertStatus(403)
      page.assertInertiaComponent('errors/forbidden')
    }
    assert.deepEqual(await snapshot(organization), before)
  })

  test('the menu offers e-mail sets to org admins only', async ({ client, assert }) => {
    const { organization, admin, deptAdmin, handler } = await staffedOrganization()
    const hrefs = async (user: typeof admin) => {
      const response = await onOrganization(client, organization, { as: user, inertia: true }).get('/')
      return (response.body().props.menu as any[]).flatMap((section) => section.items.map((item: any) => item.href))
    }
    assert.include(await hrefs(admin), '/email-sets')
    assert.notInclude(await hrefs(deptAdmin), '/email-sets')
    assert.notInclude(await hrefs(handler), '/email-sets')
  })

  test('a visitor is sent to the login page', async ({ client, assert }) => {
    const { organization } = await staffedOrganization()
    const visitor = onOrganization(client, organization)
    for (const url of ['/email-sets', '/email-sets/new']) {
      const response = await visitor.get(url)
      assert.equal(response.status(), 302, url)
      assert.equal(response.header('location'), '/login', url)
    }
    const post = await visitor.post('/email-sets', payload())
    assert.equal(post.header('location'), '/login')
    assert.deepEqual((await snapshot(organization)).sets, [])
  })
})

test.group('Email sets | list', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('search by name, filter by department and by language; the default set comes first', async ({ client, assert }) => {
    const { organization, admin, cardiology, oncology } = await staffedOrganization()
    await createSet(organization, 'Zeta default', { isDefault: true, templates: [['confirmation', 'nl', 'S', 'B']] })
    await createSet(organization, 'Cardiology Ümlaut', { departments: [cardiology], templates: [['reminder', 'de', 'S', 'B']] })
    await createSet(organization, 'Oncology texts', { departments: [oncology], templates: [['reminder', 'pl', 'S', 'B']] })
    const other = await createOrganization()
    await createSet(other, 'Cardiology elsewhere', { templates: [['reminder', 'de', 'S', 'B']] })
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true })
    const names = async (query: string) => {
      const response = await asAdmin.get(`/email-sets${query}`)
      response.assertStatus(200)
      return (response.body().props.sets as any[]).map((row) => row.name)
    }

    assert.deepEqual(await names(''), ['Zeta default', 'Cardiology Ümlaut', 'Oncology texts'])
    assert.deepEqual(await names('?search=ümlaut'), ['Cardiology Ümlaut'], 'case-insensitive, beyond ASCII')
    assert.deepEqual(await names('?search=%25'), [], 'a % is a character, not a wildcard')
    assert.deepEqual(await names(`?department=${oncology.id}`), ['Oncology texts'])
    assert.deepEqual(await names('?locale=de'), ['Cardiology Ümlaut'])
    assert.deepEqual(await names(`?locale=de&department=${oncology.id}`), [])
    const response = await asAdmin.get('/email-sets?search=x')
    assert.equal(response.body().props.total, 3, 'the total counts every set of the organization, not the filtered ones')
  })

  test('a bad filter is a validation error, not a crash', async ({ client }) => {
    const { organization, admin } = await staffedOrganization()
    const response = await onOrganization(client, organization, { as: admin })
      .get('/email-sets?locale=fr')
      .header('accept', 'application/json')
    response.assertStatus(422)
  })
})

test.group('Email sets | create and edit', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an org admin creates a set with departments and texts; it is audit-logged', async ({ client, assert }) => {
    const { organization, admin, cardiology } = await staffedOrganization()
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: '/email-sets/new' })
    const response = await asAdmin.post('/email-sets', payload({ departmentIds: [cardiology.id] }))

    const set = await inOrg(organization, () => EmailSet.query().preload('departments').preload('templates').firstOrFail())
    assertRedirect(assert, response, `/email-sets/${set.id}/edit`)
    assert.equal(response.flashMessage('success'), 'E-mail set “Standard” has been created.')
    assert.equal(set.name, 'Standard')
    assert.isTrue(set.isDefault)
    assert.deepEqual(set.departments.map((d) => d.name), ['Cardiology'])
    assert.deepEqual(
      set.templates.map((t) => `${t.kind}.${t.locale}: ${t.subject}`).sort(),
      ['confirmation.en: Your appointment on *|date|*', 'confirmation.nl: Uw afspraak op *|date|*'],
      'an empty language is not stored: it uses the built-in text'
    )

    const log = await inOrg(organization, () => AuditLog.query().where('action', 'email_set.created').firstOrFail())
    assert.equal(log.subjectLabel, 'Standard')
    assert.equal(log.actorId, admin.id)
    assert.deepInclude(log.changes as any, { departments: ['Cardiology'], templates: ['confirmation.en', 'confirmation.nl'] })
  })

  test('there is one default set: making another one the default unsets the first', async ({ client, assert }) => {
    const { organization, admin } = await staffedOrganization()
    const first = await createSet(organization, 'First', { isDefault: true })
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true })
    assertRedirect(assert, await asAdmin.post('/email-sets', payload({ name: 'Second', isDefault: true })))
    const defaults = await inOrg(organization, () => EmailSet.query().where('is_default', true))
    assert.deepEqual(defaults.map((set) => set.name), ['Second'])

    assertRedirect(assert, await asAdmin.put(`/email-sets/${first.id}`, payload({ name: 'First', isDefault: true })))
    const after = await inOrg(organization, () => EmailSet.query().where('is_default', true))
    assert.deepEqual(after.map((set) => set.name), ['First'])
  })

  test('a department moves from its set to the one it is assigned to, and the message says so', async ({ client, assert }) => {
    const { organization, admin, cardiology, oncology } = await staffedOrganization()
    const old = await createSet(organization, 'Old', { departments: [cardiology, oncology] })
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true })
    const response = await asAdmin.post('/email-sets', payload({ name: 'New', isDefault: false, departmentIds: [cardiology.id] }))
    assertRedirect(assert, response)
    assert.equal(
      response.flashMessage('success'),
      'E-mail set “New” has been created. Moved to this set: Cardiology (from “Old”).'
    )
    const sets = await inOrg(organization, () => EmailSet.query().preload('departments').orderBy('id'))
    assert.deepEqual(
      sets.map((set) => [set.name, set.departments.map((d) => d.name)]),
      [
        ['Old', ['Oncology']],
        ['New', ['Cardiology']],
      ]
    )
    assert.notEqual(old.id, sets[1].id)
  })

  test('editing changes, adds and empties texts; the audit log lists which', async ({ client, assert }) => {
    const { organization, admin, oncology } = await staffedOrganization()
    const set = await createSet(organization, 'Standard', {
      isDefault: true,
      templates: [
        ['confirmation', 'nl', 'Oud onderwerp', 'Oude tekst'],
        ['reminder', 'en', 'Reminder', 'Body'],
        ['cancellation', 'de', 'Absage', 'Text'],
      ],
    })
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: `/email-sets/${set.id}/edit` })
    const response = await asAdmin.put(`/email-sets/${set.id}`, {
      name: 'Standard texts',
      isDefault: true,
      departmentIds: [oncology.id],
      templates: {
        confirmation: { nl: { subject: 'Nieuw onderwerp', body: 'Nieuwe tekst' } },
        reminder: { en: { subject: 'Reminder', body: 'Body' } },
        cancellation: { de: { subject: null, body: null } },
        change: { pl: { subject: 'Zmiana', body: 'Treść *|date|*' } },
      },
    })
    assertRedirect(assert, response, `/email-sets/${set.id}/edit`)
    assert.equal(response.flashMessage('success'), 'E-mail set “Standard texts” has been saved.')

    const templates = await inOrg(organization, () => EmailTemplate.query().where('email_set_id', set.id))
    assert.deepEqual(
      templates.map((t) => `${t.kind}.${t.locale}: ${t.subject} / ${t.body}`).sort(),
      ['change.pl: Zmiana / Treść *|date|*', 'confirmation.nl: Nieuw onderwerp / Nieuwe tekst', 'reminder.en: Reminder / Body']
    )
    const log = await inOrg(organization, () => AuditLog.query().where('action', 'email_set.updated').firstOrFail())
    assert.deepEqual(log.changes as any, {
      name: 'Standard texts',
      departments: ['Oncology'],
      templates: ['cancellation.de', 'change.pl', 'confirmation.nl'],
    })
  })

  test('saving the same texts again changes nothing that is logged as a text change', async ({ client, assert }) => {
    const { organization, admin } = await staffedOrganization()
    const set = await createSet(organization, 'Standard', { isDefault: true, templates: [['reminder', 'en', 'R', 'B']] })
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true })
    assertRedirect(
      assert,
      await asAdmin.put(`/email-sets/${set.id}`, { name: 'Standard', isDefault: true, templates: { reminder: { en: { subject: 'R', body: 'B' } } } })
    )
    const log = await inOrg(organization, () => AuditLog.query().where('action', 'email_set.updated').firstOrFail())
    assert.deepEqual(log.changes as any, {})
  })
})

test.group('Email sets | bad input', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an unknown code is refused with a translated error that names it; nothing is saved', async ({ client, assert }) => {
    const { organization, cardiology } = await staffedOrganization()
    const germanAdmin = await createUser(organization, 'org_admin', { locale: 'de' })
    const set = await createSet(organization, 'Standard', { isDefault: true, templates: [['reminder', 'en', 'R', 'B']] })
    const before = await snapshot(organization)
    const asAdmin = onOrganization(client, organization, { as: germanAdmin, inertia: true, from: `/email-sets/${set.id}/edit` })

    const response = await asAdmin.put(`/email-sets/${set.id}`, {
      name: 'Renamed',
      isDefault: true,
      departmentIds: [cardiology.id],
      templates: {
        reminder: {
          en: { subject: 'Hi *|fname|*', body: 'Dear *|client_name|*' },
          nl: { subject: 'Hallo', body: 'Beste *|voornaam|* en *|achternaam|*' },
        },
      },
    })
    assertRedirect(assert, response, back(organization, `/email-sets/${set.id}/edit`))
    const errors = fieldErrors(response)
    assert.deepEqual(errors['templates.reminder.en.subject'], [
      'Unbekannter Code: *|fname|*. Verwenden Sie nur die Codes neben dem Editor.',
    ])
    assert.deepEqual(errors['templates.reminder.nl.body'], [
      'Unbekannte Codes: *|voornaam|*, *|achternaam|*. Verwenden Sie nur die Codes neben dem Editor.',
    ])
    assert.deepEqual(await snapshot(organization), before, 'neither the name, the department nor any text changed')
  })

  test('as JSON, an unknown code is a 422 with the field', async ({ client, assert }) => {
    const { organization, admin } = await staffedOrganization()
    const response = await onOrganization(client, organization, { as: admin })
      .post('/email-sets', payload({ templates: { change: { en: { subject: 'S', body: '*|nope|*' } } } }))
      .header('accept', 'application/json')
    response.assertStatus(422)
    assert.equal(response.body().errors[0].field, 'templates.change.en.body')
    assert.include(response.body().errors[0].message, '*|nope|*')
    assert.deepEqual((await snapshot(organization)).sets, [])
  })

  test('a subject without a text, or a text without a subject, is refused', async ({ client, assert }) => {
    const { organization, admin } = await staffedOrganization()
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: '/email-sets/new' })
    const response = await asAdmin.post(
      '/email-sets',
      payload({
        templates: {
          confirmation: { en: { subject: '   ', body: 'Dear *|client_name|*' } },
          reminder: { de: { subject: 'Erinnerung', body: '' } },
        },
      })
    )
    assertRedirect(assert, response, back(organization, '/email-sets/new'))
    const errors = fieldErrors(response)
    assert.deepEqual(errors['templates.confirmation.en.subject'], [
      'Enter a subject, or empty the text as well to use the built-in e-mail.',
    ])
    assert.deepEqual(errors['templates.reminder.de.body'], [
      'Enter the text of the e-mail, or empty the subject as well to use the built-in e-mail.',
    ])
    assert.deepEqual((await snapshot(organization)).sets, [])
  })

  test('a name is required and unique regardless of case', async ({ client, assert }) => {
    const { organization, admin } = await staffedOrganization()
    const existing = await createSet(organization, 'Standard', { isDefault: true })
    const other = await createSet(organization, 'Other')
    const before = await snapshot(organization)
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: '/email-sets/new' })

    const duplicate = await asAdmin.post('/email-sets', payload({ name: '  STANDARD ' }))
    assertRedirect(assert, duplicate, back(organization, '/email-sets/new'))
    assert.deepEqual(fieldErrors(duplicate).name, [
      'An e-mail set with this name already exists. Please choose a different name.',
    ])

    const rename = await asAdmin.put(`/email-sets/${other.id}`, payload({ name: 'standard', isDefault: false }))
    assert.deepEqual(fieldErrors(rename).name, ['An e-mail set with this name already exists. Please choose a different name.'])

    const empty = await asAdmin.post('/email-sets', payload({ name: '' }))
    assert.property(fieldErrors(empty), 'name')

    const keepOwnName = await asAdmin.put(`/email-sets/${existing.id}`, payload({ name: 'standard' }))
    assertRedirect(assert, keepOwnName, `/email-sets/${existing.id}/edit`)
    assert.deepEqual(fieldErrors(keepOwnName), {}, 'a set may change the case of its own name')

    const after = await snapshot(organization)
    assert.deepEqual(after.sets.filter((row) => !row.startsWith(`${existing.id}:`)), before.sets.filter((row) => !row.startsWith(`${existing.id}:`)))
  })

  test('a failure half-way through saving leaves nothing behind (one transaction)', async ({ client, assert }) => {
    const { organization, admin, cardiology } = await staffedOrganization()
    const old = await createSet(organization, 'Old', { departments: [cardiology] })
    const before = await snapshot(organization)
    const original = EmailTemplate.create
    EmailTemplate.create = (async () => {
      throw new Error('disk full')
    }) as any
    try {
      const response = await onOrganization(client, organization, { as: admin })
        .post('/email-sets', payload({ name: 'New', departmentIds: [cardiology.id] }))
        .header('accept', 'application/json')
      response.assertStatus(500)
    } finally {
      EmailTemplate.create = original
    }
    assert.deepEqual(await snapshot(organization), before, 'no set, no texts, and Cardiology still follows “Old”')
    assert.isNotNull(old)
  })
})

test.group('Email sets | delete', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('deleting a set hands its departments back to the default set; audit-logged', async ({ client, assert }) => {
    const { organization, admin, cardiology } = await staffedOrganization()
    await createSet(organization, 'Standard', { isDefault: true })
    const cardio = await createSet(organization, 'Cardio', { departments: [cardiology], templates: [['reminder', 'en', 'R', 'B']] })
    const response = await onOrganization(client, organization, { as: admin, inertia: true }).delete(`/email-sets/${cardio.id}`)
    assertRedirect(assert, response, '/email-sets')
    assert.equal(response.flashMessage('success'), 'E-mail set “Cardio” has been deleted.')
    const after = await snapshot(organization)
    assert.lengthOf(after.sets, 1)
    assert.deepEqual(after.templates, [])
    assert.deepEqual(after.assignments, [])
    const log = await inOrg(organization, () => AuditLog.query().where('action', 'email_set.deleted').firstOrFail())
    assert.deepEqual(log.changes as any, { departments: ['Cardiology'] })
  })

  test('the default set cannot be deleted while other sets exist; once alone it can', async ({ client, assert }) => {
    const { organization, admin } = await staffedOrganization()
    const standard = await createSet(organization, 'Standard', { isDefault: true })
    const other = await createSet(organization, 'Other')
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: '/email-sets' })

    const refused = await asAdmin.delete(`/email-sets/${standard.id}`)
    assertRedirect(assert, refused, back(organization, '/email-sets'))
    assert.equal(
      refused.flashMessage('error'),
      '“Standard” is the default set. Make another set the default first, then delete this one.'
    )
    assert.lengthOf((await snapshot(organization)).sets, 2)

    assertRedirect(assert, await asAdmin.delete(`/email-sets/${other.id}`))
    assertRedirect(assert, await asAdmin.delete(`/email-sets/${standard.id}`), '/email-sets')
    assert.deepEqual((await snapshot(organization)).sets, [])
  })
})

test.group('Email sets | other organizations', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test("another organization's set ids are not found and nothing changes", async ({ client, assert }) => {
    const { organization, admin } = await staffedOrganization()
    const other = await createOrganization()
    const foreign = await createSet(other, 'Foreign', { isDefault: true, templates: [['confirmation', 'en', 'S', 'B']] })
    const before = await snapshot(other)
    const asAdmin = onOrganization(client, organization, { as: admin }).with({})
    const json = (request: ReturnType<typeof asAdmin.get>) => request.header('accept', 'application/json')

    ;(await json(asAdmin.get(`/email-sets/${foreign.id}/edit`))).assertStatus(404)
    ;(await json(asAdmin.put(`/email-sets/${foreign.id}`, payload({ name: 'Hijacked' })))).assertStatus(404)
    ;(await json(asAdmin.delete(`/email-sets/${foreign.id}`))).assertStatus(404)
    const page = await onOrganization(client, organization, { as: admin, inertia: true }).get(`/email-sets/${foreign.id}/edit`)
    page.assertStatus(404)
    assert.deepEqual(await snapshot(other), before)
  })

  test("another organization's departments cannot be assigned (or taken away from its sets)", async ({ client, assert }) => {
    const { organization, admin } = await staffedOrganization()
    const other = await createOrganization()
    const foreignDepartment = await createDepartment(other, 'Foreign ward')
    await createSet(other, 'Foreign', { departments: [foreignDepartment] })
    const before = await snapshot(other)
    const asAdmin = onOrganization(client, organization, { as: admin, inertia: true, from: '/email-sets/new' })

    const response = await asAdmin.post('/email-sets', payload({ departmentIds: [foreignDepartment.id] }))
    assertRedirect(assert, response, back(organization, '/email-sets/new'))
    assert.deepEqual(fieldErrors(response).departmentIds, [
      'One of the chosen departments does not exist (any more). Reload the page and choose again.',
    ])
    assert.deepEqual((await snapshot(organization)).sets, [])
    assert.deepEqual(await snapshot(other), before)
  })

  test("another organization's admin session is worthless here", async ({ client, assert }) => {
    const { organization } = await staffedOrganization()
    const set = await createSet(organization, 'Standard', { isDefault: true })
    const other = await createOrganization()
    const otherAdmin = await createUser(other, 'org_admin')
    const before = await snapshot(organization)
    const asStranger = onOrganization(client, organization, { as: otherAdmin })
    const requests = [
      asStranger.get('/email-sets'),
      asStranger.get(`/email-sets/${set.id}/edit`),
      asStranger.post('/email-sets', payload({ name: 'Hijacked' })),
      asStranger.put(`/email-sets/${set.id}`, payload({ name: 'Hijacked' })),
      asStranger.delete(`/email-sets/${set.id}`),
      asStranger.post('/email-sets/preview', { kind: 'confirmation', locale: 'en' }),
    ]
    for (const request of requests) {
      const response = await request
      assert.equal(response.status(), 302)
      assert.equal(response.header('location'), '/login')
    }
    assert.deepEqual(await snapshot(organization), before)
  })
})

test.group('Email sets | preview', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('renders the template with example data and returns subject, HTML and text', async ({ client, assert }) => {
    const { organization, admin } = await staffedOrganization()
    const response = await onOrganization(client, organization, { as: admin }).post('/email-sets/preview', {
      kind: 'confirmation',
      locale: 'nl',
      subject: 'Afspraak met *|handler|* op *|date|*',
      body: 'Beste *|client_name|* <b>,\n\nBel *|organization_phone|*.\n\n*|consult_deeplink|*',
    })
    response.assertStatus(200)
    const body = response.body()
    assert.match(body.subject, /^Afspraak met Olga Orgadmin op (maandag|dinsdag|woensdag|donderdag|vrijdag) \d{1,2} \w+ \d{4}$/)
    assert.equal(body.text.split('\n')[0], 'Beste J. Jansen <b>,')
    assert.include(body.html, 'Beste J. Jansen &lt;b&gt;,')
    assert.include(body.html, 'href="tel:0201234567"')
    assert.include(body.html, `${organization.slug}.`, 'the example link points at the organization')
    assert.include(body.html, 'Naar het videoconsult', 'the link line is a button, labelled in the e-mail language')
    assert.deepEqual(body.unknownCodes, [])
    assert.isFalse(body.usesBuiltIn)
  })

  test('reports unknown codes and leaves them out', async ({ client, assert }) => {
    const { organization, admin } = await staffedOrganization()
    const response = await onOrganization(client, organization, { as: admin }).post('/email-sets/preview', {
      kind: 'reminder',
      locale: 'en',
      subject: 'Hi *|fname|*',
      body: 'Hello *|fname|* and *|lname|*',
    })
    response.assertStatus(200)
    assert.deepEqual(response.body().unknownCodes, ['fname', 'lname'])
    assert.equal(response.body().subject, 'Hi')
    assert.notInclude(response.body().text, '*|')
  })

  test('an empty template previews the built-in text; a cancellation carries no link', async ({ client, assert }) => {
    const { organization, admin } = await staffedOrganization()
    const response = await onOrganization(client, organization, { as: admin }).post('/email-sets/preview', {
      kind: 'cancellation',
      locale: 'de',
      subject: '',
      body: '',
    })
    response.assertStatus(200)
    assert.isTrue(response.body().usesBuiltIn)
    assert.match(response.body().subject, /^Abgesagt: Ihre Videosprechstunde am /)
    assert.notInclude(response.body().html, '/visit/')
    assert.notInclude(response.body().text, '/visit/')
  })

  test('a bad kind or language is a validation error', async ({ client }) => {
    const { organization, admin } = await staffedOrganization()
    const asAdmin = onOrganization(client, organization, { as: admin })
    ;(await asAdmin.post('/email-sets/preview', { kind: 'newsletter', locale: 'en' }).header('accept', 'application/json')).assertStatus(422)
    ;(await asAdmin.post('/email-sets/preview', { kind: 'reminder', locale: 'fr' }).header('accept', 'application/json')).assertStatus(422)
  })
})
