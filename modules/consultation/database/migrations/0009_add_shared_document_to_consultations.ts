import { BaseSchema } from '@adonisjs/lucid/schema'

/*
 * The room's shared-document link (PRODUCT.md 4.4): an https address the
 * practitioner sets for the running consultation (e.g. a document to sketch
 * in together), which everyone in the room sees. Cleared when the
 * consultation ends.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('consultations', (table) => {
      table.string('shared_document_url', 2000).nullable()
    })
  }

  async down() {
    this.schema.alterTable('consultations', (table) => {
      table.dropColumn('shared_document_url')
    })
  }
}
