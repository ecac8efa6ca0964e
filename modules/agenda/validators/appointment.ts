import vine from '@vinejs/vine'

/* dates stay strings (YYYY-MM-DD): they are local dates of the organization, not instants */
const isoDate = () => vine.string().regex(/^\d{4}-\d{2}-\d{2}$/)

const ids = () => vine.array(vine.number().positive().withoutDecimals()).maxLength(50).distinct().optional()

/** A client created together with the appointment (the same rules as the client form) */
const newClient = () =>
  vine
    .object({
      initials: vine.string().trim().minLength(1).maxLength(20),
      lastName: vine.string().trim().minLength(1).maxLength(120),
      dateOfBirth: isoDate(),
      email: vine.string().trim().email().maxLength(254).toLowerCase(),
      clientNumber: vine.string().trim().maxLength(64).optional(),
      phone: vine.string().trim().maxLength(40).regex(/^[+0-9 ()-]{6,40}$/).optional(),
      locale: vine.enum(['en', 'nl', 'de', 'pl']).optional(),
    })
    .optional()

const invitees = {
  clientIds: ids(),
  newClient: newClient(),
  externalParticipantIds: ids(),
  groupIds: ids(),
}

/** Plan or change an appointment (local date and time of the organization) */
export const appointmentValidator = vine.create({
  handlerId: vine.number().positive().withoutDecimals().optional(),
  departmentId: vine.number().positive().withoutDecimals().optional(),
  date: isoDate(),
  time: vine.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/),
  durationMinutes: vine.number().withoutDecimals().min(5).max(480),
  personalMessage: vine.string().trim().maxLength(2000).optional(),
  submissionKey: vine.string().trim().regex(/^[A-Za-z0-9-]{8,64}$/).optional(),
  ...invitees,
})

/** A consultation that starts now */
export const quickConsultationValidator = vine.create({
  handlerId: vine.number().positive().withoutDecimals().optional(),
  durationMinutes: vine.number().withoutDecimals().min(5).max(480),
  personalMessage: vine.string().trim().maxLength(2000).optional(),
  submissionKey: vine.string().trim().regex(/^[A-Za-z0-9-]{8,64}$/).optional(),
  ...invitees,
})

/** The list's filters (query string) */
export const appointmentFiltersValidator = vine.create({
  departmentId: vine.number().positive().withoutDecimals().optional(),
  handlerId: vine.number().positive().withoutDecimals().optional(),
  from: isoDate().optional(),
  to: isoDate().optional(),
  status: vine.enum(['scheduled', 'cancelled', 'all']).optional(),
  page: vine.number().positive().withoutDecimals().optional(),
})
