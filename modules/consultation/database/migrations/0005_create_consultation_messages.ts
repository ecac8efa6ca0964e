import { BaseSchema } from '@adonisjs/lucid/schema'

/*
 * Chat within one consultation (and to a waiting invitee). The text and the
 * sender's name are encrypted at rest; the rows are deleted when the
 * consultation ends (room_cleanup.ts).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('consultation_messages', (table) => {
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
      /* the sender's room uid: u<userId> (staff) or p<appointmentParticipantId> (invitee) */
      table.string('sender_uid', 24).notNullable()
      table.string('sender_role', 20).notNullable()
      /* encrypted */
      table.text('sender_name').nullable()
      /* a message for one person only (a staff message to someone waiting); null: everyone in the room */
      table.string('recipient_uid', 24).nullable()
      /* encrypted */
      table.text('body').notNullable()
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
      table.index(['consultation_id', 'id'])
    })
  }

  async down() {
    this.schema.dropTable('consultation_messages')
  }
}
