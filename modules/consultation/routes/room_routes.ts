import router from '@adonisjs/core/services/router'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { organizationGuestRoutes, organizationRoutes } from '#start/route_groups'
import { RoomAccess, RoomAccessError, RoomGrants, type RoomAccessOptions, type RoomMember } from '#modules/consultation/services/room_access'

declare module '@adonisjs/core/http' {
  export interface HttpContext {
    /** Set on room routes (roomRoutes): who is asking, in which consultation */
    roomMember?: RoomMember
  }
}

/**
 * Registers the callback's routes for both sides of the room: under
 * /appointments/:id/room for the employee who holds the appointment and under
 * /visit/:token/room for an invitee brought in with their access link. The
 * member is resolved before the controller runs (ctx.roomMember); anyone else
 * gets 404 (unknown, another organization's), 403 (not theirs, not let in yet)
 * or 410 (link closed, consultation over), as JSON.
 */
export function roomRoutes(callback: () => void, options: RoomAccessOptions = {}) {
  organizationRoutes(() => {
    router
      .group(callback)
      .prefix('/appointments/:id/room')
      .where('id', router.matchers.number())
      .as('room.staff')
      .use((ctx, next) =>
        resolve(ctx, next, () => RoomAccess.staff(ctx.auth.getUserOrFail(), ctx.organization!, Number(ctx.params.id), options))
      )
  })
  organizationGuestRoutes(() => {
    router
      .group(callback)
      .prefix('/visit/:token/room')
      .as('room.visit')
      .use((ctx, next) => resolve(ctx, next, () => RoomAccess.invitee(ctx.organization!, String(ctx.params.token), options)))
  })
}

async function resolve(ctx: HttpContext, next: NextFn, find: () => Promise<RoomMember>) {
  ctx.response.header('Cache-Control', 'no-store')
  try {
    ctx.roomMember = await find()
  } catch (error) {
    if (error instanceof RoomAccessError) return ctx.response.status(error.status).send({ error: error.reason })
    throw error
  }
  /* the page may now listen to the room's real-time channel */
  RoomGrants.grantRoom(ctx.session, ctx.roomMember)
  return next()
}

/** The member of a room route (set by roomRoutes' middleware) */
export function roomMemberOf(ctx: HttpContext): RoomMember {
  if (!ctx.roomMember) throw new Error('roomMemberOf() used outside roomRoutes()')
  return ctx.roomMember
}
