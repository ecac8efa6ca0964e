import type { HttpContext } from '@adonisjs/core/http'
import { roomMemberOf } from '#modules/consultation/routes/room_routes'
import { CameraState } from '#modules/consultation/services/camera_state'
import { cameraStateValidator } from '#modules/consultation/validators/camera_state'

/** Anyone in the room says whether their own camera is off (the others show their photo or initials then) */
export default class CameraStateController {
  async update(ctx: HttpContext) {
    const { off } = await ctx.request.validateUsing(cameraStateValidator)
    await CameraState.set(roomMemberOf(ctx), off)
    return ctx.response.noContent()
  }
}
