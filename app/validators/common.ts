import vine from '@vinejs/vine'

/** Routes of the form /things/:id */
export const idParamsValidator = vine.create({
  params: vine.object({ id: vine.number().positive().withoutDecimals() }),
})

/** Phone numbers as people type them: digits, spaces, +, brackets, dashes */
export const phoneNumber = () =>
  vine
    .string()
    .trim()
    .maxLength(40)
    .regex(/^[+0-9 ()-]{6,40}$/)
