import type { HttpContext } from '@adonisjs/core/http'
import { applyLocale, isSupportedLocale, localeFor } from '#core/i18n/locales'
import { accessState, AccessLinks } from '#modules/agenda/services/access_link'
import { toLocal } from '#modules/agenda/services/local_time'
import { allowFrameSource, waitingRoomFeatures } from '#modules/consultation/services/visit_waiting_room'

/**
 * Where the e-mailed link lands (no login): the waiting room while the link
 * is valid (device check, disclaimer, waiting, then the consultation room),
 * otherwise a friendly page that says why not and what to do. The page
 * speaks the invitee's language.
 */
export default class VisitController {
  async show(ctx: HttpContext) {
    const organization = ctx.organization!
    const participant = await AccessLinks.find(String(ctx.params.token))
    if (!participant) {
      ctx.response.status(404)
      return ctx.inertia.render('visit/link', { state: 'invalid' as const, appointment: null, contact: this.contact(ctx), waitingRoom: null })
    }
    await participant.load((loader) => loader.load('client').load('externalParticipant'))
    const appointment = participant.appointment
    await appointment.load('handler')
    const personLocale = participant.person?.locale
    applyLocale(ctx, isSupportedLocale(personLocale) ? personLocale : localeFor(ctx))

    const zone = organization.timezone
    const { state, window } = accessState(appointment)
    const start = toLocal(appointment.startsAt, zone)
    const opens = toLocal(window.opensAt, zone)
    if (state === 'too_early' || state === 'too_late' || state === 'cancelled') ctx.response.status(state === 'too_early' ? 200 : 410)
    /* the waiting room's disclaimer, explainer, own frame and chat (the consultation module's) */
    const waitingRoom = state === 'open' ? await waitingRoomFeatures(organization, participant) : null
    if (waitingRoom?.iframeUrl) allowFrameSource(ctx.response.response, waitingRoom.iframeUrl)
    return ctx.inertia.render('visit/link', {
      state,
      appointment: {
        date: start.toISODate()!,
        time: start.toFormat('HH:mm'),
        endTime: toLocal(appointment.endsAt, zone).toFormat('HH:mm'),
        opensDate: opens.toISODate()!,
        opensTime: opens.toFormat('HH:mm'),
        /* the opening instant, so the page can refresh itself when the time comes */
        opensAt: window.opensAt.toISO()!,
        handler: appointment.handler?.fullName ?? null,
        name: participant.person?.displayName ?? null,
      },
      contact: this.contact(ctx),
      waitingRoom,
    })
  }

  private contact(ctx: HttpContext) {
    const organization = ctx.organization!
    return {
      name: organization.name,
      phone: organization.contactPhone ?? null,
      email: organization.contactEmail ?? null,
      website: organization.website ?? null,
    }
  }
}
