import { randomBytes } from 'node:crypto'
import env from '#start/env'
import clock from '#core/clock'
import type Organization from '#models/organization'
import type User from '#models/user'
import type Appointment from '#modules/agenda/models/appointment'
import type AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import { accessState } from '#modules/agenda/services/access_link'
import Consultation from '#modules/consultation/models/consultation'
import ConsultationParticipant from '#modules/consultation/models/consultation_participant'
import { JoinTokens, JOIN_TOKEN_TTL_SECONDS, type JoinClaims } from '#modules/consultation/services/join_tokens'

/** What a page needs to enter the media session */
export type MediaTicket = {
  sessionId: string
  uid: string
  ticket: string
  expiresInSeconds: number
  /** WebSocket path of the signalling relay on the organization's own host */
  signalPath: string
  iceServers: RTCIceServerLike[]
}

type RTCIceServerLike = { urls: string | string[]; username?: string; credential?: string }

export class LinkNotOpenError extends Error {}
export class InviteeNotAdmittedError extends Error {}

/**
 * The consultation of an appointment and the tickets into its media session.
 * A ticket is minted only for someone the app has checked: an employee who
 * may see the appointment (the caller checks that through AgendaScope) or an
 * invitee whose access link is open now.
 */
export default class ConsultationService {
  constructor(private organization: Organization) {}

  /** The appointment's open consultation, created on first use */
  async openFor(appointment: Appointment): Promise<Consultation> {
    const open = await Consultation.query().where('appointment_id', appointment.id).where('status', 'open').first()
    if (open) return open
    return Consultation.create({
      appointmentId: appointment.id,
      handlerId: appointment.handlerId,
      status: 'open',
      mediaSession: randomBytes(24).toString('base64url'),
      mediaNode: 'embedded',
    })
  }

  async ticketForStaff(user: User, appointment: Appointment): Promise<MediaTicket> {
    const consultation = await this.openFor(appointment)
    await ConsultationParticipant.firstOrCreate(
      { consultationId: consultation.id, userId: user.id },
      { consultationId: consultation.id, userId: user.id, role: 'staff' }
    )
    return this.ticket(consultation, { uid: `u${user.id}`, name: user.fullName, role: 'staff' })
  }

  /**
   * An invitee enters only while their link is open and after the
   * practitioner brought them in from the waiting room. (Force start, which
   * lets a late client straight in, comes with the consultation room.)
   */
  async ticketForInvitee(participant: AppointmentParticipant): Promise<MediaTicket> {
    const appointment = participant.appointment
    if (accessState(appointment, clock.now()).state !== 'open') throw new LinkNotOpenError()
    await participant.load((loader) => loader.load('client').load('externalParticipant'))
    const consultation = await this.openFor(appointment)
    const record = await ConsultationParticipant.query()
      .where('consultation_id', consultation.id)
      .where('appointment_participant_id', participant.id)
      .first()
    if (!record?.admittedAt) throw new InviteeNotAdmittedError()
    return this.ticket(consultation, {
      uid: `p${participant.id}`,
      name: participant.person?.displayName ?? '',
      role: participant.role,
    })
  }

  private ticket(consultation: Consultation, who: Pick<JoinClaims, 'uid' | 'name' | 'role'>): MediaTicket {
    return {
      sessionId: consultation.mediaSession,
      uid: who.uid,
      ticket: JoinTokens.mint({ ...who, sid: consultation.mediaSession, org: this.organization.id }),
      expiresInSeconds: JOIN_TOKEN_TTL_SECONDS,
      signalPath: '/media/signal',
      iceServers: iceServers(),
    }
  }
}

/** STUN/TURN servers handed to browsers (SFU_ICE_SERVERS, a JSON array); none by default */
export function iceServers(): RTCIceServerLike[] {
  const configured = env.get('SFU_ICE_SERVERS' as any) as string | undefined
  if (!configured) return []
  try {
    const parsed = JSON.parse(configured)
    return Array.isArray(parsed) ? parsed : []
  } catch {
    return []
  }
}
