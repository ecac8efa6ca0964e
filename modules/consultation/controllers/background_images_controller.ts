import type { HttpContext } from '@adonisjs/core/http'
import drive from '@adonisjs/drive/services/main'
import { idParamsValidator } from '#validators/common'
import { backgroundImageValidator } from '#modules/consultation/validators/background_image'
import ConsultationBackground from '#modules/consultation/models/consultation_background'
import BackgroundImages, { MAX_BACKGROUNDS } from '#modules/consultation/services/background_images'

const present = (background: ConsultationBackground) => ({
  id: background.id,
  url: background.url,
  width: background.width,
  height: background.height,
})

/**
 * The organization's background images for the consultation room: every
 * employee lists and loads them (the room's background picker), org admins
 * add and remove them (organization settings). Another organization's image
 * is not found (tenant scope).
 */
export default class BackgroundImagesController {
  /** `allowed`: the organization's "background effects" setting (the room offers none when it is off) */
  async index({ organization }: HttpContext) {
    const backgrounds = await BackgroundImages.list()
    return {
      images: backgrounds.map(present),
      allowed: organization!.advancedSettings.allow_background_effects === true,
      max: MAX_BACKGROUNDS,
    }
  }

  async image({ request, response }: HttpContext) {
    const { params } = await request.validateUsing(idParamsValidator)
    const background = await ConsultationBackground.findOrFail(params.id)
    const bytes = await drive.use().getBytes(background.storageKey)
    response.header('Content-Type', 'image/jpeg')
    /* an id's picture never changes (a new upload is a new id) */
    response.header('Cache-Control', 'private, max-age=31536000, immutable')
    response.header('X-Content-Type-Options', 'nosniff')
    return response.send(Buffer.from(bytes))
  }

  async store(ctx: HttpContext) {
    const { image } = await ctx.request.validateUsing(backgroundImageValidator)
    const background = await new BackgroundImages(ctx, ctx.organization!).add(image)
    return ctx.response.created(present(background))
  }

  async destroy(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(idParamsValidator)
    const background = await ConsultationBackground.findOrFail(params.id)
    await new BackgroundImages(ctx, ctx.organization!).remove(background)
    return ctx.response.noContent()
  }
}
