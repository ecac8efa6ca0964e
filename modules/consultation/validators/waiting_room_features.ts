import vine from '@vinejs/vine'

const id = () => vine.number().positive().withoutDecimals().optional()

/**
 * Add someone to the running consultation: an existing client, an external
 * participant, a whole group, or a new person by name and e-mail (exactly
 * one of them; the controller checks that).
 */
export const addParticipantValidator = vine.create({
  clientId: id(),
  externalParticipantId: id(),
  groupId: id(),
  newPerson: vine
    .object({
      initials: vine.string().trim().minLength(1).maxLength(20),
      lastName: vine.string().trim().minLength(1).maxLength(120),
      email: vine.string().trim().email().maxLength(254).toLowerCase(),
      dateOfBirth: vine
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional(),
      locale: vine.enum(['en', 'nl', 'de', 'pl']).optional(),
    })
    .optional(),
})

/** The walk-in availability switch */
export const walkInValidator = vine.create({
  available: vine.boolean(),
})
