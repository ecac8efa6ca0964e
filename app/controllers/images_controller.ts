import type { HttpContext } from '@adonisjs/core/http'
import drive from '@adonisjs/drive/services/main'
import User from '#models/user'
import { idParamsValidator } from '#validators/common'

/**
 * Serves stored images through the tenant scope: a photo or logo of another
 * organization is simply not found.
 */
export default class ImagesController {
  async avatar({ request, response }: HttpContext) {
    const { params } = await request.validateUsing(idParamsValidator)
    const user = await User.findOrFail(params.id)
    if (!user.avatarPath) return response.notFound()
    return this.sendPng(response, user.avatarPath)
  }

  /** Public on the subdomain: the login page shows the organization's logo */
  async logo({ organization, response }: HttpContext) {
    if (!organization?.logoPath) return response.notFound()
    return this.sendPng(response, organization.logoPath)
  }

  private async sendPng(response: HttpContext['response'], key: string) {
    const bytes = await drive.use().getBytes(key)
    response.header('Content-Type', 'image/png')
    response.header('Cache-Control', 'private, max-age=86400')
    response.header('X-Content-Type-Options', 'nosniff')
    return response.send(Buffer.from(bytes))
  }
}
