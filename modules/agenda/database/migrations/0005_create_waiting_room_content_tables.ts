import { BaseSchema } from '@adonisjs/lucid/schema'

/* What the waiting room shows: live service announcements and the info texts */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('service_announcements', (table) => {
      table.increments('id')
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      /* null: every department */
      table
        .integer('department_id')
        .unsigned()
        .nullable()
        .references('id')
        .inTable('departments')
        .onDelete('CASCADE')
      table.string('message', 500).notNullable()
      table.timestamp('expires_at').notNullable()
      table.integer('created_by_id').unsigned().nullable().references('id').inTable('users').onDelete('SET NULL')
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
      table.index(['organization_id', 'expires_at'])
    })

    this.schema.createTable('waiting_room_texts', (table) => {
      table.increments('id')
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      /* 'early' (before the appointment) | 'on_time' | 'late' (the practitioner is running late) */
      table.string('kind', 20).notNullable()
      table.string('locale', 5).notNullable()
      table.text('body').notNullable()
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
      table.unique(['organization_id', 'kind', 'locale'])
    })
  }

  async down() {
    this.schema.dropTable('waiting_room_texts')
    this.schema.dropTable('service_announcements')
  }
}
