import { EmailTemplateSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { withTenantScope } from '#core/tenancy/tenant_scoped'

/** Subject and body (with *|code|* placeholders) of one e-mail in one language */
export default class EmailTemplate extends compose(EmailTemplateSchema, withTenantScope) {}
