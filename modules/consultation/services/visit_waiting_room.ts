import type { ServerResponse } from 'node:http'
import clock from '#core/clock'
import type Organization from '#models/organization'
import type AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import ConsultationParticipant from '#modules/consultation/models/consultation_participant'
import ConsultationService, { recordOnce } from '#modules/consultation/services/consultation_service'
import { mayEnterNow } from '#modules/consultation/services/entry_rule'
import { latestRecordOf } from '#modules/consultation/services/room_access'

/** What the patient's waiting room shows besides the info text and announcements (PRODUCT 4.1, 1.8) */
export type WaitingRoomFeatures = {
  organizationName: string
  /** the invitee's uid in the room (p<appointmentParticipantId>): the chat marks their own messages with it */
  uid: string
  /** the organization's disclaimer, to accept before entering the waiting room; null when it has none */
  disclaimer: { text: string; accepted: boolean } | null
  /** the small "wait here, you are let in, allow the camera" animation */
  explainer: boolean
  /** the organization's own page, shown in a sandboxed frame */
  iframeUrl: string | null
  /** whether the patient may write in the chat (the practitioner's messages show either way) */
  chat: boolean
}

/** The disclaimer text when the organization asks for one (a switched-on disclaimer without text asks nothing) */
export function disclaimerText(organization: Organization): string | null {
  const settings = organization.advancedSettings
  if (settings.disclaimer !== true) return null
  const text = typeof settings.disclaimer_text === 'string' ? settings.disclaimer_text.trim() : ''
  return text === '' ? null : text
}

/** The waiting room's own frame: only an http(s) address, only when switched on */
export function waitingRoomIframeUrl(organization: Organization): string | null {
  const settings = organization.advancedSettings
  if (settings.waiting_room_iframe !== true || typeof settings.waiting_room_iframe_url !== 'string') return null
  try {
    const url = new URL(settings.waiting_room_iframe_url)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null
  } catch {
    return null
  }
}

/** Whether this invitee accepted the disclaimer before (in any consultation of their appointment) */
export async function hasAcceptedDisclaimer(participant: AppointmentParticipant): Promise<boolean> {
  const accepted = await ConsultationParticipant.query()
    .where('appointment_participant_id', participant.id)
    .whereNotNull('disclaimer_accepted_at')
    .first()
  return Boolean(accepted)
}

/** The organization asks for a disclaimer and this invitee has not accepted it yet */
export async function disclaimerPending(organization: Organization, participant: AppointmentParticipant): Promise<boolean> {
  return disclaimerText(organization) !== null && !(await hasAcceptedDisclaimer(participant))
}

/**
 * Records the acceptance on the invitee's record in the appointment's open
 * consultation, with the moment: the consultation records say who accepted
 * what when. Accepting twice keeps the first moment.
 */
export async function acceptDisclaimer(organization: Organization, participant: AppointmentParticipant) {
  const consultation = await new ConsultationService(organization).openFor(participant.appointment)
  const record = await recordOnce(
    { consultationId: consultation.id, appointmentParticipantId: participant.id },
    { role: participant.role }
  )
  if (record.disclaimerAcceptedAt) return record
  record.disclaimerAcceptedAt = clock.now()
  await record.save()
  return record
}

/**
 * What a waiting invitee waits for besides the practitioner: 'client' for an
 * external participant (also one invited through a group) who may enter only
 * while a client is in the room (entry_rule.ts, PRODUCT 4.5) and no client is
 * there now; null otherwise (ordinary waiting, or already let in). Says no
 * more than that: not who the client is, nor anything else about them.
 */
export type WaitingFor = 'client' | null

export async function waitingFor(participant: AppointmentParticipant, admitted: boolean): Promise<WaitingFor> {
  if (admitted || participant.role !== 'external') return null
  const record = await latestRecordOf(participant)
  if (!record || record.consultation.status !== 'open') return null
  return (await mayEnterNow(record)) ? null : 'client'
}

export async function waitingRoomFeatures(
  organization: Organization,
  participant: AppointmentParticipant
): Promise<WaitingRoomFeatures> {
  const text = disclaimerText(organization)
  const settings = organization.advancedSettings
  return {
    organizationName: organization.name,
    uid: `p${participant.id}`,
    disclaimer: text === null ? null : { text, accepted: await hasAcceptedDisclaimer(participant) },
    explainer: settings.explainer_animation === true,
    iframeUrl: waitingRoomIframeUrl(organization),
    chat: settings.chat_in_waiting_room === true,
  }
}

/**
 * The Content-Security-Policy (config/shield.ts) lets pages frame only the
 * app itself (default-src 'self'). The waiting room that shows the
 * organization's own page widens frame-src by that page's origin, for this
 * one response only. Does nothing where no policy is sent (development, tests).
 */
export function allowFrameSource(response: ServerResponse, url: string) {
  const origin = new URL(url).origin
  for (const name of ['Content-Security-Policy', 'Content-Security-Policy-Report-Only']) {
    const header = response.getHeader(name)
    if (typeof header !== 'string') continue
    const directives = header
      .split(';')
      .map((directive) => directive.trim())
      .filter(Boolean)
    const index = directives.findIndex((directive) => directive.split(/\s+/)[0].toLowerCase() === 'frame-src')
    if (index >= 0) directives[index] = `${directives[index]} ${origin}`
    else directives.push(`frame-src 'self' ${origin}`)
    response.setHeader(name, directives.join(';'))
  }
}
