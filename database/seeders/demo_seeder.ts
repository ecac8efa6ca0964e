import { BaseSeeder } from '@adonisjs/lucid/seeders'
import { DateTime } from 'luxon'
import env from '#start/env'
import Organization from '#models/organization'
import Department from '#models/department'
import User from '#models/user'
import tenancy from '#core/tenancy/tenancy'
import { organizationUrl } from '#core/tenancy/hosts'
import type { OrganizationRole } from '#core/roles'

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
      console.log(`\n  E-mails the app sends appear at ${organizationUrl('demo', '/').replace('demo.', '')}_dev/outbox\n`)
    }
  }
}
