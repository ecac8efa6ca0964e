import vine from '@vinejs/vine'

export const departmentValidator = vine.create({
  name: vine.string().trim().minLength(1).maxLength(120),
  description: vine.string().trim().maxLength(500).optional(),
  color: vine.string().regex(/^#[0-9a-fA-F]{6}$/),
})
