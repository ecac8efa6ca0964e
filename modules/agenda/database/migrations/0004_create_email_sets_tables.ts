import { BaseSchema } from '@adonisjs/lucid/schema'

/*
 * E-mail sets: the subject and body of each appointment e-mail, per language,
 * with *|code|* placeholders. A set applies to the departments it is assigned
 * to; the organization's default set applies everywhere else.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('email_sets', (table) => {
      table.increments('id')
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.string('name', 120).notNullable()
      table.string('name_key', 120).notNullable()
      table.boolean('is_default').notNullable().defaultTo(false)
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
      table.unique(['organization_id', 'name_key'])
    })

    this.schema.createTable('email_set_department', (table) => {
      table.increments('id')
      table.integer('email_set_id').unsigned().notNullable().references('id').inTable('email_sets').onDelete('CASCADE')
      table
        .integer('department_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('departments')
        .onDelete('CASCADE')
      /* a department follows one set */
      table.unique(['department_id'])
    })

    this.schema.createTable('email_templates', (table) => {
      table.increments('id')
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.integer('email_set_id').unsigned().notNullable().references('id').inTable('email_sets').onDelete('CASCADE')
      /* 'confirmation' | 'reminder' | 'change' | 'cancellation' */
      table.string('kind', 20).notNullable()
      table.string('locale', 5).notNullable()
      table.string('subject', 250).notNullable()
      table.text('body').notNullable()
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
      table.unique(['email_set_id', 'kind', 'locale'])
    })
  }

  async down() {
    this.schema.dropTable('email_templates')
    this.schema.dropTable('email_set_department')
    this.schema.dropTable('email_sets')
  }
}
