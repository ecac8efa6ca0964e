import type { Session } from '@adonisjs/session'
import clock from '#core/clock'
import type Organization from '#models/organization'
import type User from '#models/user'
import Consultation from '#modules/consultation/models/consultation'
import type Appointment from '#modules/agenda/models/appointment'
import type AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import AgendaScope from '#modules/agenda/services/agenda_scope'
import { AccessLinks, accessState } from '#modules/agenda/services/access_link'
import ConsultationParticipant from '#modules/consultation/models/consultation_participant'
import ConsultationService, { recordOnce } from '#modules/consultation/services/consultation_service'
import { RoomChannels } from '#modules/consultation/services/room_events'

export type RoomRole = 'staff' | 'client' | 'external'

/** Someone in (or, with `waiting`, on the way into) one consultation */
export type RoomMember = {
  organization: Organization
  consultation: Consultation
  appointment: Appointment
  record: ConsultationParticipant
  /** u<userId> for staff, p<appointmentParticipantId> for invitees: the uid of their media ticket */
  uid: string
  name: string
  role: RoomRole
  isStaff: boolean
  /** in the room (staff always; invitees once brought in) rather than still waiting */
  admitted: boolean
  user: User | null
  participant: AppointmentParticipant | null
}

/** Why a request does not get into the room: 404 unknown or not visible, 403 not (yet) allowed, 410 over */
export class RoomAccessError extends Error {
  constructor(
    readonly status: 403 | 404 | 410,
    readonly reason: 'not_found' | 'not_yours' | 'not_admitted' | 'not_open' | 'ended'
  ) {
    super(reason)
  }
}

export type RoomAccessOptions = {
  /** also let in invitees who checked in but were not brought in yet */
  waiting?: boolean
  /** also answer for a consultation that has ended (its closing screen) */
  ended?: boolean
  /**
   * staff: only the consultation running now (410 when there is none),
   * never a new one: what acts on a running call (a link, a camera state,
   * sending someone back) must not open another after the end
   */
  running?: boolean
}

/**
 * Who is this request in which consultation. Staff come with their login
 * and the appointment id: they must hold the appointment (AgendaScope.canChange:
 * a colleague who may merely see it stays out). Invitees come with their
 * access link, while it is open, and only into the consultation they were
 * brought into (or checked in to, with `waiting`).
 */
export const RoomAccess = {
  async staff(user: User, organization: Organization, appointmentId: number, options: RoomAccessOptions = {}): Promise<RoomMember> {
    const scope = await AgendaScope.of(user, organization)
    const appointment = await scope.findAppointment(appointmentId)
    if (!appointment || appointment.status !== 'scheduled') throw new RoomAccessError(404, 'not_found')
    if (!scope.canChange(appointment)) throw new RoomAccessError(403, 'not_yours')
    /* reading the state right after the end shows that end; entering again opens a new consultation */
    const consultation = options.running
      ? await runningConsultationOf(appointment)
      : ((options.ended ? await latestConsultationOf(appointment) : null) ??
        (await new ConsultationService(organization).openFor(appointment)))
    if (!consultation) throw new RoomAccessError(410, 'ended')
    const record = await recordOnce({ consultationId: consultation.id, userId: user.id }, { role: 'staff' })
    return {
      organization,
      consultation,
      appointment,
      record,
      uid: `u${user.id}`,
      name: user.fullName,
      role: 'staff',
      isStaff: true,
      admitted: true,
      user,
      participant: null,
    }
  },

  async invitee(organization: Organization, token: string, options: RoomAccessOptions = {}): Promise<RoomMember> {
    const participant = await AccessLinks.find(token)
    if (!participant) throw new RoomAccessError(404, 'not_found')
    const appointment = participant.appointment
    if (accessState(appointment, clock.now()).state !== 'open') throw new RoomAccessError(410, 'not_open')
    const record = await latestRecordOf(participant)
    if (!record) throw new RoomAccessError(403, 'not_admitted')
    const consultation = record.consultation
    if (consultation.status !== 'open' && !options.ended) throw new RoomAccessError(410, 'ended')
    const admitted = Boolean(record.admittedAt)
    if (!admitted && !(options.waiting && record.waitingSince)) throw new RoomAccessError(403, 'not_admitted')
    await participant.load((loader) => loader.load('client').load('externalParticipant'))
    return {
      organization,
      consultation,
      appointment,
      record,
      uid: `p${participant.id}`,
      name: participant.person?.displayName ?? '',
      role: participant.role as RoomRole,
      isStaff: false,
      admitted,
      user: null,
      participant,
    }
  },
}

async function runningConsultationOf(appointment: Appointment) {
  return Consultation.query().where('appointment_id', appointment.id).where('status', 'open').first()
}

async function latestConsultationOf(appointment: Appointment) {
  return Consultation.query().where('appointment_id', appointment.id).orderBy('id', 'desc').first()
}

/** The invitee's record in the latest consultation of their appointment they checked in to */
export async function latestRecordOf(participant: AppointmentParticipant) {
  return ConsultationParticipant.query()
    .where('appointment_participant_id', participant.id)
    .whereHas('consultation', (consultation) => consultation.where('appointment_id', participant.appointmentId))
    .preload('consultation')
    .orderBy('consultation_id', 'desc')
    .first()
}

/** Transmit channels a browser session may listen to (start/transmit.ts reads them) */
const GRANTS_KEY = 'room_channels'
const MAX_GRANTS = 20

export const RoomGrants = {
  grant(session: Session, channel: string) {
    const granted: string[] = session.get(GRANTS_KEY, [])
    if (granted.includes(channel)) return
    session.put(GRANTS_KEY, [...granted, channel].slice(-MAX_GRANTS))
  },

  has(session: Session | undefined, channel: string): boolean {
    const granted: unknown = session?.get(GRANTS_KEY, [])
    return Array.isArray(granted) && granted.includes(channel)
  },

  grantRoom(session: Session, member: RoomMember) {
    this.grant(session, RoomChannels.consultation(member.organization.slug, member.consultation.mediaSession))
  },
}
