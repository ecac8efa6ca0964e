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
