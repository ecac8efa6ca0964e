import type { HttpContext } from '@adonisjs/core/http'
import drive from '@adonisjs/drive/services/main'
import { roomMemberOf } from '#modules/consultation/routes/room_routes'
import { RoomPhotos } from '#modules/consultation/services/room_photos'
import { roomPhotoParamsValidator } from '#modules/consultation/validators/room_photos'

/** The profile photo of an employee in the asker's consultation (a tile whose camera is off shows it) */
export default class RoomPhotosController {
  async show(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(roomPhotoParamsValidator)
    const key = await RoomPhotos.keyOf(roomMemberOf(ctx), params.uid)
    if (!key) return ctx.response.status(404).send({ error: 'not_found' })
    const bytes = await drive
      .use()
      .getBytes(key)
      .catch(() => null)
    if (!bytes) return ctx.response.status(404).send({ error: 'not_found' })
    ctx.response.header('Content-Type', 'image/png')
    /* the address carries the photo's version; only this browser keeps it */
    ctx.response.header('Cache-Control', 'private, max-age=3600')
    ctx.response.header('X-Content-Type-Options', 'nosniff')
    return ctx.response.send(Buffer.from(bytes))
  }
}
