/*
| Who may listen to which real-time channel. Channels are named after the
| organization they belong to (organizations/<slug>/...), and nobody can join
| another organization's. The transmit routes are open to visitors (patients
| have no login), so:
|  - transmit treats a channel without a rule as public: every channel the
|    product publishes must match one of the rules below, and
|    TransmitChannelGuardMiddleware refuses to subscribe to any other name;
|  - employee channels check the login, patient channels check a grant the
|    patient's session received from a room or waiting-room request
|    (RoomGrants, modules/consultation/services/room_access.ts).
*/
import transmit from '@adonisjs/transmit/services/main'
import type { HttpContext } from '@adonisjs/core/http'
import { RoomGrants } from '#modules/consultation/services/room_access'

const sameOrganization = (ctx: HttpContext, slug: string) => ctx.organization?.slug === slug

/* Everything for the staff of one organization (e.g. waiting-room updates) */
transmit.authorize<{ slug: string }>('organizations/:slug/staff', (ctx, { slug }) =>
  sameOrganization(ctx, slug) && Boolean(ctx.auth.user)
)

/* One employee's own notifications */
transmit.authorize<{ slug: string; id: string }>('organizations/:slug/users/:id', (ctx, { slug, id }) => {
  return sameOrganization(ctx, slug) && ctx.auth.user?.id === Number(id)
})

/*
 * A waiting room of the organization (patients, who are not logged in). Only
 * this pattern may be public: its messages are content-free pings
 * (`{ type: 'changed' }`, see modules/agenda/services/waiting_room_content.ts)
 * that reveal nothing but "something changed"; the waiting room then fetches
 * the content from GET /visit/:token/content, which needs the access link's
 * token. Nothing that names a person, a time or a message may ever be sent
 * here. The scope is a department id or `all`; the organization must still
 * be the subdomain's.
*/
transmit.authorize<{ slug: string; scope: string }>('organizations/:slug/waiting-room/:scope', (ctx, { slug, scope }) => {
  return sameOrganization(ctx, slug) && /^(all|[0-9]{1,10})$/.test(scope)
})

/*
 * One consultation room (its media session id, random): the people in it
 * (staff holding the appointment, invitees brought in). Content-free pings;
 * the room then fetches what changed through its access-checked routes.
 */
transmit.authorize<{ slug: string; session: string }>('organizations/:slug/consultations/:session', (ctx, { slug, session }) => {
  return sameOrganization(ctx, slug) && RoomGrants.has(ctx.session, `organizations/${slug}/consultations/${session}`)
})

/* One waiting invitee's page ("you are let in", "a message"): granted at check-in */
transmit.authorize<{ slug: string; id: string }>('organizations/:slug/invitees/:id', (ctx, { slug, id }) => {
  return sameOrganization(ctx, slug) && RoomGrants.has(ctx.session, `organizations/${slug}/invitees/${id}`)
})
