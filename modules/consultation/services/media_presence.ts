import type { DateTime } from 'luxon'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import clock from '#core/clock'
import { affectedRows } from '#core/database/affected_rows'
import tenancy from '#core/tenancy/tenancy'
import { dbTime } from '#modules/agenda/services/local_time'
import ConsultationParticipant from '#modules/consultation/models/consultation_participant'

type ParticipantQuery = ModelQueryBuilderContract<typeof ConsultationParticipant, ConsultationParticipant>

/**
 * Who is in a media session now. The relay's join and leave hooks set and
 * clear a participant's `media_connection`, but an app instance that dies
 * (kill -9, power loss) never reports the leaves of the connections it held.
 * So the instance holding a connection refreshes its `media_seen_at` every
 * MEDIA_PRESENCE_REFRESH_SECONDS, and a connection not refreshed for three
 * of those counts as gone wherever presence is read (a full room, the
 * client present for external invitees, the room's participant list, the
 * sweeper of abandoned consultations).
 */
export const MEDIA_PRESENCE_REFRESH_SECONDS = 25

/** Three refreshes missed: the instance holding the connection is gone */
export const MEDIA_PRESENCE_STALE_SECONDS = 3 * MEDIA_PRESENCE_REFRESH_SECONDS

/** The refresh names its connections in chunks of this many (SQLite's limit on bound values) */
const REFRESH_CHUNK = 500

/** A connection refreshed before this instant is gone */
export function presenceCutoff(now: DateTime = clock.now()): DateTime {
  return now.minus({ seconds: MEDIA_PRESENCE_STALE_SECONDS })
}

/** Narrows a consultation_participants query to people in the media session now */
export function whereInMediaSession(query: ParticipantQuery, now: DateTime = clock.now()): ParticipantQuery {
  return query.whereNotNull('media_connection').where('media_seen_at', '>=', dbTime(presenceCutoff(now)))
}

/** Whether a loaded record is in the media session now */
export function inMediaSession(record: Pick<ConsultationParticipant, 'mediaConnection' | 'mediaSeenAt'>, now: DateTime = clock.now()): boolean {
  return record.mediaConnection !== null && record.mediaSeenAt !== null && record.mediaSeenAt >= presenceCutoff(now)
}

/**
 * Marks the given connections as alive now: one UPDATE for all of them
 * (in chunks only past REFRESH_CHUNK). Connections are random ids minted at
 * join, so only the rows of these connections change, whatever their
 * organization; a connection replaced by a re-join matches nothing.
 */
export async function refreshMediaConnections(connections: Iterable<string>, now: DateTime = clock.now()): Promise<number> {
  const all = [...connections]
  let refreshed = 0
  for (let start = 0; start < all.length; start += REFRESH_CHUNK) {
    const chunk = all.slice(start, start + REFRESH_CHUNK)
    const result = await tenancy.unscoped(
      async () => await ConsultationParticipant.query().whereIn('media_connection', chunk).update({ media_seen_at: dbTime(now) })
    )
    refreshed += affectedRows(result)
  }
  return refreshed
}

/**
 * The media connections this app instance holds (joined through its relay
 * and not closed yet), and the timer that keeps them alive in the database.
 */
export class MediaPresenceTracker {
  private readonly held = new Set<string>()
  private timer: NodeJS.Timeout | null = null

  hold(connection: string) {
    this.held.add(connection)
  }

  release(connection: string) {
    this.held.delete(connection)
  }

  connections(): string[] {
    return [...this.held]
  }

  /** One UPDATE for every connection this instance holds (none: no query) */
  async refresh(now: DateTime = clock.now()): Promise<number> {
    if (this.held.size === 0) return 0
    return refreshMediaConnections(this.held, now)
  }

  start(log: (message: string, error?: unknown) => void, everyMs = MEDIA_PRESENCE_REFRESH_SECONDS * 1000) {
    if (this.timer) return
    this.timer = setInterval(() => {
      this.refresh().catch((error) => log('could not refresh who is in the media sessions', error))
    }, everyMs)
    this.timer.unref()
  }

  stop() {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }
}
