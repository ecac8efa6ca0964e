import type { HttpContext } from '@adonisjs/core/http'
import { buildOpenApiDocument } from '#modules/agenda/services/api/openapi'

/** The OpenAPI 3.1 document of REST API v1 (public: it holds no data of the organization but its name) */
export default class ApiDocumentController {
  async show(ctx: HttpContext) {
    ctx.response.header('Cache-Control', 'public, max-age=300')
    return buildOpenApiDocument(ctx.organization!)
  }
}
