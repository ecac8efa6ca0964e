import { ConsultationBackgroundSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { withTenantScope } from '#core/tenancy/tenant_scoped'

/** A background image the organization offers for the consultation room (re-encoded JPEG in storage) */
export default class ConsultationBackground extends compose(ConsultationBackgroundSchema, withTenantScope) {
  /** where the room and the settings page load it (tenant-scoped, logged-in employees) */
  get url() {
    return `/organization/backgrounds/${this.id}/image`
  }
}
