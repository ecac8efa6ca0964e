import type { HttpContext } from '@adonisjs/core/http'

/** The "Support" block: how to get help, and the organization's own contacts */
export default class SupportController {
  async show({ inertia }: HttpContext) {
    return inertia.render('support', {})
  }
}
