import { randomBytes } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import { isUniqueViolation } from '#core/database/unique_violation'
import type Organization from '#models/organization'
import type Appointment from '#modules/agenda/models/appointment'
import Consultation from '#modules/consultation/models/consultation'
import ConsultationParticipant from '#modules/consultation/models/consultation_participant'
import { JoinTokens, JOIN_TOKEN_TTL_SECONDS, type JoinClaims } from '#modules/consultation/services/join_tokens'
import { EMBEDDED_NODE, EXTERNAL_NODE_PENDING, mediaPlane } from '#modules/consultation/sfu/media_plane'
import { SIGNAL_PATH } from '#modules/consultation/sfu/signal_server'
import type { IceServer } from '#modules/consultation/sfu/protocol'

/** What a page needs to enter the media session */
export type MediaTicket = {
  sessionId: string
  uid: string
  ticket: string
  expiresInSeconds: number
  /** WebSocket path of the signalling relay on the organization's own host */
  signalPath: string
  iceServers: IceServer[]
}

/**
 * The consultation of an appointment and the tickets into its media session.
 * A ticket is minted only for someone the app has checked (RoomAccess: the
 * employee holding the appointment, or an invitee brought in while their
 * access link is open).
 */
export default class ConsultationService {
  constructor(private organization: Organization) {}

  /**
   * The appointment's open consultation, created on first use. The first
   * check-ins and the practitioner's ticket race to create it: a unique index
   * lets one win, and the others read the winner.
   */
  async openFor(appointment: Appointment): Promise<Consultation> {
    const find = () => Consultation.query().where('appointment_id', appointment.id).where('status', 'open').first()
    const open = await find()
    if (open) return open
    try {
      /* in a transaction of its own: on PostgreSQL a refused insert must not spoil an enclosing one */
      return await db.transaction((trx) =>
        Consultation.create(
          {
            appointmentId: appointment.id,
            handlerId: appointment.handlerId,
            status: 'open',
            mediaSession: randomBytes(24).toString('base64url'),
            /* external nodes: which one is known once someone joins (RoomService.joined) */
            mediaNode: mediaPlane.usesExternalNodes() ? EXTERNAL_NODE_PENDING : EMBEDDED_NODE,
          },
          { client: trx }
        )
      )
    } catch (error) {
      const winner = isUniqueViolation(error) ? await find() : null
      if (!winner) throw error
      return winner
    }
  }

  ticketFor(consultation: Consultation, who: Pick<JoinClaims, 'uid' | 'name' | 'role'>): MediaTicket {
    return {
      sessionId: consultation.mediaSession,
      uid: who.uid,
      ticket: JoinTokens.mint({ ...who, sid: consultation.mediaSession, org: this.organization.id }),
      expiresInSeconds: JOIN_TOKEN_TTL_SECONDS,
      signalPath: SIGNAL_PATH,
      iceServers: mediaPlane.clientConfig().iceServers,
    }
  }
}

/** The consultation's record of a person, created once even when two requests race */
export async function recordOnce(
  search: { consultationId: number; userId?: number; appointmentParticipantId?: number },
  extra: { role: string }
): Promise<ConsultationParticipant> {
  const find = () => ConsultationParticipant.query().where(search).first()
  const existing = await find()
  if (existing) return existing
  try {
    return await db.transaction((trx) => ConsultationParticipant.create({ ...search, ...extra }, { client: trx }))
  } catch (error) {
    const winner = isUniqueViolation(error) ? await find() : null
    if (!winner) throw error
    return winner
  }
}
