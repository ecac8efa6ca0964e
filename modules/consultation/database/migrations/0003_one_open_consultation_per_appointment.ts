import { BaseSchema } from '@adonisjs/lucid/schema'

/*
 * The waiting page checks in every few seconds while the practitioner asks
 * for a ticket: the first calls race to open the consultation. These indexes
 * let only one open consultation exist per appointment and one record per
 * person in it; the losing write re-reads the winner.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw(
      `CREATE UNIQUE INDEX consultations_one_open_per_appointment ON consultations (appointment_id) WHERE status = 'open' AND appointment_id IS NOT NULL`
    )
    this.schema.raw(
      `CREATE UNIQUE INDEX consultation_participants_invitee_unique ON consultation_participants (consultation_id, appointment_participant_id) WHERE appointment_participant_id IS NOT NULL`
    )
    this.schema.raw(
      `CREATE UNIQUE INDEX consultation_participants_staff_unique ON consultation_participants (consultation_id, user_id) WHERE user_id IS NOT NULL`
    )
  }

  async down() {
    this.schema.raw('DROP INDEX consultations_one_open_per_appointment')
    this.schema.raw('DROP INDEX consultation_participants_invitee_unique')
    this.schema.raw('DROP INDEX consultation_participants_staff_unique')
  }
}
