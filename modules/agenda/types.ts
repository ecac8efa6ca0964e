/** Value sets of the agenda's columns (see the module's migrations) */
export const APPOINTMENT_KINDS = ['regular', 'quick'] as const
export type AppointmentKind = (typeof APPOINTMENT_KINDS)[number]

export const APPOINTMENT_STATUSES = ['scheduled', 'cancelled'] as const
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number]

export const PARTICIPANT_ROLES = ['client', 'external'] as const
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number]

export const EMAIL_STATUSES = ['pending', 'sent', 'failed', 'skipped'] as const
export type EmailStatus = (typeof EMAIL_STATUSES)[number]

export const RECURRENCES = ['once', 'weekly'] as const
export type Recurrence = (typeof RECURRENCES)[number]

export const AVAILABILITY_PURPOSES = ['booking', 'walk_in'] as const
export type AvailabilityPurpose = (typeof AVAILABILITY_PURPOSES)[number]

/** The appointment e-mails whose subject and body an e-mail set defines */
export const EMAIL_KINDS = ['confirmation', 'reminder', 'change', 'cancellation'] as const
export type EmailKind = (typeof EMAIL_KINDS)[number]

export const WAITING_ROOM_TEXT_KINDS = ['early', 'on_time', 'late'] as const
export type WaitingRoomTextKind = (typeof WAITING_ROOM_TEXT_KINDS)[number]
