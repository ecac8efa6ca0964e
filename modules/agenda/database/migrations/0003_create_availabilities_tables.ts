import { BaseSchema } from '@adonisjs/lucid/schema'

/*
 * When a handler can be consulted: one-off periods (a date) or weekly ones
 * (a weekday, optionally bounded), in the organization's local time, with
 * exceptions (a whole day or a period off). Slot length and gap turn a period
 * into bookable slots.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('availabilities', (table) => {
      table.increments('id')
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.integer('user_id').unsigned().notNullable().references('id').inTable('users').onDelete('CASCADE')
      /* 'once' | 'weekly' */
      table.string('recurrence', 10).notNullable()
      /* 'booking' (bookable slots) | 'walk_in' (walk-in consultation hours) */
      table.string('purpose', 10).notNullable().defaultTo('booking')
      /* for 'once': the date; for 'weekly': the first date it applies (optional) */
      table.string('date', 10).nullable()
      /* for 'weekly': last date it applies (optional) */
      table.string('until_date', 10).nullable()
      /* ISO weekday 1 (Monday) .. 7 (Sunday), for 'weekly' */
      table.integer('weekday').nullable()
      table.string('start_time', 5).notNullable()
      table.string('end_time', 5).notNullable()
      table.integer('slot_minutes').notNullable().defaultTo(20)
      table.integer('gap_minutes').notNullable().defaultTo(0)
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
      table.index(['organization_id', 'user_id'])
    })

    this.schema.createTable('availability_exceptions', (table) => {
      table.increments('id')
      table
        .integer('organization_id')
        .unsigned()
        .notNullable()
        .references('id')
        .inTable('organizations')
        .onDelete('CASCADE')
      table.integer('user_id').unsigned().notNullable().references('id').inTable('users').onDelete('CASCADE')
      table.string('date', 10).notNullable()
      /* both null: the whole day is off */
      table.string('start_time', 5).nullable()
      table.string('end_time', 5).nullable()
      table.string('reason', 200).nullable()
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
      table.index(['organization_id', 'user_id', 'date'])
    })
  }

  async down() {
    this.schema.dropTable('availability_exceptions')
    this.schema.dropTable('availabilities')
  }
}
