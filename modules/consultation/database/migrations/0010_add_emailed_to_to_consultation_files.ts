import { BaseSchema } from '@adonisjs/lucid/schema'

/*
 * Who a file sent "by e-mail instead" already went to, so that a retry after
 * a partial failure does not send it to the same person twice: digests of
 * the addresses (a JSON list), never the addresses themselves. The row goes
 * once the e-mails are out.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('consultation_files', (table) => {
      table.text('emailed_to').nullable()
    })
  }

  async down() {
    this.schema.alterTable('consultation_files', (table) => {
      table.dropColumn('emailed_to')
    })
  }
}
