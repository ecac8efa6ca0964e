/*
| Who may listen to which real-time channel. Channels are named after the
| organization they belong to (organizations/<slug>/...), and nobody can join
| another organization's. Transmit treats a channel without a rule as public
| to anyone who may reach the routes (logged-in employees), so every channel
| the product publishes must match one of these patterns.
*/
import transmit from '@adonisjs/transmit/services/main'
import type { HttpContext } from '@adonisjs/core/http'

const sameOrganization = (ctx: HttpContext, slug: string) => ctx.organization?.slug === slug

/* Everything for the staff of one organization (e.g. waiting-room updates) */
transmit.authorize<{ slug: string }>('organizations/:slug/staff', (ctx, { slug }) =>
  sameOrganization(ctx, slug)
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
 * NOTE: the transmit routes (start/routes.ts) still require a login, so
 * visitors cannot reach this rule yet. Opening them to visitors must keep
 * visitors to this pattern only (e.g. a middleware on /__transmit/subscribe),
 * since a channel without a rule is public to whoever reaches the routes.
 */
transmit.authorize<{ slug: string; scope: string }>('organizations/:slug/waiting-room/:scope', (ctx, { slug, scope }) => {
  return sameOrganization(ctx, slug) && /^(all|[0-9]{1,10})$/.test(scope)
})
