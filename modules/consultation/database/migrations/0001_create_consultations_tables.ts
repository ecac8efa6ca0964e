import { BaseSchema } from '@adonisjs/lucid/schema'

/*
 * A consultation is one video session of an appointment (or a walk-in): when
 * it started and ended, who took part. No media is ever recorded; these rows
 * feed the usage reports.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('consultations', (table) => {
      table.increments('id')
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table
        .integer('appointment_id')
        .unsigned()
        .nullable()
        .references('id')
        .inTable('appointments')
        .onDelete('SET NULL')
      table.integer('handler_id').unsigned().nullable().references('id').inTable('users').onDelete('SET NULL')
      /* 'open' (people wait or talk) | 'ended' */
      table.string('status', 20).notNullable().defaultTo('open')
      /* the media server's session id: random, never derived from ids */
      table.string('media_session', 64).notNullable().unique()
      /* which SFU node serves it ('embedded' or a configured node URL's name) */
      table.string('media_node', 100).notNullable().defaultTo('embedded')
      table.timestamp('started_at').nullable()
      table.timestamp('ended_at').nullable()
      table.integer('duration_seconds').nullable()
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
      table.index(['organization_id', 'started_at'])
      table.index(['appointment_id'])
    })

    this.schema.createTable('consultation_participants', (table) => {
      table.increments('id')
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table
        .integer('consultation_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('consultations')
        .onDelete('CASCADE')
      /* 'staff' | 'client' | 'external' */
      table.string('role', 20).notNullable()
      table.integer('user_id').unsigned().nullable().references('id').inTable('users').onDelete('SET NULL')
      table
        .integer('appointment_participant_id')
        .unsigned()
        .nullable()
        .references('id')
        .inTable('appointment_participants')
        .onDelete('SET NULL')
      table.timestamp('joined_at').nullable()
      table.timestamp('left_at').nullable()
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
      table.index(['consultation_id'])
    })
  }

  async down() {
    this.schema.dropTable('consultation_participants')
    this.schema.dropTable('consultations')
  }
}
