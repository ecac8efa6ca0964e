import { BaseSchema } from '@adonisjs/lucid/schema'

/*
 * The consultation room: who is in the media session right now
 * (media_connection: the signalling connection that joined last; a closing
 * older connection must not mark a re-joined person as gone), which streams
 * each person publishes (so the others can put a name on a video), and when
 * a practitioner started without waiting for the client.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('consultation_participants', (table) => {
      table.string('media_connection', 40).nullable()
      table.string('camera_stream', 100).nullable()
      table.string('screen_stream', 100).nullable()
    })
    this.schema.alterTable('consultations', (table) => {
      table.timestamp('force_started_at').nullable()
    })
  }

  async down() {
    this.schema.alterTable('consultation_participants', (table) => {
      table.dropColumn('media_connection')
      table.dropColumn('camera_stream')
      table.dropColumn('screen_stream')
    })
    this.schema.alterTable('consultations', (table) => {
      table.dropColumn('force_started_at')
    })
  }
}
