import { WaitingRoomTextSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { withTenantScope } from '#core/tenancy/tenant_scoped'

/** The organization's own waiting-room text for a situation, per language, with codes */
export default class WaitingRoomText extends compose(WaitingRoomTextSchema, withTenantScope) {}
