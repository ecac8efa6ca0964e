import type { Locale } from '#core/i18n/locales'
import type { EmailKind } from '#modules/agenda/types'

/**
 * The built-in texts of the appointment e-mails, in every language the
 * product speaks. They apply wherever an organization has not written its
 * own (see EmailSetService.templateFor) and are the starting point of the
 * e-mail set editor. Bodies are plain text with *|code|* placeholders: a
 * blank line starts a new paragraph; a line made only of codes whose values
 * are empty (no personal message, no phone number) disappears; a line that is
 * only *|consult_deeplink|* becomes a button in the HTML version.
 */
export type TemplateText = { subject: string; body: string }

const SIGNATURE = {
  en: 'Kind regards,',
  nl: 'Met vriendelijke groet,',
  de: 'Mit freundlichen Grüßen',
  pl: 'Z poważaniem',
} as const satisfies Record<Locale, string>

const signature = (locale: Locale) =>
  `${SIGNATURE[locale]}\n*|organization|*\n*|organization_phone|*\n*|organization_email|*`

const en = {
  confirmation: {
    subject: 'Your video consultation on *|date|* at *|time|*',
    body: `Dear *|client_name|*,

You have an appointment for a video consultation with *|handler|* of *|organization|*.

Date: *|date|*
Time: *|time|* – *|end_time|* (*|duration|* minutes)

*|personal_message|*

You join the consultation through your personal link:
*|consult_deeplink|*

The link works from *|appointment_welcome_from|*, one hour before the start. Please join a few minutes early and allow the use of your camera and microphone. You wait in the waiting room until your *|handler_form_of_address|* lets you in. A computer, tablet or smartphone with a recent browser is all you need; choose a quiet place.

This link is personal: please do not share it with anyone.

If you cannot make it, please let us know as soon as possible.

${signature('en')}`,
  },
  reminder: {
    subject: 'Reminder: your video consultation on *|date|* at *|time|*',
    body: `Dear *|client_name|*,

This is a reminder of your video consultation with *|handler|* of *|organization|*.

Date: *|date|*
Time: *|time|* – *|end_time|* (*|duration|* minutes)

*|personal_message|*

Join through your personal link:
*|consult_deeplink|*

You can enter the waiting room from *|appointment_welcome_from|*. Check your camera and microphone beforehand and find a quiet place.

If you cannot make it, please let us know as soon as possible.

${signature('en')}`,
  },
  change: {
    subject: 'Changed: your video consultation is now on *|date|* at *|time|*',
    body: `Dear *|client_name|*,

Your video consultation with *|handler|* of *|organization|* has been changed. The new details are:

Date: *|date|*
Time: *|time|* – *|end_time|* (*|duration|* minutes)

The previous time no longer applies.

*|personal_message|*

Join through your personal link:
*|consult_deeplink|*

The link works from *|appointment_welcome_from|*, one hour before the start.

If the new time does not suit you, please let us know as soon as possible.

${signature('en')}`,
  },
  cancellation: {
    subject: 'Cancelled: your video consultation on *|date|* at *|time|*',
    body: `Dear *|client_name|*,

Your video consultation with *|handler|* of *|organization|* on *|date|* at *|time|* has been cancelled. The link you received for this appointment no longer works.

*|personal_message|*

Would you like a new appointment, or do you have a question? Please contact us.

${signature('en')}`,
  },
} satisfies Record<EmailKind, TemplateText>

const nl = {
  confirmation: {
    subject: 'Uw videoconsult op *|date|* om *|time|*',
    body: `Beste *|client_name|*,

U heeft een afspraak voor een videoconsult met *|handler|* van *|organization|*.

Datum: *|date|*
Tijd: *|time|* – *|end_time|* (*|duration|* minuten)

*|personal_message|*

U neemt deel aan het consult via uw persoonlijke link:
*|consult_deeplink|*

De link werkt vanaf *|appointment_welcome_from|*, een uur voor het begin. Kom een paar minuten eerder en geef toestemming voor het gebruik van uw camera en microfoon. U wacht in de wachtkamer totdat uw *|handler_form_of_address|* u binnenlaat. U heeft alleen een computer, tablet of smartphone met een recente browser nodig; kies een rustige plek.

Deze link is persoonlijk: deel hem met niemand.

Kunt u niet? Laat het ons dan zo snel mogelijk weten.

${signature('nl')}`,
  },
  reminder: {
    subject: 'Herinnering: uw videoconsult op *|date|* om *|time|*',
    body: `Beste *|client_name|*,

Dit is een herinnering aan uw videoconsult met *|handler|* van *|organization|*.

Datum: *|date|*
Tijd: *|time|* – *|end_time|* (*|duration|* minuten)

*|personal_message|*

Neem deel via uw persoonlijke link:
*|consult_deeplink|*

U kunt de wachtkamer binnengaan vanaf *|appointment_welcome_from|*. Controleer vooraf uw camera en microfoon en zoek een rustige plek op.

Kunt u niet? Laat het ons dan zo snel mogelijk weten.

${signature('nl')}`,
  },
  change: {
    subject: 'Gewijzigd: uw videoconsult is nu op *|date|* om *|time|*',
    body: `Beste *|client_name|*,

Uw videoconsult met *|handler|* van *|organization|* is gewijzigd. De nieuwe gegevens zijn:

Datum: *|date|*
Tijd: *|time|* – *|end_time|* (*|duration|* minuten)

Het vorige tijdstip vervalt.

*|personal_message|*

Neem deel via uw persoonlijke link:
*|consult_deeplink|*

De link werkt vanaf *|appointment_welcome_from|*, een uur voor het begin.

Komt het nieuwe tijdstip u niet uit? Laat het ons dan zo snel mogelijk weten.

${signature('nl')}`,
  },
  cancellation: {
    subject: 'Geannuleerd: uw videoconsult op *|date|* om *|time|*',
    body: `Beste *|client_name|*,

Uw videoconsult met *|handler|* van *|organization|* op *|date|* om *|time|* is geannuleerd. De link die u voor deze afspraak ontving, werkt niet meer.

*|personal_message|*

Wilt u een nieuwe afspraak maken of heeft u een vraag? Neem dan contact met ons op.

${signature('nl')}`,
  },
} satisfies Record<EmailKind, TemplateText>

const de = {
  confirmation: {
    subject: 'Ihre Videosprechstunde am *|date|* um *|time|* Uhr',
    body: `Guten Tag *|client_name|*,

Sie haben einen Termin für eine Videosprechstunde bei *|handler|* (*|organization|*).

Datum: *|date|*
Uhrzeit: *|time|* – *|end_time|* Uhr (*|duration|* Minuten)

*|personal_message|*

Sie nehmen über Ihren persönlichen Link an der Sprechstunde teil:
*|consult_deeplink|*

Der Link funktioniert ab *|appointment_welcome_from|* Uhr, eine Stunde vor Beginn. Bitte kommen Sie einige Minuten früher und erlauben Sie die Nutzung von Kamera und Mikrofon. Sie warten im Wartezimmer, bis Sie hereingeholt werden. Sie brauchen nur einen Computer, ein Tablet oder ein Smartphone mit einem aktuellen Browser; wählen Sie einen ruhigen Ort.

Dieser Link ist persönlich: Bitte geben Sie ihn nicht weiter.

Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte so früh wie möglich Bescheid.

${signature('de')}`,
  },
  reminder: {
    subject: 'Erinnerung: Ihre Videosprechstunde am *|date|* um *|time|* Uhr',
    body: `Guten Tag *|client_name|*,

wir erinnern Sie an Ihre Videosprechstunde bei *|handler|* (*|organization|*).

Datum: *|date|*
Uhrzeit: *|time|* – *|end_time|* Uhr (*|duration|* Minuten)

*|personal_message|*

Nehmen Sie über Ihren persönlichen Link teil:
*|consult_deeplink|*

Sie können das Wartezimmer ab *|appointment_welcome_from|* Uhr betreten. Prüfen Sie vorher Kamera und Mikrofon und suchen Sie sich einen ruhigen Ort.

Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte so früh wie möglich Bescheid.

${signature('de')}`,
  },
  change: {
    subject: 'Geändert: Ihre Videosprechstunde ist jetzt am *|date|* um *|time|* Uhr',
    body: `Guten Tag *|client_name|*,

Ihre Videosprechstunde bei *|handler|* (*|organization|*) wurde geändert. Der neue Termin:

Datum: *|date|*
Uhrzeit: *|time|* – *|end_time|* Uhr (*|duration|* Minuten)

Der bisherige Termin entfällt.

*|personal_message|*

Nehmen Sie über Ihren persönlichen Link teil:
*|consult_deeplink|*

Der Link funktioniert ab *|appointment_welcome_from|* Uhr, eine Stunde vor Beginn.

Falls Ihnen der neue Termin nicht passt, sagen Sie bitte so früh wie möglich Bescheid.

${signature('de')}`,
  },
  cancellation: {
    subject: 'Abgesagt: Ihre Videosprechstunde am *|date|* um *|time|* Uhr',
    body: `Guten Tag *|client_name|*,

Ihre Videosprechstunde bei *|handler|* (*|organization|*) am *|date|* um *|time|* Uhr wurde abgesagt. Der Link, den Sie für diesen Termin erhalten haben, funktioniert nicht mehr.

*|personal_message|*

Möchten Sie einen neuen Termin vereinbaren oder haben Sie eine Frage? Bitte nehmen Sie Kontakt mit uns auf.

${signature('de')}`,
  },
} satisfies Record<EmailKind, TemplateText>

const pl = {
  confirmation: {
    subject: 'Wideokonsultacja w dniu *|date|* o godz. *|time|*',
    body: `Dzień dobry *|client_name|*,

potwierdzamy termin wideokonsultacji: *|handler|*, *|organization|*.

Data: *|date|*
Godzina: *|time|* – *|end_time|* (*|duration|* min)

*|personal_message|*

Do konsultacji można dołączyć przez osobisty link:
*|consult_deeplink|*

Link działa od godz. *|appointment_welcome_from|*, czyli na godzinę przed rozpoczęciem. Prosimy dołączyć kilka minut wcześniej i zezwolić na użycie kamery i mikrofonu. Oczekiwanie odbywa się w poczekalni, aż *|handler_form_of_address|* rozpocznie rozmowę. Wystarczy komputer, tablet lub smartfon z aktualną przeglądarką; warto wybrać spokojne miejsce.

Ten link jest osobisty: prosimy nikomu go nie przekazywać.

W razie braku możliwości udziału prosimy o jak najszybszą informację.

${signature('pl')}`,
  },
  reminder: {
    subject: 'Przypomnienie: wideokonsultacja w dniu *|date|* o godz. *|time|*',
    body: `Dzień dobry *|client_name|*,

przypominamy o wideokonsultacji: *|handler|*, *|organization|*.

Data: *|date|*
Godzina: *|time|* – *|end_time|* (*|duration|* min)

*|personal_message|*

Dołączenie przez osobisty link:
*|consult_deeplink|*

Wejście do poczekalni jest możliwe od godz. *|appointment_welcome_from|*. Prosimy wcześniej sprawdzić kamerę i mikrofon oraz wybrać spokojne miejsce.

W razie braku możliwości udziału prosimy o jak najszybszą informację.

${signature('pl')}`,
  },
  change: {
    subject: 'Zmiana: wideokonsultacja odbędzie się w dniu *|date|* o godz. *|time|*',
    body: `Dzień dobry *|client_name|*,

termin wideokonsultacji (*|handler|*, *|organization|*) został zmieniony. Nowy termin:

Data: *|date|*
Godzina: *|time|* – *|end_time|* (*|duration|* min)

Poprzedni termin jest nieaktualny.

*|personal_message|*

Dołączenie przez osobisty link:
*|consult_deeplink|*

Link działa od godz. *|appointment_welcome_from|*, czyli na godzinę przed rozpoczęciem.

Jeśli nowy termin nie odpowiada, prosimy o jak najszybszą informację.

${signature('pl')}`,
  },
  cancellation: {
    subject: 'Odwołana: wideokonsultacja w dniu *|date|* o godz. *|time|*',
    body: `Dzień dobry *|client_name|*,

wideokonsultacja (*|handler|*, *|organization|*) w dniu *|date|* o godz. *|time|* została odwołana. Otrzymany link do tej wizyty już nie działa.

*|personal_message|*

W sprawie nowego terminu lub w razie pytań prosimy o kontakt.

${signature('pl')}`,
  },
} satisfies Record<EmailKind, TemplateText>

export const DEFAULT_EMAIL_TEMPLATES: Record<Locale, Record<EmailKind, TemplateText>> = { en, nl, de, pl }

/** The built-in subject and body of one e-mail in one language */
export function defaultTemplate(kind: EmailKind, locale: Locale): TemplateText {
  return DEFAULT_EMAIL_TEMPLATES[locale][kind]
}

/**
 * The word for a practitioner when the organization has not set its own
 * (organization settings: "How practitioners are addressed"; Polish has no
 * setting of its own).
 */
export const STANDARD_FORM_OF_ADDRESS: Record<Locale, string> = {
  en: 'practitioner',
  nl: 'behandelaar',
  de: 'Behandler',
  pl: 'specjalista',
}

/** Button labels for a line that is only a link (the HTML version) */
export const LINK_BUTTON_LABELS: Record<Locale, { consult: string; portal: string; fallback: string }> = {
  en: {
    consult: 'Join the video consultation',
    portal: 'Open the patient portal',
    fallback: 'If the button does not work, copy this link into your browser:',
  },
  nl: {
    consult: 'Naar het videoconsult',
    portal: 'Naar het patiëntenportaal',
    fallback: 'Werkt de knop niet? Kopieer dan deze link naar uw browser:',
  },
  de: {
    consult: 'Zur Videosprechstunde',
    portal: 'Zum Patientenportal',
    fallback: 'Falls die Schaltfläche nicht funktioniert, kopieren Sie diesen Link in Ihren Browser:',
  },
  pl: {
    consult: 'Dołącz do wideokonsultacji',
    portal: 'Otwórz portal pacjenta',
    fallback: 'Jeśli przycisk nie działa, należy skopiować ten link do przeglądarki:',
  },
}

/** Title and description of the calendar invitation (.ics), with the same codes */
export const CALENDAR_TEXTS: Record<Locale, { summary: string; description: string; cancelled: string }> = {
  en: {
    summary: 'Video consultation with *|handler|* (*|organization|*)',
    description:
      'Video consultation with *|handler|* of *|organization|*.\n\nJoin through your personal link (it works from *|appointment_welcome_from|*):\n*|consult_deeplink|*\n\n*|organization|*\n*|organization_phone|*\n*|organization_email|*',
    cancelled:
      'This video consultation with *|handler|* of *|organization|* has been cancelled.\n\n*|organization|*\n*|organization_phone|*\n*|organization_email|*',
  },
  nl: {
    summary: 'Videoconsult met *|handler|* (*|organization|*)',
    description:
      'Videoconsult met *|handler|* van *|organization|*.\n\nNeem deel via uw persoonlijke link (werkt vanaf *|appointment_welcome_from|*):\n*|consult_deeplink|*\n\n*|organization|*\n*|organization_phone|*\n*|organization_email|*',
    cancelled:
      'Dit videoconsult met *|handler|* van *|organization|* is geannuleerd.\n\n*|organization|*\n*|organization_phone|*\n*|organization_email|*',
  },
  de: {
    summary: 'Videosprechstunde bei *|handler|* (*|organization|*)',
    description:
      'Videosprechstunde bei *|handler|* (*|organization|*).\n\nNehmen Sie über Ihren persönlichen Link teil (funktioniert ab *|appointment_welcome_from|* Uhr):\n*|consult_deeplink|*\n\n*|organization|*\n*|organization_phone|*\n*|organization_email|*',
    cancelled:
      'Diese Videosprechstunde bei *|handler|* (*|organization|*) wurde abgesagt.\n\n*|organization|*\n*|organization_phone|*\n*|organization_email|*',
  },
  pl: {
    summary: 'Wideokonsultacja: *|handler|* (*|organization|*)',
    description:
      'Wideokonsultacja: *|handler|*, *|organization|*.\n\nDołączenie przez osobisty link (działa od godz. *|appointment_welcome_from|*):\n*|consult_deeplink|*\n\n*|organization|*\n*|organization_phone|*\n*|organization_email|*',
    cancelled:
      'Wideokonsultacja (*|handler|*, *|organization|*) została odwołana.\n\n*|organization|*\n*|organization_phone|*\n*|organization_email|*',
  },
}
