import type { DateTime } from 'luxon'
import transmit from '@adonisjs/transmit/services/main'
import clock from '#core/clock'
import type Organization from '#models/organization'
import type User from '#models/user'
import { dbTime } from '#modules/agenda/services/local_time'
import WalkInAvailability from '#modules/consultation/models/walk_in_availability'

/**
 * "Available for walk-in visitors" (PRODUCT 4.4) turns itself off after this
 * many hours, and never lasts past midnight in the organization's zone:
 * whichever comes first. Someone who forgets to switch it off at the end of a
 * consultation hour does not stay "available" into the evening or the next day.
 */
export const WALK_IN_MAX_HOURS = 4

export type WalkInColleague = { id: number; name: string; until: string }

export type WalkInStatus = {
  /** this employee's own switch */
  available: boolean
  until: string | null
  /** everyone in the organization who is available now (the employee included), soonest-ending first */
  availableStaff: WalkInColleague[]
}

/**
 * The walk-in availability switch of each employee. Stored per user in the
 * organization (tenant-scoped); "on" means available_until lies ahead, so it
 * needs no job to turn off. Colleagues' pages hear of a change through a
 * content-free ping on the organization's staff channel.
 */
export default class WalkInService {
  constructor(private organization: Organization) {}

  /** When a switch turned on at `now` goes off by itself */
  untilFrom(now: DateTime): DateTime {
    const capped = now.plus({ hours: WALK_IN_MAX_HOURS })
    const midnight = now.setZone(this.organization.timezone).endOf('day').toUTC()
    return (capped < midnight ? capped : midnight).toUTC()
  }

  async set(user: User, available: boolean): Promise<WalkInStatus> {
    const now = clock.now()
    if (available) {
      await WalkInAvailability.updateOrCreate({ userId: user.id }, { availableUntil: this.untilFrom(now) })
    } else {
      await WalkInAvailability.query().where('user_id', user.id).delete()
    }
    transmit.broadcast(`organizations/${this.organization.slug}/staff`, { type: 'walk_in_changed' })
    return this.status(user)
  }

  async status(user: User): Promise<WalkInStatus> {
    const rows = await WalkInAvailability.query()
      .where('available_until', '>', dbTime(clock.now()))
      .whereHas('user', (users) => users.where('is_active', true))
      .preload('user')
      .orderBy('available_until')
      .orderBy('id')
    const own = rows.find((row) => row.userId === user.id)
    return {
      available: Boolean(own),
      until: own ? own.availableUntil.toUTC().toISO()! : null,
      availableStaff: rows.map((row) => ({
        id: row.userId,
        name: row.user.fullName,
        until: row.availableUntil.toUTC().toISO()!,
      })),
    }
  }
}
