import { BaseSchema } from '@adonisjs/lucid/schema'

/*
 * The waiting room: an invitee is waiting while their page keeps reporting
 * in (last_seen_at), since they first arrived (waiting_since); the
 * practitioner admits them (admitted_at) or sends them back (cleared).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('consultation_participants', (table) => {
      table.timestamp('waiting_since').nullable()
      table.timestamp('last_seen_at').nullable()
      table.timestamp('admitted_at').nullable()
    })
  }

  async down() {
    this.schema.alterTable('consultation_participants', (table) => {
      table.dropColumn('waiting_since')
      table.dropColumn('last_seen_at')
      table.dropColumn('admitted_at')
    })
  }
}
