import type Organization from '#models/organization'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** One row of the support staff's organizations overview (see PlatformOverview) */
export default class OrganizationSummaryTransformer extends BaseTransformer<Organization> {
  toObject() {
    const organization = this.resource
    return {
      ...this.pick(organization, ['slug', 'name', 'maxUsers']),
      employees: Number(organization.$extras.employees ?? 0),
      allowsRemoteSupport: organization.advancedSettings.allow_remote_support === true,
      createdAt: organization.createdAt.toISODate()!,
    }
  }
}
