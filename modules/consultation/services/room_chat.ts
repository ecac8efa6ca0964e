import type { DateTime } from 'luxon'
import type Organization from '#models/organization'
import type Consultation from '#modules/consultation/models/consultation'
import ConsultationMessage from '#modules/consultation/models/consultation_message'
import type { RoomMember } from '#modules/consultation/services/room_access'
import { RoomEvents } from '#modules/consultation/services/room_events'
import { whileOpen } from '#modules/consultation/services/open_consultation'

export const MESSAGE_MAX_LENGTH = 2000
/** The panel shows the latest messages of a consultation; a consultation is short */
export const MESSAGE_HISTORY = 300

/** One message as the panel shows it */
export type ChatMessage = {
  id: number
  uid: string
  name: string
  role: string
  isStaff: boolean
  body: string
  /** sent by the member who asks */
  mine: boolean
  /** addressed to one person (a message to someone waiting) */
  direct: boolean
  createdAt: string
}

export type ChatSender = { uid: string; name: string; role: string }

/**
 * Chat within one consultation. Messages are for everyone in it, except a
 * staff message to one waiting invitee, which only that invitee and the
 * staff see. Text and names are encrypted at rest; the content never travels
 * on the real-time channel (pages refetch on a content-free 'messages').
 */
export const RoomChat = {
  /** Whether this member may write now: in the room, or waiting where the organization allows chat there */
  canPost(member: RoomMember): boolean {
    return member.admitted || member.organization.advancedSettings.chat_in_waiting_room === true
  },

  async list(member: RoomMember): Promise<ChatMessage[]> {
    const query = ConsultationMessage.query().where('consultation_id', member.consultation.id)
    if (!member.isStaff && member.admitted) {
      query.where((visible) => visible.whereNull('recipient_uid').orWhere('recipient_uid', member.uid))
    } else if (!member.isStaff) {
      /* still waiting (or sent back): their own conversation only, never what is said in the room */
      query.where((visible) => visible.where('recipient_uid', member.uid).orWhere('sender_uid', member.uid))
    }
    const latest = await query.orderBy('id', 'desc').limit(MESSAGE_HISTORY)
    return latest.reverse().map((message) => present(message, member.uid))
  },

  async post(member: RoomMember, body: string): Promise<ChatMessage> {
    const sender = { uid: member.uid, name: member.name, role: member.role }
    const message = await this.write(member.consultation, sender, body, null, member.organization)
    return present(message, member.uid)
  },

  /** A staff member's message to one waiting invitee (who sees it even where waiting-room chat is off) */
  async toInvitee(consultation: Consultation, sender: ChatSender, appointmentParticipantId: number, body: string) {
    const message = await this.write(consultation, sender, body, `p${appointmentParticipantId}`)
    await RoomEvents.inviteeChanged(consultation.organizationId, appointmentParticipantId)
    return present(message, sender.uid)
  },

  /**
   * Stored only while the consultation is open (RoomEndedError, 410, once it
   * ended): a message sent as the practitioner ends cannot outlive the end's
   * clean-up.
   */
  async write(
    consultation: Consultation,
    sender: ChatSender,
    body: string,
    recipientUid: string | null,
    organization?: Pick<Organization, 'id' | 'slug'>
  ) {
    const message = await whileOpen(consultation, (trx) =>
      ConsultationMessage.create(
        {
          consultationId: consultation.id,
          senderUid: sender.uid,
          senderName: sender.name,
          senderRole: sender.role,
          recipientUid,
          body,
        },
        { client: trx }
      )
    )
    await RoomEvents.changed(consultation, 'messages', organization)
    return message
  },

  async deleteAll(consultation: Consultation) {
    await ConsultationMessage.query().where('consultation_id', consultation.id).delete()
  },
}

function present(message: ConsultationMessage, viewerUid: string): ChatMessage {
  return {
    id: message.id,
    uid: message.senderUid,
    name: message.senderName ?? '',
    role: message.senderRole,
    isStaff: message.senderRole === 'staff',
    body: message.body,
    mine: message.senderUid === viewerUid,
    direct: message.recipientUid !== null,
    createdAt: (message.createdAt as DateTime).toUTC().toISO()!,
  }
}
