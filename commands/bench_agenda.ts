import { randomBytes, randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * The figures behind `npm run bench:agenda` (bench/agenda.js runs this on a
 * fresh database): slot generation for 50 handlers over 8 weeks, and the
 * reminder round for 10,000 appointments due the same day, with its peak
 * memory. Prints one JSON line.
 */
export default class BenchAgenda extends BaseCommand {
  static commandName = 'bench:agenda'
  static description = 'Measure slot generation and the reminder round (used by npm run bench:agenda)'
  static options: CommandOptions = { startApp: true }

  async run() {
    const { default: db } = await import('@adonisjs/lucid/services/db')
    const { default: encryption } = await import('@adonisjs/core/services/encryption')
    const { default: tenancy } = await import('#core/tenancy/tenancy')
    const { default: Organization } = await import('#models/organization')
    const { default: AvailabilityService } = await import('#modules/agenda/services/availability_service')
    const { default: ReminderDispatcher } = await import('#modules/agenda/services/reminder_dispatcher')
    const { sha256 } = await import('#core/security/digest')
    const { dbTime } = await import('#modules/agenda/services/local_time')

    const now = DateTime.utc()
    const stamp = dbTime(now)
    const organization = await Organization.create({
      slug: `bench-${Date.now().toString(36)}`,
      name: 'Bench Clinic',
      timezone: 'Europe/Amsterdam',
      defaultLocale: 'en',
      maxUsers: 1000,
      settings: {},
    })
    const insert = async (table: string, rows: Record<string, unknown>[]) => {
      for (let i = 0; i < rows.length; i += 500) await db.table(table).multiInsert(rows.slice(i, i + 500))
    }

    /* 50 handlers, each available Monday to Friday 09:00–12:00 and 13:00–17:00 (20 + 10 minute slots) */
    const HANDLERS = 50
    await insert(
      'users',
      Array.from({ length: HANDLERS }, (_, i) => ({
        organization_id: organization.id,
        email: `handler${i}@bench.test`,
        full_name: `Handler ${i}`,
        search_key: `handler ${i}`,
        role: 'handler',
        is_active: true,
        created_at: stamp,
        updated_at: stamp,
      }))
    )
    const handlerIds: number[] = (await db.from('users').where('organization_id', organization.id).select('id')).map((row) => row.id)
    const periods = []
    for (const userId of handlerIds) {
      for (let weekday = 1; weekday <= 5; weekday++) {
        for (const [start, end] of [['09:00', '12:00'], ['13:00', '17:00']]) {
          periods.push({
            organization_id: organization.id, user_id: userId, recurrence: 'weekly', purpose: 'booking', weekday,
            start_time: start, end_time: end, slot_minutes: 20, gap_minutes: 10, created_at: stamp, updated_at: stamp,
          })
        }
      }
    }
    await insert('availabilities', periods)

    /* 10,000 appointments today (spread over the handlers), each with one client, reminders due now */
    const APPOINTMENTS = Number(process.env.BENCH_APPOINTMENTS ?? 10_000)
    const clients = Array.from({ length: APPOINTMENTS }, (_, i) => ({
      organization_id: organization.id, initials: 'B.', last_name: `Client${i}`, date_of_birth: '1980-01-01',
      email: `client${i}@bench.test`, search_key: `b. client${i}`, created_at: stamp, updated_at: stamp,
    }))
    await insert('clients', clients)
    const clientIds: number[] = (await db.from('clients').where('organization_id', organization.id).orderBy('id').select('id')).map((row) => row.id)
    const startOfDay = now.plus({ hours: 2 })
    await insert(
      'appointments',
      clientIds.map((_, i) => {
        const startsAt = startOfDay.plus({ minutes: (i % 40) * 5 })
        return {
          organization_id: organization.id, uid: randomUUID(), kind: 'regular', status: 'scheduled',
          handler_id: handlerIds[i % HANDLERS], starts_at: dbTime(startsAt), ends_at: dbTime(startsAt.plus({ minutes: 20 })),
          duration_minutes: 20, sequence: 0, reminder_due_at: dbTime(now.minus({ minutes: 1 })), created_at: stamp, updated_at: stamp,
        }
      })
    )
    const appointmentIds: number[] = (await db.from('appointments').where('organization_id', organization.id).orderBy('id').select('id')).map((row) => row.id)
    await insert(
      'appointment_participants',
      appointmentIds.map((appointmentId, i) => {
        const token = randomBytes(32).toString('base64url')
        return {
          organization_id: organization.id, appointment_id: appointmentId, role: 'client', client_id: clientIds[i],
          token_hash: sha256(token), token_encrypted: encryption.encrypt(token), email_status: 'sent', created_at: stamp, updated_at: stamp,
        }
      })
    )

    const slots = await tenancy.run(organization, async () => {
      const service = new AvailabilityService(organization)
      const from = now.setZone(organization.timezone).toISODate()!
      const to = now.setZone(organization.timezone).plus({ weeks: 8 }).toISODate()!
      await service.slotsFor({ userIds: handlerIds.slice(0, 2), from, to, now })
      const started = performance.now()
      const found = await service.slotsFor({ userIds: handlerIds, from, to, now })
      return { ms: performance.now() - started, count: found.length }
    })

    global.gc?.()
    const baseline = process.memoryUsage()
    let peakRss = baseline.rss
    let peakHeap = baseline.heapUsed
    const sampler = setInterval(() => {
      const usage = process.memoryUsage()
      peakRss = Math.max(peakRss, usage.rss)
      peakHeap = Math.max(peakHeap, usage.heapUsed)
    }, 10)
    const started = performance.now()
    const result = await new ReminderDispatcher().run(now)
    const seconds = (performance.now() - started) / 1000
    clearInterval(sampler)
    const usage = process.memoryUsage()
    peakRss = Math.max(peakRss, usage.rss)
    peakHeap = Math.max(peakHeap, usage.heapUsed)
    const queued = await db.from('queue_jobs').count('* as total').first()

    this.logger.log(
      JSON.stringify({
        handlers: HANDLERS,
        weeks: 8,
        slots: slots.count,
        slots_ms: Math.round(slots.ms * 10) / 10,
        reminders_appointments: result.appointments,
        reminders_emails_queued: Number(queued?.total ?? result.emails),
        reminders_10k_s: Math.round(seconds * 100) / 100,
        reminders_peak_mb: Math.round(peakRss / 1024 / 1024),
        reminders_peak_heap_mb: Math.round(peakHeap / 1024 / 1024),
        reminders_rss_growth_mb: Math.round((peakRss - baseline.rss) / 1024 / 1024),
      })
    )
  }
}
