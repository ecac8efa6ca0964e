import type Organization from '#models/organization'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** What every page of an organization knows about it (name, logo) */
export default class OrganizationTransformer extends BaseTransformer<Organization> {
  toObject() {
    const organization = this.resource
    return {
      ...this.pick(organization, ['slug', 'name', 'timezone']),
      logoUrl: organization.logoPath ? `/logo?v=${encodeURIComponent(organization.logoPath)}` : null,
      contactPhone: organization.contactPhone ?? null,
      contactEmail: organization.contactEmail ?? null,
    }
  }

  /** The organization settings form */
  forSettings() {
    const organization = this.resource
    return {
      ...this.toObject(),
      address: organization.address ?? null,
      website: organization.website ?? null,
      addressFormNl: organization.addressFormNl ?? null,
      addressFormEn: organization.addressFormEn ?? null,
      addressFormDe: organization.addressFormDe ?? null,
      defaultLocale: organization.defaultLocale,
      maxUsers: organization.maxUsers,
      apiKeyPrefix: organization.apiKeyPrefix ?? null,
      apiKeyCreatedAt: organization.apiKeyCreatedAt?.toISO() ?? null,
    }
  }
}
