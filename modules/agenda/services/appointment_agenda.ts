import type AgendaScope from '#modules/agenda/services/agenda_scope'
import { dbTime, localDayBounds } from '#modules/agenda/services/local_time'
import type { AppointmentStatus } from '#modules/agenda/types'

export type AgendaFilters = {
  departmentId?: number
  handlerId?: number
  /** local dates of the organization, inclusive */
  from?: string
  to?: string
  status?: AppointmentStatus | 'all'
  page?: number
}

export const PAGE_SIZE = 50

/** Reading the agenda: lists and days, always within what the user may see */
export default class AppointmentAgenda {
  constructor(private scope: AgendaScope) {}

  private get zone() {
    return this.scope.organization.timezone
  }

  list(filters: AgendaFilters) {
    const status = filters.status ?? 'scheduled'
    return this.scope
      .appointments()
      .if(filters.departmentId, (query) => query.where('appointments.department_id', filters.departmentId!))
      .if(filters.handlerId, (query) => query.where('appointments.handler_id', filters.handlerId!))
      .if(filters.from, (query) => query.where('appointments.starts_at', '>=', dbTime(localDayBounds(filters.from!, this.zone).start)))
      .if(filters.to, (query) => query.where('appointments.starts_at', '<', dbTime(localDayBounds(filters.to!, this.zone).end)))
      .if(status !== 'all', (query) => query.where('appointments.status', status))
      .preload('handler')
      .preload('department')
      .preload('participants', (participants) => participants.preload('client').preload('externalParticipant').orderBy('id'))
      .orderBy('appointments.starts_at', filters.from || status !== 'cancelled' ? 'asc' : 'desc')
      .paginate(filters.page ?? 1, PAGE_SIZE)
  }

  /** The scheduled appointments of one local day, in order */
  day(date: string) {
    const { start, end } = localDayBounds(date, this.zone)
    return this.scope
      .appointments()
      .where('appointments.status', 'scheduled')
      .where('appointments.starts_at', '>=', dbTime(start))
      .where('appointments.starts_at', '<', dbTime(end))
      .preload('handler')
      .preload('department')
      .preload('participants', (participants) => participants.preload('client').preload('externalParticipant').orderBy('id'))
      .orderBy('appointments.starts_at')
  }
}
