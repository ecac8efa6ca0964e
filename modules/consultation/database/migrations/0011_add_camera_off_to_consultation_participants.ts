import { BaseSchema } from '@adonisjs/lucid/schema'

/*
 * Whether someone in the room has turned their camera off (a camera turned
 * off still sends black frames): the others' tiles then show the person's
 * photo (staff) or initials instead of a black picture (PRODUCT.md 4.3).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('consultation_participants', (table) => {
      table.boolean('camera_off').notNullable().defaultTo(false)
    })
  }

  async down() {
    this.schema.alterTable('consultation_participants', (table) => {
      table.dropColumn('camera_off')
    })
  }
}
