import { BaseSchema } from '@adonisjs/lucid/schema'

/* Who changed what, when, to which record. Never holds patient data in plain text. */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('audit_logs', (table) => {
      table.increments('id')
      table
        .integer('organization_id')
        .unsigned()
        .nullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.integer('actor_id').unsigned().nullable()
      table.string('actor_name', 160).nullable()
      table.string('action', 80).notNullable()
      table.string('subject_type', 60).nullable()
      table.string('subject_id', 40).nullable()
      table.string('subject_label', 200).nullable()
      table.text('changes').nullable()
      table.string('ip_address', 64).nullable()
      table.timestamp('created_at').notNullable()
      table.index(['organization_id', 'created_at'])
    })
  }

  async down() {
    this.schema.dropTable('audit_logs')
  }
}
