import { BaseSeeder } from '@adonisjs/lucid/seeders'
import { DateTime } from 'luxon'
import env from '#start/env'
import Organization from '#models/organization'
import Department from '#models/department'
import User from '#models/user'
import tenancy from '#core/tenancy/tenancy'
import { organizationUrl } from '#core/tenancy/hosts'
import type { OrganizationRole } from '#core/roles'
import Group from '#models/group'
import Client from '#modules/agenda/models/client'
import ExternalParticipant from '#modules/agenda/models/external_participant'
import Availability from '#modules/agenda/models/availability'
import Appointment from '#modules/agenda/models/appointment'
import AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import { AccessLinks } from '#modules/agenda/services/access_link'

/** Demo logins: for the local demo only, printed on the console */
const DEMO_PEOPLE: { email: string; fullName: string; role: OrganizationRole; password: string; department?: string }[] = [
  { email: 'admin@demo.test', fullName: 'Anna Admin', role: 'org_admin', password: 'demo-admin-pass' },
  { email: 'deptadmin@demo.test', fullName: 'Daan de Vries', role: 'dept_admin', password: 'demo-dept-pass', department: 'General practice' },
  { email: 'gp@demo.test', fullName: 'Dr. Greta Peters', role: 'handler', password: 'demo-handler-pass', department: 'General practice' },
  { email: 'physio@demo.test', fullName: 'Piotr Nowak', role: 'handler', password: 'demo-handler-pass', department: 'Physiotherapy' },
]

const DEMO_SUPPORT = { email: 'support@platform.test', fullName: 'Sam Support', password: 'demo-support-pass' }

export default class DemoSeeder extends BaseSeeder {
  async run() {
    const organization =
      (await Organization.findBy('slug', 'demo')) ??
      (await Organization.create({
        slug: 'demo',
        name: 'Demo Clinic',
        timezone: 'Europe/Amsterdam',
        defaultLocale: 'en',
        maxUsers: 25,
        contactPhone: '+31 20 123 4567',
        contactEmail: 'info@demo.test',
        settings: {},
      }))

    await tenancy.run(organization, async () => {
      const departments = new Map<string, Department>()
      for (const [name, color] of [
        ['General practice', '#1c7ed6'],
        ['Physiotherapy', '#2f9e44'],
      ]) {
        departments.set(name, await Department.firstOrCreate({ name }, { name, color }))
      }
      for (const person of DEMO_PEOPLE) {
        let user = await User.findBy('email', person.email)
        if (!user) {
          user = await User.create({
            email: person.email,
            fullName: person.fullName,
            role: person.role,
            password: person.password,
            passwordSetAt: DateTime.now(),
            isActive: true,
          })
        }
        if (person.department) {
          await user.related('departments').sync([departments.get(person.department)!.id], false)
        }
      }
    })

    const patientLink = await tenancy.run(organization, () => this.seedAgenda())

    /* Platform support staff stand outside every organization */
    await tenancy.run(null, async () => {
      if (!(await User.findBy('email', DEMO_SUPPORT.email))) {
        await User.create({ ...DEMO_SUPPORT, role: 'support', passwordSetAt: DateTime.now(), isActive: true })
      }
    })

    if (env.get('NODE_ENV') !== 'test') {
      const url = organizationUrl('demo', '/login')
      console.log(`\n  Demo organization "${organization.name}" is ready at ${url}\n`)
      for (const person of DEMO_PEOPLE) {
        console.log(`    ${person.role.padEnd(10)}  ${person.email.padEnd(22)}  ${person.password}`)
      }
      console.log(`\n    support     ${DEMO_SUPPORT.email.padEnd(22)}  ${DEMO_SUPPORT.password}   (platform: ${organizationUrl('demo', '/login').replace('demo.', '')})`)
      if (patientLink) console.log(`\n  A patient's link to an appointment starting in 30 minutes: ${patientLink}`)
      console.log(`\n  E-mails the app sends appear at ${organizationUrl('demo', '/').replace('demo.', '')}_dev/outbox\n`)
    }
  }

  /**
   * A few clients, a family member, the GP's weekly consultation hours and
   * three appointments around now, written directly (no e-mails). Returns
   * the link of the appointment that is open now, on the first run only.
   */
  private async seedAgenda(): Promise<string | null> {
    if (await Client.query().first()) return null
    const gp = await User.findByOrFail('email', 'gp@demo.test')
    const physio = await User.findByOrFail('email', 'physio@demo.test')
    await gp.load('departments')
    await physio.load('departments')
    const clients = []
    for (const [initials, lastName, dateOfBirth, email, locale] of [
      ['J.', 'Jansen', '1968-03-14', 'j.jansen@example.test', 'nl'],
      ['M.', 'Kowalska', '1985-11-02', 'm.kowalska@example.test', 'pl'],
      ['E.', 'Schmidt', '1990-07-21', 'e.schmidt@example.test', 'de'],
    ]) {
      clients.push(await Client.create({ initials, lastName, dateOfBirth, email, locale, departmentId: gp.departments[0]?.id ?? null }))
    }
    const family = await Group.firstOrCreate({ name: 'Family' }, { name: 'Family', description: 'Relatives who join a consultation' })
    const relative = await ExternalParticipant.create({
      initials: 'P.', lastName: 'Jansen', dateOfBirth: '1995-05-05', email: 'p.jansen@example.test', locale: 'nl',
    })
    await relative.related('groups').attach([family.id])
    for (let weekday = 1; weekday <= 5; weekday++) {
      await Availability.create({
        userId: gp.id, recurrence: 'weekly', purpose: 'booking', weekday, startTime: '09:00', endTime: '12:00', slotMinutes: 20, gapMinutes: 10,
      })
    }
    await Availability.create({
      userId: physio.id, recurrence: 'weekly', purpose: 'walk_in', weekday: 3, startTime: '14:00', endTime: '16:00', slotMinutes: 20, gapMinutes: 0,
    })

    const now = DateTime.utc().startOf('minute')
    let openLink: string | null = null
    for (const [index, [handler, client, startsAt]] of ([
      [gp, clients[0], now.plus({ minutes: 30 })],
      [physio, clients[1], now.plus({ hours: 3 })],
      [gp, clients[2], now.plus({ days: 1 }).set({ hour: 9, minute: 0 })],
    ] as const).entries()) {
      const appointment = await Appointment.create({
        uid: crypto.randomUUID(), kind: 'regular', status: 'scheduled', handlerId: handler.id,
        departmentId: handler.departments[0]?.id ?? null, startsAt, endsAt: startsAt.plus({ minutes: 20 }),
        durationMinutes: 20, personalMessage: null, sequence: 0,
      })
      const participant = new AppointmentParticipant()
      participant.merge({ appointmentId: appointment.id, role: 'client', clientId: client.id, emailStatus: 'skipped' })
      const token = AccessLinks.issue(participant)
      await participant.save()
      if (index === 0) openLink = AccessLinks.url('demo', token)
    }
    return openLink
  }
}
