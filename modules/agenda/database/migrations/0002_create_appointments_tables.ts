import { BaseSchema } from '@adonisjs/lucid/schema'

/*
 * Appointments are stored in UTC. Everyone invited (clients, external
 * participants, group members) is a participant with their own access token:
 * only its SHA-256 is searchable; the token itself is kept encrypted so later
 * e-mails (reminder, change) can repeat the same link.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('appointments', (table) => {
      table.increments('id')
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      /* iCalendar UID: stable across updates and cancellation */
      table.string('uid', 80).notNullable().unique()
      /* 'regular' | 'quick' */
      table.string('kind', 20).notNullable().defaultTo('regular')
      /* 'scheduled' | 'cancelled' */
      table.string('status', 20).notNullable().defaultTo('scheduled')
      table.integer('handler_id').unsigned().nullable().references('id').inTable('users').onDelete('SET NULL')
      table
        .integer('department_id')
        .unsigned()
        .nullable()
        .references('id')
        .inTable('departments')
        .onDelete('SET NULL')
      table.timestamp('starts_at').notNullable()
      table.timestamp('ends_at').notNullable()
      table.integer('duration_minutes').notNullable()
      /* encrypted: may hold health information */
      table.text('personal_message').nullable()
      /* iCalendar SEQUENCE: raised on every change the invitees are told about */
      table.integer('sequence').notNullable().defaultTo(0)
      table.timestamp('reminder_due_at').nullable()
      table.timestamp('reminder_sent_at').nullable()
      table.timestamp('cancelled_at').nullable()
      table.timestamp('anonymized_at').nullable()
      table.integer('created_by_id').unsigned().nullable().references('id').inTable('users').onDelete('SET NULL')
      /* the form's one-time key: a double submit finds the first appointment */
      table.string('submission_key', 64).nullable()
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
      table.index(['organization_id', 'starts_at'])
      table.index(['handler_id', 'starts_at'])
      table.index(['reminder_due_at'])
      table.unique(['organization_id', 'submission_key'])
    })

    this.schema.createTable('appointment_participants', (table) => {
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
        .notNullable()
        .references('id')
        .inTable('appointments')
        .onDelete('CASCADE')
      /* 'client' | 'external' */
      table.string('role', 20).notNullable()
      table.integer('client_id').unsigned().nullable().references('id').inTable('clients').onDelete('SET NULL')
      table
        .integer('external_participant_id')
        .unsigned()
        .nullable()
        .references('id')
        .inTable('external_participants')
        .onDelete('SET NULL')
      /* set when the participant was invited as a member of a group */
      table.integer('group_id').unsigned().nullable().references('id').inTable('groups').onDelete('SET NULL')
      table.string('token_hash', 64).nullable().unique()
      table.text('token_encrypted').nullable()
      /* 'pending' | 'sent' | 'failed' | 'skipped' */
      table.string('email_status', 20).notNullable().defaultTo('pending')
      table.string('email_error', 500).nullable()
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
      table.index(['appointment_id'])
      table.index(['client_id'])
    })
  }

  async down() {
    this.schema.dropTable('appointment_participants')
    this.schema.dropTable('appointments')
  }
}
