import { BaseSchema } from '@adonisjs/lucid/schema'

/*
 * Files shared during a consultation. The bytes live encrypted in the app's
 * storage under a random key (never the file name); the name is encrypted
 * here. Everything goes when the consultation ends (room_cleanup.ts); a file
 * sent by e-mail instead is deleted once the e-mail went out.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('consultation_files', (table) => {
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
      table.string('sender_uid', 24).notNullable()
      /* encrypted */
      table.text('sender_name').nullable()
      /* encrypted */
      table.text('name').notNullable()
      /* from the allow-list, decided by the server from the content */
      table.string('mime_type', 100).notNullable()
      table.integer('size').unsigned().notNullable()
      /* random: where the encrypted bytes are stored */
      table.string('storage_key', 120).notNullable().unique()
      /* 'room' (listed for download) | 'email' (waiting to be e-mailed, then deleted) */
      table.string('delivery', 10).notNullable().defaultTo('room')
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
      table.index(['consultation_id'])
    })
  }

  async down() {
    this.schema.dropTable('consultation_files')
  }
}
