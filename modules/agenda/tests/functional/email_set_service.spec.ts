import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { DateTime } from 'luxon'
import ICAL from 'ical.js'
import tenancy from '#core/tenancy/tenancy'
import type Department from '#models/department'
import type Organization from '#models/organization'
import EmailSet from '#modules/agenda/models/email_set'
import EmailTemplate from '#modules/agenda/models/email_template'
import type { EmailKind } from '#modules/agenda/types'
import EmailSetService from '#modules/agenda/services/email_set_service'
import { DEFAULT_EMAIL_TEMPLATES } from '#modules/agenda/services/default_email_templates'
import { createDepartment, createOrganization } from '#tests/support/world'

type TemplateRow = [kind: EmailKind, locale: string, subject: string, body: string]

async function createSet(
  organization: Organization,
  name: string,
  options: { isDefault?: boolean; departments?: Department[]; templates?: TemplateRow[] } = {}
) {
  return tenancy.run(organization, async () => {
    const set = await EmailSet.create({ name, isDefault: options.isDefault ?? false })
    if (options.departments?.length) await set.related('departments').attach(options.departments.map((d) => d.id))
    for (const [kind, locale, subject, body] of options.templates ?? []) {
      await EmailTemplate.create({ emailSetId: set.id, kind, locale, subject, body })
    }
    return set
  })
}

async function world() {
  const organization = await createOrganization({ defaultLocale: 'de', contactPhone: '+49 30 1234567' })
  const cardiology = await createDepartment(organization, 'Cardiology')
  const oncology = await createDepartment(organization, 'Oncology')
  return { organization, cardiology, oncology }
}

test.group('EmailSetService.templateFor', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('without any set: the built-in text in the recipient language', async ({ assert }) => {
    const { organization, cardiology } = await world()
    const resolved = await EmailSetService.templateFor(organization, cardiology.id, 'reminder', 'pl')
    assert.deepEqual(resolved, { ...DEFAULT_EMAIL_TEMPLATES.pl.reminder, locale: 'pl', source: 'built_in', emailSetId: null })
  })

  test("the department's set, else the default set, else the built-in text", async ({ assert }) => {
    const { organization, cardiology, oncology } = await world()
    const standard = await createSet(organization, 'Standard', {
      isDefault: true,
      templates: [
        ['confirmation', 'en', 'Standard subject', 'Standard body'],
        ['reminder', 'en', 'Standard reminder', 'Standard reminder body'],
      ],
    })
    const cardio = await createSet(organization, 'Cardio', {
      departments: [cardiology],
      templates: [['confirmation', 'en', 'Cardio subject', 'Cardio body']],
    })

    const forCardiology = await EmailSetService.templateFor(organization, cardiology.id, 'confirmation', 'en')
    assert.deepInclude(forCardiology, { subject: 'Cardio subject', body: 'Cardio body', source: 'department_set', emailSetId: cardio.id })

    const forOncology = await EmailSetService.templateFor(organization, oncology.id, 'confirmation', 'en')
    assert.deepInclude(forOncology, { subject: 'Standard subject', source: 'default_set', emailSetId: standard.id })

    const withoutDepartment = await EmailSetService.templateFor(organization, null, 'confirmation', 'en')
    assert.deepInclude(withoutDepartment, { subject: 'Standard subject', source: 'default_set' })

    const cardioReminder = await EmailSetService.templateFor(organization, cardiology.id, 'reminder', 'en')
    assert.deepInclude(cardioReminder, { subject: 'Standard reminder', source: 'default_set' }, 'a kind the set lacks comes from the default set')

    const change = await EmailSetService.templateFor(organization, cardiology.id, 'change', 'en')
    assert.deepInclude(change, { subject: DEFAULT_EMAIL_TEMPLATES.en.change.subject, source: 'built_in' })
  })

  test('the language: the recipient’s, else the organization’s, else English; a missing language never borrows another', async ({
    assert,
  }) => {
    const { organization, cardiology } = await world()
    await createSet(organization, 'Cardio', {
      departments: [cardiology],
      templates: [
        ['confirmation', 'nl', 'NL subject', 'NL body'],
        ['confirmation', 'de', 'DE subject', 'DE body'],
      ],
    })
    const dutch = await EmailSetService.templateFor(organization, cardiology.id, 'confirmation', 'nl')
    assert.deepInclude(dutch, { subject: 'NL subject', locale: 'nl' })

    /* Polish client: the set has no Polish text, so the built-in Polish one, not the Dutch or German text */
    const polish = await EmailSetService.templateFor(organization, cardiology.id, 'confirmation', 'pl')
    assert.deepInclude(polish, { subject: DEFAULT_EMAIL_TEMPLATES.pl.confirmation.subject, locale: 'pl', source: 'built_in' })

    /* A language we do not speak, or none: the organization's default language (German) */
    for (const locale of ['fr', null, undefined]) {
      const resolved = await EmailSetService.templateFor(organization, cardiology.id, 'confirmation', locale)
      assert.deepInclude(resolved, { subject: 'DE subject', locale: 'de' }, String(locale))
    }

    const englishOrg = await createOrganization({ defaultLocale: 'xx' as any })
    const fallback = await EmailSetService.templateFor(englishOrg, null, 'confirmation', 'fr')
    assert.deepInclude(fallback, { locale: 'en', source: 'built_in' })
  })

  test("never another organization's sets, even called from inside that organization's scope", async ({ assert }) => {
    const { organization, cardiology } = await world()
    const other = await createOrganization()
    await createSet(other, 'Foreign default', { isDefault: true, templates: [['confirmation', 'de', 'Foreign', 'Foreign']] })
    const resolved = await tenancy.run(other, () => EmailSetService.templateFor(organization, cardiology.id, 'confirmation', 'de'))
    assert.equal(resolved.source, 'built_in')
    assert.notEqual(resolved.subject, 'Foreign')
  })
})

test.group('EmailSetService.contentFor', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  const appointment = (departmentId: number | null) => {
    const startsAt = DateTime.fromISO('2026-02-10T11:00', { zone: 'Europe/Amsterdam' }).toUTC()
    return {
      uid: 'appointment-uid-1',
      sequence: 3,
      departmentId,
      startsAt,
      endsAt: startsAt.plus({ minutes: 30 }),
      durationMinutes: 30,
      personalMessage: 'Bring your <glasses>.',
      handler: { fullName: 'Dr. Hanna Herz' },
      department: { name: 'Cardiology' },
    }
  }

  test('subject, HTML, text and calendar invitation for one recipient, from the set', async ({ assert }) => {
    const { organization, cardiology } = await world()
    await createSet(organization, 'Cardio', {
      departments: [cardiology],
      templates: [['change', 'en', 'New time: *|date|* *|time|*', 'Dear *|client_name|*,\n\n*|personal_message|*\n\n*|consult_deeplink|*']],
    })
    const link = 'https://example.test/visit/abcdefghijklmnopqrstuvwxyz'
    const content = await EmailSetService.contentFor({
      organization,
      appointment: appointment(cardiology.id),
      recipient: { name: 'A. de Boer', initials: 'A.', lastName: 'de Boer', email: 'a@example.test', locale: 'en' },
      accessLink: link,
      kind: 'change',
    })
    assert.equal(content.subject, 'New time: Tuesday, 10 February 2026 11:00')
    assert.equal(content.source, 'department_set')
    assert.equal(content.locale, 'en')
    assert.include(content.text, `Dear A. de Boer,\n\nBring your <glasses>.\n\n${link}`)
    assert.include(content.html, 'Bring your &lt;glasses&gt;.')
    assert.include(content.html, `href="${link}"`)

    assert.equal(content.calendar.method, 'REQUEST')
    const calendar = new ICAL.Component(ICAL.parse(content.calendar.content))
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!)
    assert.equal(event.sequence, 3)
    assert.equal(event.startDate.toJSDate().toISOString(), '2026-02-10T10:00:00.000Z')
  })

  test('a cancellation carries no link, in the e-mail or the invitation, and is a CANCEL', async ({ assert }) => {
    const { organization } = await world()
    const content = await EmailSetService.contentFor({
      organization,
      appointment: appointment(null),
      recipient: { name: 'A. de Boer', email: 'a@example.test', locale: 'nl' },
      accessLink: 'https://example.test/visit/abcdefghijklmnopqrstuvwxyz',
      kind: 'cancellation',
    })
    assert.match(content.subject, /^Geannuleerd: /)
    for (const part of [content.html, content.text, content.calendar.content]) assert.notInclude(part, '/visit/')
    assert.equal(content.calendar.method, 'CANCEL')
  })
})
