import { BaseSchema } from '@adonisjs/lucid/schema'

/* Which feature modules an organization has switched on (absent row: the manifest's default) */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('organization_modules', (table) => {
      table.increments('id')
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.string('module_key', 40).notNullable()
      table.boolean('enabled').notNullable()
      table.text('settings').notNullable().defaultTo('{}')
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
      table.unique(['organization_id', 'module_key'])
    })
  }

  async down() {
    this.schema.dropTable('organization_modules')
  }
}
