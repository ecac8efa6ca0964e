import { BaseSchema } from '@adonisjs/lucid/schema'

/*
 * Clients (patients) and external participants (family, home care...). Both
 * carry the same identifying fields; external participants belong to groups.
 * `search_key` is a lower-cased copy of the searchable fields, kept by the
 * models, so search behaves the same on SQLite and PostgreSQL.
 */
export default class extends BaseSchema {
  async up() {
    const person = (table: any) => {
      table.increments('id')
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.string('initials', 20).notNullable()
      table.string('last_name', 120).notNullable()
      /* ISO date (YYYY-MM-DD): used to verify the person, never a time */
      table.string('date_of_birth', 10).notNullable()
      table.string('email', 254).notNullable()
      table.string('client_number', 64).nullable()
      table.string('phone', 40).nullable()
      table.string('locale', 5).nullable()
      table.string('search_key', 600).notNullable().defaultTo('')
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
      table.index(['organization_id', 'search_key'])
    }

    this.schema.createTable('clients', (table) => {
      person(table)
      /* the department the client belongs to, for strictly segregated departments */
      table
        .integer('department_id')
        .unsigned()
        .nullable()
        .references('id')
        .inTable('departments')
        .onDelete('SET NULL')
      table.index(['organization_id', 'client_number'])
    })

    /* handlers assigned to a client (strict client segregation) */
    this.schema.createTable('client_user', (table) => {
      table.increments('id')
      table.integer('client_id').unsigned().notNullable().references('id').inTable('clients').onDelete('CASCADE')
      table.integer('user_id').unsigned().notNullable().references('id').inTable('users').onDelete('CASCADE')
      table.unique(['client_id', 'user_id'])
      table.index(['user_id'])
    })

    this.schema.createTable('external_participants', (table) => {
      person(table)
    })

    this.schema.createTable('external_participant_group', (table) => {
      table.increments('id')
      table
        .integer('external_participant_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('external_participants')
        .onDelete('CASCADE')
      table.integer('group_id').unsigned().notNullable().references('id').inTable('groups').onDelete('CASCADE')
      table.unique(['external_participant_id', 'group_id'])
      table.index(['group_id'])
    })
  }

  async down() {
    this.schema.dropTable('external_participant_group')
    this.schema.dropTable('external_participants')
    this.schema.dropTable('client_user')
    this.schema.dropTable('clients')
  }
}
