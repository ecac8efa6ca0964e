import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import transmit from '@adonisjs/transmit/services/main'
import tenancy from '#core/tenancy/tenancy'
import { SUPPORTED_LOCALES } from '#core/i18n/locales'
import type Organization from '#models/organization'
import WaitingRoomText from '#modules/agenda/models/waiting_room_text'
import { WAITING_ROOM_TEXT_KINDS } from '#modules/agenda/types'
import { defaultWaitingRoomText } from '#modules/agenda/services/waiting_room_text_service'
import { unknownCodes, WAITING_ROOM_TEXT_CODES } from '#modules/agenda/services/template_renderer'
import { createDepartment, createOrganization, createUser } from '#tests/support/world'
import { onOrganization } from '#tests/support/requests'
import { assertRedirect, fieldErrors } from '#tests/support/responses'

/* The waiting-room info texts, per situation and language: org admins only */

async function clinic() {
  const organization = await createOrganization()
  const cardiology = await createDepartment(organization, 'Cardiology')
  const orgAdmin = await createUser(organization, 'org_admin')
  const deptAdmin = await createUser(organization, 'dept_admin', { departments: [cardiology] })
  const handler = await createUser(organization, 'handler', { departments: [cardiology] })
  return { organization, cardiology, orgAdmin, deptAdmin, handler }
}

async function ownTexts(organization: Organization) {
  return tenancy.run(organization, async () =>
    (await WaitingRoomText.query().orderBy('kind').orderBy('locale')).map((text) => `${text.kind}/${text.locale}: ${text.body}`)
  )
}

async function saveOwn(organization: Organization, kind: 'early' | 'on_time' | 'late', locale: string, body: string) {
  return tenancy.run(organization, () => WaitingRoomText.create({ kind, locale, body }))
}

const textOf = (response: { body(): any }, kind: string, locale: string) =>
  (response.body().props.texts as any[]).find((text) => text.kind === kind && text.locale === locale)

test.group('Waiting-room texts | built-in texts', () => {
  test('every situation has a built-in text in every language, using only known codes', ({ assert }) => {
    for (const kind of WAITING_ROOM_TEXT_KINDS) {
      for (const locale of SUPPORTED_LOCALES) {
        const text = defaultWaitingRoomText(kind, locale)
        assert.notEqual(text, `waiting_room_content.defaults.${kind}`, `${kind}/${locale} exists`)
        assert.deepEqual(unknownCodes(text, 'waiting_room', WAITING_ROOM_TEXT_CODES), [], `${kind}/${locale} codes`)
        assert.include(text, '|appointment_time|', `${kind}/${locale} names the time`)
      }
    }
    assert.notEqual(defaultWaitingRoomText('early', 'nl'), defaultWaitingRoomText('early', 'en'))
  })

  test('only |word| counts as a code', ({ assert }) => {
    assert.deepEqual(unknownCodes('Call us | Mon–Fri | 9–17', 'waiting_room', WAITING_ROOM_TEXT_CODES), [])
    assert.deepEqual(unknownCodes('|handler| at |appointment_tme| and |foo| |foo|', 'waiting_room', WAITING_ROOM_TEXT_CODES), ['appointment_tme', 'foo'])
  })
})

test.group('Waiting-room texts | org admin', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('sees every situation in every language, built-in until changed, and the codes', async ({ client, assert }) => {
    const { organization, orgAdmin } = await clinic()
    await saveOwn(organization, 'late', 'nl', 'Even geduld, |client_name|.')

    const response = await onOrganization(client, organization, { as: orgAdmin, inertia: true }).get('/waiting-room-texts')
    response.assertStatus(200)
    response.assertInertiaComponent('agenda/waiting_room_texts/index')
    const props = response.body().props
    assert.lengthOf(props.texts, WAITING_ROOM_TEXT_KINDS.length * SUPPORTED_LOCALES.length)
    assert.deepEqual(props.codes, [...WAITING_ROOM_TEXT_CODES])
    assert.include(props.codes, 'appointment_welcome_from')

    const own = textOf(response, 'late', 'nl')
    assert.isFalse(own.isDefault)
    assert.equal(own.body, 'Even geduld, |client_name|.')
    assert.equal(own.defaultBody, defaultWaitingRoomText('late', 'nl'))
    const builtIn = textOf(response, 'early', 'de')
    assert.isTrue(builtIn.isDefault)
    assert.equal(builtIn.body, defaultWaitingRoomText('early', 'de'))
  })

  test('saves a text for one situation and language and pings every waiting room', async ({ client, assert }) => {
    const { organization, orgAdmin, cardiology } = await clinic()
    const sent: string[] = []
    const original = transmit.broadcast
    transmit.broadcast = (channel: string) => {
      sent.push(channel)
    }
    try {
      const asAdmin = onOrganization(client, organization, { as: orgAdmin, inertia: true, from: '/waiting-room-texts' })
      const first = await asAdmin.put('/waiting-room-texts/on_time/en', { body: '  Hello |client_name|, see you at |appointment_time|.  ' })
      assertRedirect(assert, first)
      first.assertFlashMessage('success', 'The waiting-room text has been saved.')
      const second = await asAdmin.put('/waiting-room-texts/on_time/en', { body: 'Hello again, |client_name|.' })
      assertRedirect(assert, second)
    } finally {
      transmit.broadcast = original
    }
    assert.deepEqual(await ownTexts(organization), ['on_time/en: Hello again, |client_name|.'])
    assert.includeMembers(sent, [
      `organizations/${organization.slug}/waiting-room/all`,
      `organizations/${organization.slug}/waiting-room/${cardiology.id}`,
    ])
  })

  test('a text with an unknown code is refused, naming the code, in the admin\'s language', async ({ client, assert }) => {
    const { organization } = await clinic()
    const admin = await createUser(organization, 'org_admin')
    const dutchAdmin = await createUser(organization, 'org_admin', { locale: 'nl' })

    const english = await onOrganization(client, organization, { as: admin, inertia: true, from: '/waiting-room-texts' })
      .put('/waiting-room-texts/early/en', { body: 'See you at |appointment_tme| with |doctor|.' })
    assertRedirect(assert, english)
    assert.deepEqual(fieldErrors(english).body, [
      'This text uses a code that does not exist: |appointment_tme|, |doctor|. Use only the codes listed beside the text.',
    ])
    english.assertFlashMissing('success')

    const dutch = await onOrganization(client, organization, { as: dutchAdmin, inertia: true })
      .put('/waiting-room-texts/early/nl', { body: 'Tot |straks|.' })
    assert.deepEqual(fieldErrors(dutch).body, [
      'Deze tekst gebruikt een code die niet bestaat: |straks|. Gebruik alleen de codes die naast de tekst staan.',
    ])
    assert.deepEqual(await ownTexts(organization), [])
  })

  test('an empty or too long text, an unknown situation or language are refused', async ({ client, assert }) => {
    const { organization, orgAdmin } = await clinic()
    const asAdmin = onOrganization(client, organization, { as: orgAdmin, inertia: true })

    const empty = await asAdmin.put('/waiting-room-texts/early/en', { body: '   ' })
    assert.property(fieldErrors(empty), 'body')
    const long = await asAdmin.put('/waiting-room-texts/early/en', { body: 'x'.repeat(2001) })
    assert.deepEqual(fieldErrors(long).body, ['The text can be at most 2000 characters.'])

    const json = onOrganization(client, organization, { as: orgAdmin })
    const badKind = await json.put('/waiting-room-texts/whenever/en', { body: 'Hello' }).header('accept', 'application/json')
    badKind.assertStatus(422)
    const badLocale = await json.put('/waiting-room-texts/early/fr', { body: 'Bonjour' }).header('accept', 'application/json')
    badLocale.assertStatus(422)

    assert.deepEqual(await ownTexts(organization), [])
  })

  test('"use built-in text" removes the own text of that situation and language only', async ({ client, assert }) => {
    const { organization, orgAdmin } = await clinic()
    await saveOwn(organization, 'late', 'nl', 'Eigen tekst')
    await saveOwn(organization, 'late', 'en', 'Own text')
    const asAdmin = onOrganization(client, organization, { as: orgAdmin, inertia: true })

    const response = await asAdmin.delete('/waiting-room-texts/late/nl')
    assertRedirect(assert, response)
    response.assertFlashMessage('success', 'The built-in text is used again.')
    assert.deepEqual(await ownTexts(organization), ['late/en: Own text'])

    const page = await asAdmin.get('/waiting-room-texts')
    assert.isTrue(textOf(page, 'late', 'nl').isDefault)
    assert.equal(textOf(page, 'late', 'nl').body, defaultWaitingRoomText('late', 'nl'))

    /* resetting a text that is already built-in changes nothing */
    const again = await asAdmin.delete('/waiting-room-texts/late/nl')
    assertRedirect(assert, again)
    assert.deepEqual(await ownTexts(organization), ['late/en: Own text'])
  })
})

test.group('Waiting-room texts | other roles and organizations', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('department admins and handlers get 403 and change nothing', async ({ client, assert }) => {
    const { organization, deptAdmin, handler } = await clinic()
    await saveOwn(organization, 'early', 'en', 'Own early text')
    for (const user of [deptAdmin, handler]) {
      const page = await onOrganization(client, organization, { as: user }).get('/waiting-room-texts')
      assert.equal(page.status(), 403, user.role)
      assert.notInclude(page.text(), 'Own early text')
      const json = onOrganization(client, organization, { as: user })
      const save = await json.put('/waiting-room-texts/early/en', { body: 'Changed' }).header('accept', 'application/json')
      save.assertStatus(403)
      const reset = await json.delete('/waiting-room-texts/early/en').header('accept', 'application/json')
      reset.assertStatus(403)
    }
    assert.deepEqual(await ownTexts(organization), ['early/en: Own early text'])
  })

  test('a visitor is sent to the login page', async ({ client, assert }) => {
    const { organization } = await clinic()
    const visitor = onOrganization(client, organization)
    for (const response of [
      await visitor.get('/waiting-room-texts'),
      await visitor.put('/waiting-room-texts/early/en', { body: 'Hijack' }),
      await visitor.delete('/waiting-room-texts/early/en'),
    ]) {
      assert.equal(response.status(), 302)
      assert.equal(response.header('location'), '/login')
    }
    assert.deepEqual(await ownTexts(organization), [])
  })

  test("each organization sees and changes only its own texts", async ({ client, assert }) => {
    const { organization, orgAdmin } = await clinic()
    const other = await createOrganization()
    const otherAdmin = await createUser(other, 'org_admin')
    await saveOwn(other, 'early', 'en', 'Bravo early text')

    const page = await onOrganization(client, organization, { as: orgAdmin, inertia: true }).get('/waiting-room-texts')
    assert.isTrue(textOf(page, 'early', 'en').isDefault)
    assert.notInclude(page.text(), 'Bravo early text')

    await onOrganization(client, organization, { as: orgAdmin, inertia: true }).put('/waiting-room-texts/early/en', { body: 'Alpha early text' })
    await onOrganization(client, organization, { as: orgAdmin, inertia: true }).delete('/waiting-room-texts/early/en')
    assert.deepEqual(await ownTexts(other), ['early/en: Bravo early text'])

    /* the other organization's admin session does not work here */
    const hijack = await onOrganization(client, organization, { as: otherAdmin }).put('/waiting-room-texts/late/en', { body: 'Hijack' })
    assert.equal(hijack.status(), 302)
    assert.equal(hijack.header('location'), '/login')
    assert.deepEqual(await ownTexts(organization), [])
  })
})
