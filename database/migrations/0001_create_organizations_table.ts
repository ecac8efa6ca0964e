import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  protected tableName = 'organizations'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.string('slug', 63).notNullable().unique()
      table.string('name', 160).notNullable()
      table.string('logo_path').nullable()
      table.string('contact_email').nullable()
      table.string('contact_phone', 40).nullable()
      table.string('address', 500).nullable()
      table.string('website').nullable()
      table.string('address_form_nl', 60).nullable()
      table.string('address_form_en', 60).nullable()
      table.string('address_form_de', 60).nullable()
      table.string('timezone', 64).notNullable().defaultTo('Europe/Amsterdam')
      table.string('default_locale', 5).notNullable().defaultTo('en')
      /* The subscription package caps the number of employees */
      table.integer('max_users').notNullable().defaultTo(10)
      table.string('api_key_prefix', 16).nullable()
      table.string('api_key_hash', 128).nullable()
      table.timestamp('api_key_created_at').nullable()
      /* Advanced settings (PRODUCT.md 1.8), validated against app/core/settings */
      table.text('settings').notNullable().defaultTo('{}')
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
