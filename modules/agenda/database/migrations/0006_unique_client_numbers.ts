import { BaseSchema } from '@adonisjs/lucid/schema'

/*
 * A client number identifies one person in the organization's own EHR/CRM.
 * The services check before saving; these indexes settle two saves racing
 * for the same number. Partial: people without a number do not clash.
 */
export default class extends BaseSchema {
  async up() {
    for (const table of ['clients', 'external_participants']) {
      this.schema.raw(
        `CREATE UNIQUE INDEX ${table}_organization_client_number_unique ON ${table} (organization_id, client_number) WHERE client_number IS NOT NULL`
      )
    }
  }

  async down() {
    for (const table of ['clients', 'external_participants']) {
      this.schema.raw(`DROP INDEX ${table}_organization_client_number_unique`)
    }
  }
}
