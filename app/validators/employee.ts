import vine from '@vinejs/vine'
import { phoneNumber } from '#validators/common'
import { ORGANIZATION_ROLES } from '#core/roles'
import { SUPPORTED_LOCALES } from '#core/i18n/locales'

export const employeeValidator = vine.create({
  fullName: vine.string().trim().minLength(2).maxLength(160),
  email: vine.string().trim().email().maxLength(254),
  phone: phoneNumber().optional(),
  role: vine.enum(ORGANIZATION_ROLES),
  locale: vine.enum(SUPPORTED_LOCALES).optional(),
  departmentIds: vine.array(vine.number().positive().withoutDecimals()).maxLength(100),
})

export const employeeListValidator = vine.create({
  search: vine.string().trim().maxLength(100).optional(),
  department: vine.number().positive().withoutDecimals().optional(),
  role: vine.enum(ORGANIZATION_ROLES).optional(),
  page: vine.number().positive().withoutDecimals().max(10000).optional(),
})
