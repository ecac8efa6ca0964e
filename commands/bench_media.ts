import { randomBytes, randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * The data behind `npm run bench:media` (bench/media.js runs this on a fresh
 * database before it starts the server): one organization, one practitioner,
 * and appointments happening now whose invitees are already brought in from
 * the waiting room, so that each of them can ask for a media ticket at once.
 * Prints one JSON line: the organization's slug, the practitioner's login,
 * and per session the appointment id and the invitees' access tokens (test
 * data of a throw-away database, read only by the bench).
 */
export default class BenchMedia extends BaseCommand {
  static commandName = 'bench:media'
  static description = 'Prepare the consultations that npm run bench:media joins (used by bench/media.js)'
  static options: CommandOptions = { startApp: true }

  @flags.number({ description: 'Two-person sessions for the first-frame runs', default: 20 })
  declare runs: number

  @flags.string({ description: 'Room sizes to prepare, comma-separated', default: '2,4,6' })
  declare rooms: string

  async run() {
    const { default: tenancy } = await import('#core/tenancy/tenancy')
    const { default: Organization } = await import('#models/organization')
    const { default: User } = await import('#models/user')
    const { default: Client } = await import('#modules/agenda/models/client')
    const { default: Appointment } = await import('#modules/agenda/models/appointment')
    const { default: AppointmentParticipant } = await import('#modules/agenda/models/appointment_participant')
    const { AccessLinks } = await import('#modules/agenda/services/access_link')
    const { default: ConsultationService, recordOnce } = await import('#modules/consultation/services/consultation_service')

    const organization = await Organization.create({
      slug: `bench-${Date.now().toString(36)}`,
      name: 'Bench Clinic',
      timezone: 'Europe/Amsterdam',
      defaultLocale: 'en',
      maxUsers: 10,
      settings: {},
    })
    const password = randomBytes(18).toString('base64url')

    const figures = await tenancy.run(organization, async () => {
      const practitioner = await User.create({
        email: 'practitioner@bench.test',
        fullName: 'Bench Practitioner',
        role: 'handler',
        password,
        passwordSetAt: DateTime.now(),
        isActive: true,
      })
      const consultations = new ConsultationService(organization)
      let person = 0

      /* an appointment now, with `invitees` clients who were let in from the waiting room */
      const session = async (invitees: number) => {
        const startsAt = DateTime.utc().startOf('minute')
        const appointment = await Appointment.create({
          uid: randomUUID(),
          kind: 'regular',
          status: 'scheduled',
          handlerId: practitioner.id,
          departmentId: null,
          startsAt,
          endsAt: startsAt.plus({ minutes: 60 }),
          durationMinutes: 60,
          personalMessage: null,
          sequence: 0,
        })
        const consultation = await consultations.openFor(appointment)
        const tokens: string[] = []
        for (let i = 0; i < invitees; i++) {
          person++
          const client = await Client.create({
            initials: 'B.',
            lastName: `Client${person}`,
            dateOfBirth: '1980-01-01',
            email: `client${person}@bench.test`,
            clientNumber: null,
            phone: null,
            locale: null,
            departmentId: null,
          })
          const participant = new AppointmentParticipant()
          participant.merge({ appointmentId: appointment.id, role: 'client', clientId: client.id, emailStatus: 'sent' })
          tokens.push(AccessLinks.issue(participant))
          await participant.save()
          const record = await recordOnce({ consultationId: consultation.id, appointmentParticipantId: participant.id }, { role: 'client' })
          record.admittedAt = DateTime.utc()
          await record.save()
        }
        return { appointmentId: appointment.id, tokens }
      }

      const runs = []
      for (let i = 0; i < this.runs; i++) runs.push(await session(1))
      const rooms: Record<string, { appointmentId: number; tokens: string[] }> = {}
      for (const size of this.rooms.split(',').filter(Boolean).map(Number)) rooms[size] = await session(size - 1)
      return { warmup: await session(1), runs, rooms, email: practitioner.email }
    })

    this.logger.log(JSON.stringify({ slug: organization.slug, password, ...figures }))
  }
}
