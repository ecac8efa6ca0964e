import { ConsultationParticipantSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { withTenantScope } from '#core/tenancy/tenant_scoped'

/** Someone who was in a consultation: an employee, the client or an external participant */
export default class ConsultationParticipant extends compose(ConsultationParticipantSchema, withTenantScope) {}
