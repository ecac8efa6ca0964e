import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import ICAL from 'ical.js'
import { ICalendar, escapeText, foldLine, transitionsBetween, vtimezone } from '#modules/agenda/services/icalendar'
import type { CalendarInput } from '#modules/agenda/services/icalendar'
import type { EmailKind } from '#modules/agenda/types'

const LINK = 'https://clinic.example.test/visit/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789'

function input(overrides: { zone?: string; start?: string; kind?: EmailKind; locale?: string } & Partial<CalendarInput> = {}) {
  const zone = overrides.zone ?? 'Europe/Amsterdam'
  const startsAt = DateTime.fromISO(overrides.start ?? '2025-07-15T14:30', { zone }).toUTC()
  return {
    organization: {
      name: 'Huisartsenpraktijk De Linde',
      slug: 'de-linde',
      timezone: zone,
      defaultLocale: 'nl',
      contactPhone: '020 123 4567',
      contactEmail: 'praktijk@delinde.test',
    },
    appointment: {
      uid: 'f3b2a1c0-1111-4222-8333-944445555666',
      sequence: 2,
      startsAt,
      endsAt: startsAt.plus({ minutes: 20 }),
      durationMinutes: 20,
      personalMessage: null,
      handler: { fullName: 'Dr. Eva de Vries' },
      department: { name: 'Huisartsen' },
    },
    recipient: { name: 'J. Jansen', initials: 'J.', lastName: 'Jansen', email: 'j.jansen@example.test', locale: overrides.locale ?? 'en' },
    accessLink: LINK,
    kind: overrides.kind ?? 'confirmation',
    now: DateTime.fromISO('2025-06-01T08:00:00Z'),
    ...overrides,
  } satisfies CalendarInput
}

/** Parses with ical.js; times with a TZID are resolved through the file's own VTIMEZONE */
function parse(content: string) {
  const calendar = new ICAL.Component(ICAL.parse(content))
  const vevent = calendar.getFirstSubcomponent('vevent')!
  return { calendar, vevent, event: new ICAL.Event(vevent) }
}

test.group('ICalendar | structure', () => {
  test('a confirmation is a REQUEST with the appointment UID, SEQUENCE and local times in the organization zone', ({
    assert,
  }) => {
    const invite = ICalendar.forAppointment(input())
    assert.equal(invite.method, 'REQUEST')
    assert.equal(invite.contentType, 'text/calendar; charset=UTF-8; method=REQUEST')
    const { calendar, vevent, event } = parse(invite.content)

    assert.equal(calendar.getFirstPropertyValue('version'), '2.0')
    assert.equal(calendar.getFirstPropertyValue('method'), 'REQUEST')
    assert.equal(calendar.getFirstPropertyValue('calscale'), 'GREGORIAN')
    assert.match(String(calendar.getFirstPropertyValue('prodid')), /^-\/\/.+\/\/EN$/)
    assert.lengthOf(calendar.getAllSubcomponents('vevent'), 1)

    assert.equal(event.uid, 'f3b2a1c0-1111-4222-8333-944445555666@localhost')
    assert.equal(event.sequence, 2)
    assert.equal(vevent.getFirstProperty('dtstart')!.getParameter('tzid'), 'Europe/Amsterdam')
    assert.equal(vevent.getFirstProperty('dtend')!.getParameter('tzid'), 'Europe/Amsterdam')
    assert.equal(event.startDate.toString(), '2025-07-15T14:30:00')
    assert.equal(event.endDate.toString(), '2025-07-15T14:50:00')
    assert.equal(vevent.getFirstPropertyValue('dtstamp')!.toString(), '2025-06-01T08:00:00Z')
    assert.equal(vevent.getFirstPropertyValue('status'), 'CONFIRMED')
    assert.equal(vevent.getFirstPropertyValue('location'), LINK)
    assert.equal(vevent.getFirstPropertyValue('url'), LINK)
    assert.include(event.description, LINK)
    assert.equal(event.summary, 'Video consultation with Dr. Eva de Vries (Huisartsenpraktijk De Linde)')

    const organizer = vevent.getFirstProperty('organizer')!
    assert.equal(organizer.getParameter('cn'), 'Huisartsenpraktijk De Linde')
    assert.match(String(organizer.getFirstValue()), /^mailto:[^@\s]+@[^@\s]+$/)
    const attendee = vevent.getFirstProperty('attendee')!
    assert.equal(attendee.getFirstValue(), 'mailto:j.jansen@example.test')
    assert.equal(attendee.getParameter('cn'), 'J. Jansen')
    assert.equal(attendee.getParameter('role'), 'REQ-PARTICIPANT')
    assert.equal(attendee.getParameter('partstat'), 'NEEDS-ACTION')
    assert.equal(attendee.getParameter('rsvp'), 'FALSE')
  })

  test('every TZID used has its VTIMEZONE', ({ assert }) => {
    const { calendar, vevent } = parse(ICalendar.forAppointment(input()).content)
    const zones = calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'))
    for (const name of ['dtstart', 'dtend']) {
      assert.include(zones, vevent.getFirstProperty(name)!.getParameter('tzid'))
    }
  })

  test('reminder and change are REQUESTs too; a cancellation is a CANCEL of the same UID, without the link', ({ assert }) => {
    for (const kind of ['reminder', 'change'] as const) {
      const { calendar } = parse(ICalendar.forAppointment(input({ kind })).content)
      assert.equal(calendar.getFirstPropertyValue('method'), 'REQUEST', kind)
    }
    const cancel = ICalendar.forAppointment({ ...input({ kind: 'cancellation' }), accessLink: null })
    assert.equal(cancel.method, 'CANCEL')
    assert.equal(cancel.contentType, 'text/calendar; charset=UTF-8; method=CANCEL')
    const { calendar, vevent, event } = parse(cancel.content)
    assert.equal(calendar.getFirstPropertyValue('method'), 'CANCEL')
    assert.equal(vevent.getFirstPropertyValue('status'), 'CANCELLED')
    assert.equal(event.uid, 'f3b2a1c0-1111-4222-8333-944445555666@localhost')
    assert.isNull(vevent.getFirstProperty('url'))
    assert.notInclude(cancel.content, '/visit/')
  })

  test('a cancellation never carries the link, even when one is passed', ({ assert }) => {
    const cancel = ICalendar.forAppointment(input({ kind: 'cancellation' }))
    assert.notInclude(cancel.content.replace(/\r\n /g, ''), LINK)
  })

  test('a UID that already names its domain is kept as it is', ({ assert }) => {
    const base = input()
    const { event } = parse(
      ICalendar.forAppointment({ ...base, appointment: { ...base.appointment, uid: 'abc@calendar.example' } }).content
    )
    assert.equal(event.uid, 'abc@calendar.example')
  })

  test('the title and description follow the recipient language', ({ assert }) => {
    const { event } = parse(ICalendar.forAppointment(input({ locale: 'de' })).content)
    assert.equal(event.summary, 'Videosprechstunde bei Dr. Eva de Vries (Huisartsenpraktijk De Linde)')
    assert.include(event.description, 'ab 13:30 Uhr')
  })
})

test.group('ICalendar | time zones', () => {
  const cases = [
    { zone: 'Europe/Amsterdam', start: '2025-07-15T14:30', utc: '2025-07-15T12:30:00.000Z', season: 'summer' },
    { zone: 'Europe/Amsterdam', start: '2025-01-20T09:00', utc: '2025-01-20T08:00:00.000Z', season: 'winter' },
    { zone: 'Europe/Amsterdam', start: '2025-12-29T16:15', utc: '2025-12-29T15:15:00.000Z', season: 'late winter' },
    { zone: 'America/New_York', start: '2025-07-15T14:30', utc: '2025-07-15T18:30:00.000Z', season: 'summer' },
    { zone: 'America/New_York', start: '2025-01-20T09:00', utc: '2025-01-20T14:00:00.000Z', season: 'winter' },
    { zone: 'America/New_York', start: '2025-03-10T08:00', utc: '2025-03-10T12:00:00.000Z', season: 'first day of DST' },
    { zone: 'America/New_York', start: '2025-11-02T09:00', utc: '2025-11-02T14:00:00.000Z', season: 'last DST change day' },
    { zone: 'Australia/Sydney', start: '2026-01-15T10:00', utc: '2026-01-14T23:00:00.000Z', season: 'southern summer' },
    { zone: 'Australia/Sydney', start: '2026-06-15T10:00', utc: '2026-06-15T00:00:00.000Z', season: 'southern winter' },
    { zone: 'Asia/Tokyo', start: '2025-07-15T10:00', utc: '2025-07-15T01:00:00.000Z', season: 'no DST' },
  ]
  for (const { zone, start, utc, season } of cases) {
    test(`${zone}, ${season}: local start time and the UTC instant read back through the embedded VTIMEZONE`, ({ assert }) => {
      const data = input({ zone, start })
      const { event } = parse(ICalendar.forAppointment(data).content)
      assert.equal(event.startDate.toString(), `${start}:00`)
      assert.equal(event.startDate.zone?.tzid, zone, 'resolved through the embedded VTIMEZONE')
      assert.equal(event.startDate.toJSDate().toISOString(), utc)
      assert.equal(event.startDate.toJSDate().toISOString(), data.appointment.startsAt.toJSDate().toISOString())
      assert.equal(event.endDate.toJSDate().toISOString(), data.appointment.endsAt.toJSDate().toISOString())
    })
  }

  test('Europe/Amsterdam: STANDARD and DAYLIGHT with yearly rules on the last Sundays of October and March', ({ assert }) => {
    const lines = vtimezone('Europe/Amsterdam', DateTime.fromISO('2025-07-15T12:00Z'), DateTime.fromISO('2025-07-15T13:00Z'))
    const text = lines.join('\n')
    assert.include(text, 'BEGIN:DAYLIGHT\nDTSTART:19700329T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200')
    assert.include(text, 'BEGIN:STANDARD\nDTSTART:19701025T030000\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100')
  })

  test('America/New_York: the second Sunday of March and the first Sunday of November, at 02:00', ({ assert }) => {
    const text = vtimezone('America/New_York', DateTime.fromISO('2025-07-15T12:00Z'), DateTime.fromISO('2025-07-15T13:00Z')).join('\n')
    assert.include(text, 'BEGIN:DAYLIGHT\nDTSTART:19700308T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400')
    assert.include(text, 'BEGIN:STANDARD\nDTSTART:19701101T020000\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500')
  })

  test('a zone without daylight saving time gets one STANDARD observance', ({ assert }) => {
    const text = vtimezone('Asia/Tokyo', DateTime.fromISO('2025-07-15T12:00Z'), DateTime.fromISO('2025-07-15T13:00Z')).join('\n')
    assert.notInclude(text, 'DAYLIGHT')
    assert.equal(text.match(/BEGIN:STANDARD/g)?.length, 1)
    assert.include(text, 'TZOFFSETFROM:+0900\nTZOFFSETTO:+0900')
  })

  test('the transitions found in a year are the real ones, to the minute', ({ assert }) => {
    const found = transitionsBetween(
      'Europe/Amsterdam',
      DateTime.fromISO('2025-01-01T00:00', { zone: 'Europe/Amsterdam' }),
      DateTime.fromISO('2026-01-01T00:00', { zone: 'Europe/Amsterdam' })
    )
    assert.deepEqual(
      found.map((t) => [t.at.toUTC().toISO(), t.offsetFrom, t.offsetTo, t.daylight]),
      [
        ['2025-03-30T01:00:00.000Z', 60, 120, true],
        ['2025-10-26T01:00:00.000Z', 120, 60, false],
      ]
    )
  })

  test('an appointment over New Year is still placed right (every transition of both years)', ({ assert }) => {
    const base = input({ start: '2025-12-31T23:50' })
    const data = { ...base, appointment: { ...base.appointment, endsAt: base.appointment.startsAt.plus({ minutes: 20 }) } }
    const { event } = parse(ICalendar.forAppointment(data).content)
    assert.equal(event.startDate.toJSDate().toISOString(), '2025-12-31T22:50:00.000Z')
    assert.equal(event.endDate.toString(), '2026-01-01T00:10:00')
    assert.equal(event.endDate.toJSDate().toISOString(), '2025-12-31T23:10:00.000Z')
  })
})

test.group('ICalendar | text', () => {
  test('text values are escaped: backslash, semicolon, comma, newline', ({ assert }) => {
    assert.equal(escapeText('a\\b;c,d\ne\r\nf'), 'a\\\\b\\;c\\,d\\ne\\nf')
    const base = input()
    const tricky = 'Praktijk; Zuid, "Noord" \\ West'
    const invite = ICalendar.forAppointment({ ...base, organization: { ...base.organization, name: tricky } })
    const { event } = parse(invite.content)
    assert.equal(event.summary, `Video consultation with Dr. Eva de Vries (${tricky})`)
    assert.include(invite.content.replace(/\r\n /g, ''), 'Praktijk\\; Zuid\\, "Noord" \\\\ West')
    assert.include(event.description, `${tricky}\n`, 'the newlines of the description survive')
  })

  test('long lines are folded at 75 octets without splitting a character, CRLF everywhere', ({ assert }) => {
    const base = input({ locale: 'pl' })
    const longName = 'Przychodnia Zdrowia Łódź–Śródmieście — ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ 😀 '.repeat(4).trim()
    const invite = ICalendar.forAppointment({ ...base, organization: { ...base.organization, name: longName } })

    assert.notMatch(invite.content, /[^\r]\n/, 'only CRLF line endings')
    assert.isTrue(invite.content.endsWith('\r\n'))
    const lines = invite.content.split('\r\n').slice(0, -1)
    for (const line of lines) {
      assert.isAtMost(Buffer.byteLength(line, 'utf8'), 75, line)
      assert.notInclude(line, '\uFFFD')
    }
    assert.isAbove(lines.filter((line) => line.startsWith(' ')).length, 3, 'the description is folded')

    const { event } = parse(invite.content)
    assert.include(event.description, longName, 'unfolds to the original text')
    assert.include(event.description, 'Wideokonsultacja')
    assert.equal(event.summary, `Wideokonsultacja: Dr. Eva de Vries (${longName})`)
  })

  test('folding counts octets, not characters', ({ assert }) => {
    const folded = foldLine(`DESCRIPTION:${'ż'.repeat(60)}`)
    const [first, ...rest] = folded.split('\r\n')
    assert.equal(Buffer.byteLength(first, 'utf8'), 74, '12 ASCII octets + 31 two-octet letters; a 32nd would make 76')
    for (const line of rest) assert.isTrue(line.startsWith(' '))
    assert.equal(folded.replace(/\r\n /g, ''), `DESCRIPTION:${'ż'.repeat(60)}`)
  })

  test('a name with a double quote or a line break cannot break the ATTENDEE line', ({ assert }) => {
    const base = input()
    const invite = ICalendar.forAppointment({ ...base, recipient: { ...base.recipient, name: 'Jan "JJ"\r\nJansen' } })
    const { vevent } = parse(invite.content)
    const attendee = vevent.getFirstProperty('attendee')!
    assert.equal(attendee.getParameter('cn'), 'Jan JJ Jansen')
    assert.equal(attendee.getFirstValue(), 'mailto:j.jansen@example.test')
  })
})
