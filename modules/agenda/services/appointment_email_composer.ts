import edge from 'edge.js'
import i18nManager from '@adonisjs/i18n/services/main'
import type Organization from '#models/organization'
import type Appointment from '#modules/agenda/models/appointment'
import type AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import type { ComposedAppointmentEmail } from '#modules/agenda/jobs/send_appointment_email'
import { AccessLinks } from '#modules/agenda/services/access_link'
import { recipientLocale, TemplateRenderer, usesCode, type RenderContext } from '#modules/agenda/services/template_renderer'
import { ICalendar } from '#modules/agenda/services/icalendar'
import EmailSetService from '#modules/agenda/services/email_set_service'
import type { EmailKind } from '#modules/agenda/types'

export type AppointmentEmailInput = {
  organization: Organization
  /** with handler and department loaded */
  appointment: Appointment
  /** with client / external participant loaded */
  participant: AppointmentParticipant
  kind: EmailKind
  /** Templates already looked up in this round (a batch of reminders shares them) */
  templates?: Map<string, Awaited<ReturnType<typeof EmailSetService.templateFor>>>
}

/**
 * One invitee's e-mail for an appointment event: subject and body from the
 * organization's e-mail set (per department and language) with the codes
 * filled in, the HTML layout around it, and the iCalendar invitation or
 * cancellation. Returns null when there is nobody to write to (an
 * anonymized invitee) or no link to give.
 */
export async function composeAppointmentEmail(input: AppointmentEmailInput): Promise<ComposedAppointmentEmail | null> {
  const { organization, appointment, participant, kind, templates } = input
  const person = participant.person
  if (!person) return null
  const token = AccessLinks.tokenOf(participant)
  const accessLink = kind === 'cancellation' ? null : token ? AccessLinks.url(organization.slug, token) : null
  if (kind !== 'cancellation' && !accessLink) return null

  const context: RenderContext = {
    organization,
    appointment,
    recipient: {
      name: person.displayName,
      initials: person.initials,
      lastName: person.lastName,
      email: person.email,
      locale: person.locale,
    },
    accessLink,
  }
  const wanted = recipientLocale(person.locale, organization.defaultLocale)
  const templateKey = `${organization.id}|${appointment.departmentId}|${kind}|${wanted}`
  let template = templates?.get(templateKey)
  if (!template) {
    template = await EmailSetService.templateFor(organization, appointment.departmentId, kind, wanted)
    templates?.set(templateKey, template)
  }
  /* the dates speak the language the text is in */
  const renderer = new TemplateRenderer({ ...context, locale: template.locale })
  const rendered = renderer.render(template)
  const i18n = i18nManager.locale(renderer.locale)
  /* a template that already shows the link in its text gets no extra button */
  const button = accessLink && !usesCode(template.body, 'consult_deeplink') ? accessLink : null
  const html = await edge.render('emails/appointment', {
    lang: renderer.locale,
    subject: rendered.subject,
    organization: organization.name,
    body: rendered.html,
    link: button,
    action: i18n.t('agenda_emails.open_waiting_room'),
    fallback: i18n.t('agenda_emails.link_fallback'),
  })
  const text = button ? `${rendered.text}\n\n${i18n.t('agenda_emails.open_waiting_room')}: ${button}\n` : rendered.text
  const invite = ICalendar.forAppointment({ ...context, locale: template.locale, appointment, kind })

  return {
    to: { address: person.email, name: person.displayName },
    replyTo: organization.contactEmail ? { address: organization.contactEmail, name: organization.name } : null,
    subject: rendered.subject,
    html,
    text,
    icalendar: { content: invite.content, method: invite.method },
  }
}
