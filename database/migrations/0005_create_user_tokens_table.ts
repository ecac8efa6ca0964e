import { BaseSchema } from '@adonisjs/lucid/schema'

/* One-time tokens behind e-mailed links (invitation, password reset); only a hash is stored */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('user_tokens', (table) => {
      table.increments('id')
      table
        .integer('organization_id')
        .unsigned()
        .nullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table
        .integer('user_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('users')
        .onDelete('CASCADE')
      table.string('purpose', 20).notNullable()
      table.string('token_hash', 64).notNullable().unique()
      table.timestamp('expires_at').notNullable()
      table.timestamp('used_at').nullable()
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
    })
  }

  async down() {
    this.schema.dropTable('user_tokens')
  }
}
