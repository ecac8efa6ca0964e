import transmit from '@adonisjs/transmit/services/main'
import clock from '#core/clock'
import type Organization from '#models/organization'
import type AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import type AgendaScope from '#modules/agenda/services/agenda_scope'
import { accessState } from '#modules/agenda/services/access_link'
import { dbTime, toLocal } from '#modules/agenda/services/local_time'
import ConsultationParticipant from '#modules/consultation/models/consultation_participant'
import ConsultationService, { recordOnce } from '#modules/consultation/services/consultation_service'
import { latestRecordOf } from '#modules/consultation/services/room_access'
import { RoomEvents } from '#modules/consultation/services/room_events'
import { mediaPlane } from '#modules/consultation/sfu/media_plane'
import { clientPresent, ensureMayEnter } from '#modules/consultation/services/entry_rule'

/** A waiting page that has not reported in for this long has left (closed tab, lost network) */
export const PRESENCE_TIMEOUT_SECONDS = 40

/** Arrived more than this after the appointment's start: "late" (red) */
export const LATE_AFTER_MINUTES = 5

export class NotWaitingError extends Error {}
/** The invitee's consultation has ended: their page shows the closing screen, not the waiting room again */
export class ConsultationEndedError extends Error {}

export type WaitingEntry = {
  id: number
  name: string
  role: string
  appointmentId: number
  /** the appointment's local time (HH:mm) and date in the organization's zone */
  appointmentTime: string
  appointmentDate: string
  handler: string | null
  waitingSince: string
  /**
   * on_time (green), late (red); walk_in (yellow): a visitor without an
   * appointment time. Consultations without an appointment come with the
   * booking widget's walk-ins; until then this list has none.
   */
  punctuality: 'on_time' | 'late' | 'walk_in'
}

/**
 * Who is in the waiting room. The patient's page checks in every few seconds
 * while the link is open; the practitioner sees the list (in real time
 * through a content-free ping on the organization's staff channel) and
 * brings someone in or sends them back.
 */
export default class WaitingRoomService {
  constructor(private organization: Organization) {}

  private get staffChannel() {
    return `organizations/${this.organization.slug}/staff`
  }

  /**
   * The invitee's page reports in; answers whether they may enter the room.
   * After a force start (the practitioner began without waiting) an
   * arriving invitee goes straight in.
   */
  async checkIn(participant: AppointmentParticipant): Promise<{ admitted: boolean }> {
    const now = clock.now()
    if (accessState(participant.appointment, now).state !== 'open') throw new NotWaitingError()
    const previous = await latestRecordOf(participant)
    if (previous && previous.consultation.status !== 'open' && previous.admittedAt) throw new ConsultationEndedError()
    const consultation = await new ConsultationService(this.organization).openFor(participant.appointment)
    const record = await recordOnce(
      { consultationId: consultation.id, appointmentParticipantId: participant.id },
      { role: participant.role }
    )
    const arriving = !record.lastSeenAt || record.lastSeenAt < now.minus({ seconds: PRESENCE_TIMEOUT_SECONDS })
    if (arriving && !record.admittedAt) record.waitingSince = now
    /* external participants still wait for the client (entry_rule.ts) */
    if (!record.admittedAt && consultation.forceStartedAt && (record.role !== 'external' || (await clientPresent(consultation.id)))) {
      record.admittedAt = now
    }
    record.lastSeenAt = now
    await record.save()
    if (arriving) this.ping()
    return { admitted: Boolean(record.admittedAt) }
  }

  /** Invitees waiting now for appointments the user may see, longest waiting first */
  async list(scope: AgendaScope): Promise<WaitingEntry[]> {
    const since = clock.now().minus({ seconds: PRESENCE_TIMEOUT_SECONDS })
    const visible = scope.appointments().where('appointments.status', 'scheduled').select('appointments.id')
    const waiting = await ConsultationParticipant.query()
      .whereNot('role', 'staff')
      .whereNull('admitted_at')
      .whereNotNull('waiting_since')
      .where('last_seen_at', '>=', dbTime(since))
      .whereHas('consultation', (consultation) => consultation.where('status', 'open').whereIn('appointment_id', visible))
      .preload('consultation', (consultation) =>
        consultation.preload('appointment', (appointment) => appointment.preload('handler'))
      )
      /* typed loosely: Lucid's relation-name inference gives up on this cross-module relation */
      .preload('appointmentParticipant' as never, (participant: any) => participant.preload('client').preload('externalParticipant'))
      .orderBy('waiting_since')
    const zone = this.organization.timezone
    return waiting.map((entry) => {
      const appointment = entry.consultation.appointment
      const start = toLocal(appointment.startsAt, zone)
      return {
        id: entry.id,
        name: (entry as ConsultationParticipant).appointmentParticipant?.person?.displayName ?? '',
        role: entry.role,
        appointmentId: appointment.id,
        appointmentTime: start.toFormat('HH:mm'),
        appointmentDate: start.toISODate()!,
        handler: appointment.handler?.fullName ?? null,
        waitingSince: entry.waitingSince!.toUTC().toISO()!,
        punctuality: entry.waitingSince! > appointment.startsAt.plus({ minutes: LATE_AFTER_MINUTES }) ? 'late' : 'on_time',
      }
    })
  }

  /** Bring a waiting invitee in (their page then asks for a ticket); external participants only while the client is in */
  async admit(scope: AgendaScope, id: number) {
    const record = await this.visible(scope, id)
    await ensureMayEnter(record)
    record.admittedAt = clock.now()
    await record.save()
    this.ping()
    await this.tellInvitee(record)
  }

  /** Send someone back to the waiting room */
  async sendBack(scope: AgendaScope, id: number) {
    const record = await this.visible(scope, id)
    record.admittedAt = null
    record.waitingSince = clock.now()
    await record.save()
    /* out of the media session too, not only told to leave */
    if (record.appointmentParticipantId !== null) {
      await mediaPlane.drop(record.consultation.mediaSession, `p${record.appointmentParticipantId}`)
    }
    this.ping()
    await this.tellInvitee(record)
    await RoomEvents.changed(record.consultation, 'participants')
  }

  /* the invitee's page asks again at once instead of at its next check-in */
  private async tellInvitee(record: ConsultationParticipant) {
    if (record.appointmentParticipantId !== null) {
      await RoomEvents.inviteeChanged(this.organization.id, record.appointmentParticipantId)
    }
  }

  /**
   * A waiting invitee the user may let in: of an appointment they may see and
   * hold (AgendaScope.canChange: admins, the appointment's handler, or a
   * handler of a department appointment), not a colleague's patient.
   */
  async visible(scope: AgendaScope, id: number) {
    const visible = scope.appointments().select('appointments.id')
    const record = await ConsultationParticipant.query()
      .where('id', id)
      .whereNot('role', 'staff')
      .whereHas('consultation', (consultation) => consultation.whereIn('appointment_id', visible))
      .preload('consultation', (consultation) => consultation.preload('appointment'))
      .first()
    if (!record || !scope.canChange(record.consultation.appointment)) throw new NotWaitingError()
    return record
  }

  /* content-free: staff pages refetch the list they are allowed to see */
  private ping() {
    transmit.broadcast(this.staffChannel, { type: 'waiting_list_changed' })
  }
}
