import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  async up() {
    this.schema.createTable('departments', (table) => {
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
      table.string('color', 7).notNullable().defaultTo('#228be6')
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
      table.unique(['organization_id', 'name_key'])
    })

    this.schema.createTable('department_user', (table) => {
      table.increments('id')
      table
        .integer('department_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('departments')
        .onDelete('CASCADE')
      table
        .integer('user_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('users')
        .onDelete('CASCADE')
      table.unique(['department_id', 'user_id'])
    })
  }

  async down() {
    this.schema.dropTable('department_user')
    this.schema.dropTable('departments')
  }
}
