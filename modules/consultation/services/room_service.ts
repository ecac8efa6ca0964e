import { randomBytes } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import clock from '#core/clock'
import { EMBEDDED_NODE, EXTERNAL_NODE_PENDING, mediaPlane } from '#modules/consultation/sfu/media_plane'
import tenancy from '#core/tenancy/tenancy'
import Consultation from '#modules/consultation/models/consultation'
import ConsultationParticipant from '#modules/consultation/models/consultation_participant'
import type { JoinClaims } from '#modules/consultation/services/join_tokens'
import type { RoomMember, RoomRole } from '#modules/consultation/services/room_access'
import { RoomChannels, RoomEvents } from '#modules/consultation/services/room_events'
import { cleanUpRoom } from '#modules/consultation/services/room_cleanup'
import { photoVersion } from '#modules/consultation/services/room_photos'
import { inMediaSession, MediaPresenceTracker, whereInMediaSession } from '#modules/consultation/services/media_presence'

export type RoomParticipant = {
  uid: string
  name: string
  role: RoomRole
  /** connected to the media session now (media_presence.ts: a connection nobody refreshed has gone) */
  present: boolean
  streams: { camera: string | null; screen: string | null }
  /** staff with a profile photo: its version, served at <base>/participants/<uid>/photo?v=<photo> (room_photos.ts); else null */
  photo: string | null
  /** has turned their camera off (it still sends black frames): show the photo or initials */
  cameraOff: boolean
}

export type RoomState = {
  consultation: { id: number; status: 'open' | 'ended'; startedAt: string | null; endedAt: string | null; channel: string }
  me: { uid: string; name: string; role: RoomRole; isStaff: boolean }
  participants: RoomParticipant[]
  permissions: {
    screenShare: boolean
    fileShare: boolean
    chat: boolean
    addParticipant: boolean
    end: boolean
    forceStart: boolean
    resolutionChange: boolean
    backgroundEffects: boolean
    /** set or clear the shared-document link (staff) */
    sharedDocument: boolean
  }
  /** the shared-document link the practitioner set (https), while the consultation runs */
  sharedDocument: string | null
  display: {
    videoFit: 'cover' | 'contain'
    settingsFirst: boolean
    warnBackgroundReplacement: boolean
    stopOnWebcamFailure: boolean
  }
  /** what a client sees when the consultation has ended */
  closing: { phone: string | null; email: string | null; website: string | null; surveyUrl: string | null } | null
}

/** The most people in one room: the grid and the media budget are made for 2-6 */
export const MAX_ROOM_SIZE = 6

/** A stream id as ion-sdk-js makes them (uuid) or browsers do; nothing else is stored */
export const STREAM_ID_PATTERN = /^[A-Za-z0-9{}_-]{1,100}$/

/**
 * The consultation room: who is in it, what they publish, and its start and
 * end. Presence comes from the signalling relay (joined / left), so the
 * record of who took part and for how long needs no trust in the browser.
 */
export default class RoomService {
  async state(member: RoomMember): Promise<RoomState> {
    const { consultation, organization } = member
    const settings = organization.advancedSettings
    const participants = await this.participants(consultation)
    const ended = consultation.status !== 'open'
    const clientPresent = participants.some((participant) => participant.role === 'client' && participant.present)
    return {
      consultation: {
        id: consultation.id,
        status: ended ? 'ended' : 'open',
        startedAt: consultation.startedAt?.toUTC().toISO() ?? null,
        endedAt: consultation.endedAt?.toUTC().toISO() ?? null,
        channel: RoomChannels.consultation(organization.slug, consultation.mediaSession),
      },
      me: { uid: member.uid, name: member.name, role: member.role, isStaff: member.isStaff },
      participants,
      permissions: {
        screenShare: settings.allow_screen_sharing === true,
        fileShare: settings.allow_file_sharing === true,
        chat: true,
        addParticipant: member.isStaff,
        end: member.isStaff,
        forceStart:
          member.isStaff && settings.allow_force_start === true && !consultation.forceStartedAt && !clientPresent,
        resolutionChange: settings.allow_resolution_change === true,
        backgroundEffects: settings.allow_background_effects === true,
        sharedDocument: member.isStaff,
      },
      sharedDocument: ended ? null : (consultation.sharedDocumentUrl ?? null),
      display: {
        videoFit: settings.video_fit === 'contain' ? 'contain' : 'cover',
        settingsFirst: settings.settings_screen_first === true,
        warnBackgroundReplacement: settings.warn_background_replacement === true,
        stopOnWebcamFailure: settings.stop_on_webcam_failure === true,
      },
      closing:
        member.isStaff || !ended
          ? null
          : {
              phone: organization.contactPhone ?? null,
              email: organization.contactEmail ?? null,
              website: organization.website ?? null,
              surveyUrl:
                settings.evaluation_survey === true && typeof settings.evaluation_survey_url === 'string'
                  ? settings.evaluation_survey_url
                  : null,
            },
    }
  }

  /** Everyone who is or was in the room: staff, and invitees once brought in */
  async participants(consultation: Consultation): Promise<RoomParticipant[]> {
    const records = await ConsultationParticipant.query()
      .where('consultation_id', consultation.id)
      .where((query) => query.where('role', 'staff').orWhereNotNull('admitted_at'))
      .preload('user')
      .preload('appointmentParticipant' as never, (participant: any) => participant.preload('client').preload('externalParticipant'))
      .orderBy('id')
    const now = clock.now()
    return records.map((record) => ({
      uid: uidOf(record),
      name:
        record.role === 'staff'
          ? (record.user?.fullName ?? '')
          : (record.appointmentParticipant?.person?.displayName ?? ''),
      role: record.role as RoomRole,
      present: inMediaSession(record, now),
      streams: { camera: record.cameraStream, screen: record.screenStream },
      photo: record.role === 'staff' ? photoVersion(record.user?.avatarPath ?? null) : null,
      cameraOff: record.cameraOff === true,
    }))
  }

  /** Whether the room has no place for this member (someone already in keeps their place across a re-join) */
  async isFullFor(member: RoomMember): Promise<boolean> {
    const present = await whereInMediaSession(ConsultationParticipant.query().where('consultation_id', member.consultation.id))
      .whereNot('id', member.record.id)
      .count('* as total')
    return Number(present[0].$extras.total) >= MAX_ROOM_SIZE
  }

  /** The browser says which of its published streams is its camera and which its screen */
  async announceStreams(member: RoomMember, streams: { camera?: string | null; screen?: string | null }) {
    if (streams.camera !== undefined) member.record.cameraStream = streams.camera
    if (streams.screen !== undefined) member.record.screenStream = streams.screen
    await member.record.save()
    await RoomEvents.changed(member.consultation, 'participants', member.organization)
  }

  /**
   * The practitioner starts without waiting for the client: a client who
   * checks in later goes straight into the room (the org's allow_force_start).
   */
  async forceStart(member: RoomMember) {
    const consultation = member.consultation
    if (consultation.forceStartedAt) return
    consultation.forceStartedAt = clock.now()
    consultation.startedAt ??= clock.now()
    await consultation.save()
    await RoomEvents.changed(consultation, 'participants', member.organization)
  }

  /**
   * Ends the consultation: duration recorded, shared files and room chat
   * deleted, everyone told. `at` is when it really ended (the last person
   * leaving, for a consultation nobody closed).
   */
  async end(consultation: Consultation, at = clock.now()) {
    if (consultation.status !== 'open') return
    const now = at
    /* one end only, even when the practitioner and the sweeper (or two tabs) end it at once */
    const claimed = await db.transaction(async (trx) => {
      const open = await Consultation.query({ client: trx }).where('id', consultation.id).where('status', 'open').forUpdate().first()
      if (!open) return null
      open.status = 'ended'
      open.endedAt = now
      open.durationSeconds = open.startedAt ? Math.max(0, Math.round(now.diff(open.startedAt, 'seconds').seconds)) : 0
      open.sharedDocumentUrl = null
      await open.save()
      return open
    })
    if (!claimed) return
    consultation.merge({ status: claimed.status, endedAt: claimed.endedAt, durationSeconds: claimed.durationSeconds, sharedDocumentUrl: null })
    await mediaPlane.drop(consultation.mediaSession)
    const present = await ConsultationParticipant.query()
      .where('consultation_id', consultation.id)
      .whereNotNull('media_connection')
    for (const record of present) {
      record.mediaConnection = null
      record.leftAt = now
      await record.save()
    }
    await cleanUpRoom(consultation)
    await RoomEvents.changed(consultation, 'ended')
  }

  /**
   * The signalling relay reports a join. Returns the connection's id, which
   * its `left` must bring back: a re-join replaces the connection, and the
   * old one closing later must not mark the person as gone. `false`: this
   * person may not be in the session (the relay closes the socket).
   * `node`: the media server this join went to ('embedded', or an external
   * node's host:port); the first join on a node puts it on record.
   */
  async joined(claims: JoinClaims, node: string = mediaPlane.nodeOf(claims.sid)): Promise<string | null | false> {
    return tenancy.run(claims.org, async () => {
      const consultation = await Consultation.query().where('media_session', claims.sid).first()
      /* no consultation: a session the app made for something else (the network test's loopback) */
      if (!consultation) return null
      /* ended, not on record, or sent back: put out (a ticket lives 120 s, longer than a send-back) */
      if (consultation.status !== 'open') return false
      const record = await recordOfUid(consultation, claims.uid)
      if (!record || (record.role !== 'staff' && !record.admittedAt)) return false
      const connection = randomBytes(12).toString('base64url')
      const now = clock.now()
      record.mediaConnection = connection
      record.mediaSeenAt = now
      record.joinedAt ??= now
      record.leftAt = null
      /* a new connection starts with the camera on until its page says otherwise (it does after every join) */
      record.cameraOff = false
      await record.save()
      if (node !== EMBEDDED_NODE && node !== EXTERNAL_NODE_PENDING && [EMBEDDED_NODE, EXTERNAL_NODE_PENDING].includes(consultation.mediaNode)) {
        /* usage reports and operators see which external node served it */
        consultation.mediaNode = node
        await consultation.save()
      }
      if (!consultation.startedAt) {
        const present = await whereInMediaSession(ConsultationParticipant.query().where('consultation_id', consultation.id), now).count(
          '* as total'
        )
        if (Number(present[0].$extras.total) >= 2) {
          consultation.startedAt = now
          await consultation.save()
        }
      }
      await RoomEvents.changed(consultation, 'participants')
      if (record.role === 'client') await this.tellWaitingGuests(consultation)
      return connection
    })
  }

  /**
   * Externals and group invitees wait for the client (entry_rule.ts): when
   * the client comes or goes, their waiting pages look again at once.
   */
  private async tellWaitingGuests(consultation: Consultation) {
    const waiting = await ConsultationParticipant.query()
      .where('consultation_id', consultation.id)
      .whereNot('role', 'client')
      .whereNotNull('appointment_participant_id')
      .whereNotNull('waiting_since')
      .whereNull('admitted_at')
      .select('appointment_participant_id')
    for (const guest of waiting) await RoomEvents.inviteeChanged(consultation.organizationId, guest.appointmentParticipantId!)
  }

  async left(claims: JoinClaims, connection: string) {
    await tenancy.run(claims.org, async () => {
      const consultation = await Consultation.query().where('media_session', claims.sid).first()
      if (!consultation) return
      const record = await recordOfUid(consultation, claims.uid)
      if (!record || record.mediaConnection !== connection) return
      record.mediaConnection = null
      record.leftAt = clock.now()
      record.cameraStream = null
      record.screenStream = null
      record.cameraOff = false
      await record.save()
      await RoomEvents.changed(consultation, 'participants')
      if (record.role === 'client') await this.tellWaitingGuests(consultation)
    })
  }

  /**
   * Hooks for the signalling relay; they never throw into it. `presence`
   * holds the connections joined through this instance's relay and not
   * closed yet: its timer keeps them alive in the database (start() it).
   */
  static presenceHooks(log: (message: string, error?: unknown) => void, presence = new MediaPresenceTracker()) {
    const service = new RoomService()
    return {
      presence,
      onJoined: (claims: JoinClaims): Promise<string | null | false> =>
        service
          .joined(claims)
          .catch((error) => {
            log('could not record a join', error)
            return null
          })
          .then((connection) => {
            if (connection) presence.hold(connection)
            return connection
          }),
      onClosed: (claims: JoinClaims | null, _reason: string, joining: unknown) => {
        if (!claims || !(joining instanceof Promise)) return
        ;(joining as Promise<string | null | false>)
          .then((connection) => {
            if (!connection) return
            presence.release(connection)
            return service.left(claims, connection)
          })
          .catch((error) => log('could not record a leave', error))
      },
    }
  }
}

function uidOf(record: ConsultationParticipant): string {
  return record.userId !== null && record.role === 'staff' ? `u${record.userId}` : `p${record.appointmentParticipantId}`
}

async function recordOfUid(consultation: Consultation, uid: string) {
  const match = /^([up])([0-9]{1,10})$/.exec(uid)
  if (!match) return null
  const id = Number(match[2])
  return ConsultationParticipant.query()
    .where('consultation_id', consultation.id)
    .where(match[1] === 'u' ? 'user_id' : 'appointment_participant_id', id)
    .first()
}
