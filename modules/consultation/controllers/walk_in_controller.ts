import type { HttpContext } from '@adonisjs/core/http'
import WalkInService from '#modules/consultation/services/walk_in_service'
import { walkInValidator } from '#modules/consultation/validators/waiting_room_features'

/** "I am available for walk-in visitors now" (PRODUCT 4.4): each employee's own switch, seen by colleagues */
export default class WalkInController {
  async show(ctx: HttpContext) {
    ctx.response.header('Cache-Control', 'no-store')
    return new WalkInService(ctx.organization!).status(ctx.auth.getUserOrFail())
  }

  async update(ctx: HttpContext) {
    const { available } = await ctx.request.validateUsing(walkInValidator)
    ctx.response.header('Cache-Control', 'no-store')
    return new WalkInService(ctx.organization!).set(ctx.auth.getUserOrFail(), available)
  }
}
