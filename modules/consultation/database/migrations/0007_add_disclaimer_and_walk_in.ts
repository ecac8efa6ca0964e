import { BaseSchema } from '@adonisjs/lucid/schema'

/*
 * The waiting room (issue 4):
 * - disclaimer_accepted_at: when the invitee accepted the organization's
 *   disclaimer before entering the waiting room (a reload does not ask again);
 * - walk_in_availabilities: an employee's "I am available for walk-in
 *   visitors now", one row per employee, on while available_until lies ahead
 *   (it turns itself off: see WalkInService).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('consultation_participants', (table) => {
      table.timestamp('disclaimer_accepted_at').nullable()
    })

    this.schema.createTable('walk_in_availabilities', (table) => {
      table.increments('id')
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.integer('user_id').unsigned().notNullable().references('id').inTable('users').onDelete('CASCADE')
      table.timestamp('available_until').notNullable()
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
      table.unique(['user_id'])
      table.index(['organization_id', 'available_until'])
    })
  }

  async down() {
    this.schema.dropTable('walk_in_availabilities')
    this.schema.alterTable('consultation_participants', (table) => {
      table.dropColumn('disclaimer_accepted_at')
    })
  }
}
