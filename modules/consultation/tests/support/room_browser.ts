import testUtils from '@adonisjs/core/services/test_utils'
import type mail from '@adonisjs/mail/services/main'
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core'
import tenancy from '#core/tenancy/tenancy'
import type Organization from '#models/organization'
import type User from '#models/user'
import type Appointment from '#modules/agenda/models/appointment'
import ExternalParticipant from '#modules/agenda/models/external_participant'
import AgendaScope from '#modules/agenda/services/agenda_scope'
import AppointmentService from '#modules/agenda/services/appointment_service'
import { AccessLinks } from '#modules/agenda/services/access_link'

/* Helpers of the room's browser tests */

/**
 * A page in a fresh browser profile (own cookies), its context added to
 * `contexts` for the spec's teardown. Vite's client socket is refused (other
 * test runs editing files must not reload these pages mid-call); the media
 * signalling socket goes through.
 */
export async function openFreshPage(browser: Browser, contexts: BrowserContext[], options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options)
  contexts.push(context)
  const page = await context.newPage()
  await page.routeWebSocket((url) => !url.pathname.startsWith('/media/signal'), (ws) => ws.close())
  return page
}

/** An appointment that starts now, planned through the agenda's own service (its e-mails go out as in real use) */
export async function consultationNow(
  organization: Organization,
  handler: User,
  invitees: { clientIds?: number[]; externalParticipantIds?: number[] }
) {
  const ctx = await testUtils.createHttpContext()
  return tenancy.run(organization, async () => {
    const scope = await AgendaScope.of(handler, organization)
    return new AppointmentService(ctx, organization, scope).startQuick({ handlerId: handler.id, durationMinutes: 30, ...invitees })
  })
}

/** The access link in the one e-mail sent to `address` */
export function linkIn(messages: ReturnType<typeof mail.fake>['messages'], address: string): string {
  const sent = messages.sent((message) => JSON.stringify(message.nodeMailerMessage.to).includes(address))
  if (sent.length !== 1) throw new Error(`expected one e-mail to ${address}, found ${sent.length}`)
  return String(sent[0].nodeMailerMessage.text).match(/https?:\/\/\S+\/visit\/[A-Za-z0-9_-]+/)![0]
}

/** An interpreter (external participant) added to the appointment by its handler; their access link token */
export async function addInterpreter(organization: Organization, handler: User, appointment: Appointment) {
  const ctx = await testUtils.createHttpContext()
  const [added] = await tenancy.run(organization, async () => {
    const interpreter = await ExternalParticipant.create({
      initials: 'T.',
      lastName: 'Tolk',
      dateOfBirth: '',
      email: 'interpreter@example.test',
      clientNumber: null,
      phone: null,
      locale: null,
    })
    return new AppointmentService(ctx, organization, await AgendaScope.of(handler, organization)).addInvitees(appointment, {
      externalParticipantIds: [interpreter.id],
    })
  })
  return { participant: added.participant, token: AccessLinks.tokenOf(added.participant)! }
}
