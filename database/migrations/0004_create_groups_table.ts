import { BaseSchema } from '@adonisjs/lucid/schema'

/* Groups of external participants, e.g. "Family" or "Home care" */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('groups', (table) => {
      table.increments('id')
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.string('name', 120).notNullable()
      /* lower-cased name, kept by the model: names are unique regardless of case, in any alphabet */
      table.string('name_key', 120).notNullable()
      table.string('description', 500).nullable()
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
      table.unique(['organization_id', 'name_key'])
    })
  }

  async down() {
    this.schema.dropTable('groups')
  }
}
