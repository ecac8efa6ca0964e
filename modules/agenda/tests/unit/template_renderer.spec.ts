import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { SUPPORTED_LOCALES } from '#core/i18n/locales'
import { organizationUrl } from '#core/tenancy/hosts'
import { EMAIL_KINDS } from '#modules/agenda/types'
import {
  TEMPLATE_CODES,
  TemplateRenderer,
  localeFallbacks,
  linkify,
  renderWaitingRoomText,
  unknownCodes,
  WAITING_ROOM_TEXT_CODES,
  type RenderContext,
} from '#modules/agenda/services/template_renderer'
import { DEFAULT_EMAIL_TEMPLATES, LINK_BUTTON_LABELS } from '#modules/agenda/services/default_email_templates'

const LINK = 'https://de-linde.localhost/visit/Tok3n_With-Safe.Chars0123456789'

function context(overrides: Partial<RenderContext> & { start?: string; zone?: string } = {}): RenderContext {
  const zone = overrides.zone ?? 'Europe/Amsterdam'
  /* Tuesday 3 March 2026, 09:30 in Amsterdam (08:30 UTC) */
  const startsAt = DateTime.fromISO(overrides.start ?? '2026-03-03T09:30', { zone }).toUTC()
  return {
    organization: {
      name: 'Praktijk De Linde',
      slug: 'de-linde',
      timezone: zone,
      defaultLocale: 'nl',
      contactPhone: '+31 20 123 4567',
      contactEmail: 'info@delinde.test',
      addressFormNl: 'huisarts',
      addressFormEn: 'GP',
      addressFormDe: null,
    },
    appointment: {
      startsAt,
      endsAt: startsAt.plus({ minutes: 25 }),
      durationMinutes: 25,
      personalMessage: 'Please have your medication list ready.',
      handler: { fullName: 'Dr. Eva de Vries' },
      department: { name: 'General practice' },
    },
    recipient: { name: 'J. Jansen', initials: 'J.', lastName: 'Jansen', email: 'j.jansen@example.test', locale: 'en' },
    accessLink: LINK,
    ...overrides,
  }
}

const ALL_CODES = TEMPLATE_CODES.map((code) => `${code}=*|${code}|*`).join('\n')

test.group('TemplateRenderer | codes', () => {
  test('every code becomes its value', ({ assert }) => {
    const text = new TemplateRenderer(context()).text(ALL_CODES)
    assert.deepEqual(text.split('\n'), [
      'client_name=J. Jansen',
      'client_initials=J.',
      'client_last_name=Jansen',
      'handler=Dr. Eva de Vries',
      'handler_form_of_address=GP',
      'department=General practice',
      'organization=Praktijk De Linde',
      'organization_phone=+31 20 123 4567',
      'organization_email=info@delinde.test',
      'date=Tuesday, 3 March 2026',
      'time=09:30',
      'duration=25',
      'end_time=09:55',
      'personal_message=Please have your medication list ready.',
      `consult_deeplink=${LINK}`,
      `portal_deeplink=${organizationUrl('de-linde', '/portal')}`,
      'appointment_welcome_from=08:30',
      'appointment_welcome_until=10:55',
    ])
  })

  test('dates and times are local to the organization and in the recipient language', ({ assert }) => {
    /* 23:30 in Amsterdam is already 22:30 UTC of the same day; the date is the local one */
    const late = context({ start: '2026-07-01T23:30', recipient: { ...context().recipient, locale: 'nl' } })
    assert.equal(new TemplateRenderer(late).text('*|date|* *|time|*'), 'woensdag 1 juli 2026 23:30')
    const de = context({ recipient: { ...context().recipient, locale: 'de' } })
    assert.equal(new TemplateRenderer(de).text('*|date|*, *|time|*–*|end_time|*'), 'Dienstag, 3. März 2026, 09:30–09:55')
    const pl = context({ recipient: { ...context().recipient, locale: 'pl' } })
    assert.equal(new TemplateRenderer(pl).text('*|date|*'), 'wtorek, 3 marca 2026')
    const newYork = context({ zone: 'America/New_York', start: '2026-03-03T09:30' })
    assert.equal(new TemplateRenderer(newYork).text('*|time|* *|appointment_welcome_from|*'), '09:30 08:30')
  })

  test('the form of address follows the language, with the standard word where the organization set none', ({ assert }) => {
    const render = (locale: string) =>
      new TemplateRenderer(context({ recipient: { ...context().recipient, locale } })).text('*|handler_form_of_address|*')
    assert.equal(render('nl'), 'huisarts')
    assert.equal(render('en'), 'GP')
    assert.equal(render('de'), 'Behandler')
    assert.equal(render('pl'), 'specjalista')
  })

  test('an appointment with a whole department names the department as the handler', ({ assert }) => {
    const base = context()
    const text = new TemplateRenderer({ ...base, appointment: { ...base.appointment, handler: null } }).text('*|handler|*')
    assert.equal(text, 'General practice')
  })

  test('a recipient language we do not speak falls back to the organization language, then English', ({ assert }) => {
    const french = context({ recipient: { ...context().recipient, locale: 'fr' } })
    assert.equal(new TemplateRenderer(french).locale, 'nl')
    assert.deepEqual(localeFallbacks('pl', 'de'), ['pl', 'de', 'en'])
    assert.deepEqual(localeFallbacks('fr', null), ['en'])
    assert.deepEqual(localeFallbacks('en', 'en'), ['en'])
  })

  test('values go in exactly, in one pass: a value that looks like a code or a replacement pattern stays as it is', ({
    assert,
  }) => {
    const base = context()
    const renderer = new TemplateRenderer({
      ...base,
      recipient: { ...base.recipient, name: "*|consult_deeplink|* $& $1 $' |time|" },
    })
    assert.equal(renderer.text('Dear *|client_name|*'), "Dear *|consult_deeplink|* $& $1 $' |time|")
    assert.equal(renderer.subject('Hi *|client_name|*'), "Hi *|consult_deeplink|* $& $1 $' |time|")
  })

  test('the personal message can be left out (an external participant)', ({ assert }) => {
    const renderer = new TemplateRenderer({ ...context(), withPersonalMessage: false })
    assert.equal(renderer.text('Hello\n\n*|personal_message|*\n\nBye'), 'Hello\n\nBye')
  })

  test('codes are recognised regardless of case', ({ assert }) => {
    assert.equal(new TemplateRenderer(context()).text('*|CLIENT_NAME|*'), 'J. Jansen')
  })
})

test.group('TemplateRenderer | unknown codes', () => {
  test('unknownCodes lists each unknown code once, in order', ({ assert }) => {
    assert.deepEqual(unknownCodes('*|client_name|* *|first_name|* *|fname|* *|first_name|* *|Time|*'), ['first_name', 'fname'])
    assert.deepEqual(unknownCodes('no codes | at all | here'), [])
    assert.deepEqual(unknownCodes('|client_name| |nonsense|', 'waiting_room'), ['nonsense'])
    assert.deepEqual(unknownCodes('*|nonsense|*', 'waiting_room'), ['nonsense'])
  })

  test('an unknown code is left out of every variant: no code ever reaches a client', ({ assert }) => {
    const rendered = new TemplateRenderer(context()).render({
      subject: 'Hello *|first_name|* *|client_name|*',
      body: 'Hello *|first_name|*, see you at *|time|*.',
    })
    for (const part of [rendered.subject, rendered.text, rendered.html]) {
      assert.notMatch(part, /\*\|/)
      assert.notInclude(part, 'first_name')
    }
    assert.equal(rendered.subject, 'Hello J. Jansen')
    assert.equal(rendered.text, 'Hello , see you at 09:30.')
  })

  test('the built-in templates use only known codes; all but the cancellation carry the consultation link', ({ assert }) => {
    for (const locale of SUPPORTED_LOCALES) {
      for (const kind of EMAIL_KINDS) {
        const template = DEFAULT_EMAIL_TEMPLATES[locale][kind]
        assert.deepEqual(unknownCodes(template.subject + template.body), [], `${locale} ${kind}`)
        assert.isAbove(template.subject.trim().length, 10)
        if (kind === 'cancellation') assert.notInclude(template.body, 'consult_deeplink', `${locale} ${kind}`)
        else assert.include(template.body, '*|consult_deeplink|*', `${locale} ${kind}`)
        const rendered = new TemplateRenderer(
          context({ recipient: { ...context().recipient, locale } })
        ).render(template)
        assert.notMatch(rendered.subject + rendered.text + rendered.html, /\*\||\|\*/, `${locale} ${kind}`)
        assert.include(rendered.text, 'J. Jansen')
      }
    }
  })
})

test.group('TemplateRenderer | text and HTML', () => {
  test('the text version is plain text; the HTML version escapes every value', ({ assert }) => {
    const base = context()
    const renderer = new TemplateRenderer({
      ...base,
      recipient: { ...base.recipient, name: '<b>Jan</b> & "Co" \'s' },
      appointment: { ...base.appointment, personalMessage: '<script>alert(1)</script>\nSecond line' },
    })
    const body = 'Dear *|client_name|*,\n\n*|personal_message|*'
    assert.equal(renderer.text(body), 'Dear <b>Jan</b> & "Co" \'s,\n\n<script>alert(1)</script>\nSecond line')
    const html = renderer.html(body)
    assert.include(html, 'Dear &lt;b&gt;Jan&lt;/b&gt; &amp; &quot;Co&quot; &#39;s,')
    assert.include(html, '&lt;script&gt;alert(1)&lt;/script&gt;<br>\nSecond line')
    assert.notInclude(html, '<script>')
    assert.notInclude(html, '<b>')
  })

  test('the template text itself is escaped in HTML too', ({ assert }) => {
    const html = new TemplateRenderer(context()).html('5 < 6 & <i>not italic</i>')
    assert.include(html, '5 &lt; 6 &amp; &lt;i&gt;not italic&lt;/i&gt;')
  })

  test('blank lines make paragraphs and single newlines line breaks', ({ assert }) => {
    const html = new TemplateRenderer(context()).html('First line\nsecond line\n\n\nNext paragraph\r\n\r\nLast')
    const paragraphs = html.match(/<p[^>]*>[\s\S]*?<\/p>/g)!
    assert.lengthOf(paragraphs, 3)
    assert.include(paragraphs[0], 'First line<br>\nsecond line')
    assert.include(paragraphs[1], 'Next paragraph')
    assert.include(paragraphs[2], 'Last')
    assert.equal(new TemplateRenderer(context()).text('A\r\nB\n\n\n\nC'), 'A\nB\n\nC')
  })

  test('links in the text and in link values become clickable; the client name never does', ({ assert }) => {
    const base = context()
    const renderer = new TemplateRenderer({ ...base, recipient: { ...base.recipient, name: 'https://evil.example' } })
    const html = renderer.html(
      'Read https://delinde.test/info?a=1&b=2. Mail *|organization_email|* or call *|organization_phone|*.\nName: *|client_name|*\nJoin: *|consult_deeplink|*'
    )
    assert.include(html, '<a href="https://delinde.test/info?a=1&amp;b=2" style="color:#1864ab;">https://delinde.test/info?a=1&amp;b=2</a>.')
    assert.include(html, '<a href="mailto:info@delinde.test"')
    assert.include(html, '<a href="tel:+31201234567" style="color:#1864ab;">+31 20 123 4567</a>')
    assert.include(html, `<a href="${LINK}"`)
    assert.include(html, 'Name: https://evil.example')
    assert.notInclude(html, 'href="https://evil.example"')
  })

  test('linkify keeps sentence punctuation and unbalanced brackets outside the link', ({ assert }) => {
    assert.equal(
      linkify('(see https://a.test/x_(y)) and https://b.test/z, ok'),
      '(see <a href="https://a.test/x_(y)" style="color:#1864ab;">https://a.test/x_(y)</a>) and <a href="https://b.test/z" style="color:#1864ab;">https://b.test/z</a>, ok'
    )
    assert.notInclude(linkify('javascript:alert(1) ftp://x.test'), '<a')
  })

  test('a line that is only the consultation link becomes a button with the link below it', ({ assert }) => {
    const renderer = new TemplateRenderer(context())
    const html = renderer.html('Join here:\n\n*|consult_deeplink|*\n\nSee you!')
    assert.include(html, `>${LINK_BUTTON_LABELS.en.consult}</a>`)
    assert.equal(html.split(`href="${LINK}"`).length - 1, 2, 'the button and the copyable link')
    assert.include(renderer.text('Join here:\n\n*|consult_deeplink|*'), `Join here:\n\n${LINK}`)
  })

  test('the link line becomes a button also right under a line of text', ({ assert }) => {
    const html = new TemplateRenderer(context()).html('Join through your link:\n*|consult_deeplink|*\nSee you!')
    assert.match(html, /^<p [^>]*>Join through your link:<\/p>\n<table/)
    assert.include(html, `>${LINK_BUTTON_LABELS.en.consult}</a>`)
    assert.match(html, /<p [^>]*>See you!<\/p>$/)
  })

  test('a line of codes whose values are empty disappears (no personal message, no phone number)', ({ assert }) => {
    const base = context()
    const renderer = new TemplateRenderer({
      ...base,
      organization: { ...base.organization, contactPhone: null },
      appointment: { ...base.appointment, personalMessage: null },
    })
    const body = 'Hello\n\n*|personal_message|*\n\nRegards,\n*|organization|*\n*|organization_phone|*\n*|organization_email|*'
    assert.equal(renderer.text(body), 'Hello\n\nRegards,\nPraktijk De Linde\ninfo@delinde.test')
    assert.lengthOf(renderer.html(body).match(/<p /g)!, 2)
  })

  test('the subject is one line of plain text', ({ assert }) => {
    const base = context()
    const renderer = new TemplateRenderer({ ...base, recipient: { ...base.recipient, name: 'Jan\r\nBcc: x@y.test <b>' } })
    assert.equal(renderer.subject('Hi *|client_name|*\non *|date|*'), 'Hi Jan Bcc: x@y.test <b> on Tuesday, 3 March 2026')
  })
})

test.group('TemplateRenderer | waiting-room texts', () => {
  test('|code| placeholders use the same codes', ({ assert }) => {
    const text = renderWaitingRoomText(
      'Welcome |client_name|! You may come in from |appointment_welcome_from| until |appointment_welcome_until|.',
      context()
    )
    assert.equal(text, 'Welcome J. Jansen! You may come in from 08:30 until 10:55.')
  })

  test('the e-mail style works there too, and unknown codes vanish', ({ assert }) => {
    assert.equal(renderWaitingRoomText('*|handler|* |nope| is ready', context()), 'Dr. Eva de Vries  is ready')
  })

  test('the HTML form escapes values', ({ assert }) => {
    const base = context()
    const html = renderWaitingRoomText('Hi |client_name|', { ...base, recipient: { ...base.recipient, name: '<img>' } }, 'html')
    assert.include(html, 'Hi &lt;img&gt;')
  })

  test('the waiting room writes times and dates the way the language does', ({ assert }) => {
    const text = '|appointment_time| |appointment_date| |appointment_welcome_from|'
    const inLanguage = (locale: 'en' | 'nl') => renderWaitingRoomText(text, { ...context(), locale, clock: 'language' })
    assert.equal(inLanguage('en'), '9:30 AM March 3, 2026 8:30 AM')
    assert.equal(inLanguage('nl'), '09:30 3 maart 2026 08:30')
    /* the e-mails' clock stays the default */
    assert.equal(renderWaitingRoomText(text, { ...context(), locale: 'en' }), '09:30 March 3, 2026 08:30')
  })

  test('a waiting-room text may use only its own codes; the e-mails do not know the waiting-room names', ({ assert }) => {
    const text = '|client_name| |appointment_time| |Appointment_Date| |appointment_welcome_until| |time| *|personal_message|*'
    assert.deepEqual(unknownCodes(text, 'waiting_room', WAITING_ROOM_TEXT_CODES), ['appointment_welcome_until', 'time', 'personal_message'])
    assert.deepEqual(unknownCodes(text, 'waiting_room'), [])
    assert.deepEqual(unknownCodes('*|appointment_time|* *|appointment_date|*'), ['appointment_time', 'appointment_date'])
    assert.equal(new TemplateRenderer(context()).text('at *|appointment_time|*.'), 'at .')
  })
})
