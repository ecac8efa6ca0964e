import { BaseSchema } from '@adonisjs/lucid/schema'

/*
 * Background images an organization's admin offers for the consultation
 * room's background replacement (PRODUCT 4.4). The picture is re-encoded on
 * upload and stored in the app's storage under a random key.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('consultation_backgrounds', (table) => {
      table.increments('id')
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.string('storage_key', 120).notNullable().unique()
      table.integer('width').unsigned().notNullable()
      table.integer('height').unsigned().notNullable()
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
      table.index(['organization_id'])
    })
  }

  async down() {
    this.schema.dropTable('consultation_backgrounds')
  }
}
