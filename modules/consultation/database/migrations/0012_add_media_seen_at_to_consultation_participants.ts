import { BaseSchema } from '@adonisjs/lucid/schema'

/*
 * Presence that heals itself: the app instance holding a person's media
 * connection refreshes media_seen_at every few seconds (one UPDATE for all
 * its connections, found by media_connection, hence the index); a
 * connection not refreshed for a while counts as gone, so an instance that
 * died (kill -9, power loss) does not leave a room looking full, or the
 * client looking present, for hours. Connections open now count from their
 * last change.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('consultation_participants', (table) => {
      table.timestamp('media_seen_at').nullable()
      table.index(['media_connection'], 'consultation_participants_media_connection_index')
    })
    this.defer(async (db) => {
      await db.from('consultation_participants').whereNotNull('media_connection').update({ media_seen_at: db.raw('updated_at') })
    })
  }

  async down() {
    this.schema.alterTable('consultation_participants', (table) => {
      table.dropIndex(['media_connection'], 'consultation_participants_media_connection_index')
      table.dropColumn('media_seen_at')
    })
  }
}
