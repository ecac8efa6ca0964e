import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  protected tableName = 'users'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      /* null for platform support staff, who stand outside organizations */
      table
        .integer('organization_id')
        .unsigned()
        .nullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.string('email', 254).notNullable()
      table.string('password').nullable()
      table.string('full_name', 160).notNullable()
      /* lower-cased name and e-mail, kept by the model: the same search on SQLite and PostgreSQL */
      table.string('search_key', 500).notNullable().defaultTo('')
      table.string('phone', 40).nullable()
      table.string('role', 20).notNullable()
      table.string('locale', 5).nullable()
      table.string('avatar_path').nullable()
      table.boolean('is_active').notNullable().defaultTo(true)
      table.timestamp('password_set_at').nullable()
      table.timestamp('last_login_at').nullable()
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
      table.unique(['organization_id', 'email'])
    })
    /* NULLs never clash in a unique index: support staff (no organization) need their own */
    this.schema.raw(
      'CREATE UNIQUE INDEX users_platform_email_unique ON users (email) WHERE organization_id IS NULL'
    )
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
