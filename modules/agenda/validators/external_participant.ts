import vine from '@vinejs/vine'
import { personFields, type PersonMeta } from '#modules/agenda/validators/client'

/* External participants carry the same fields as clients (messages: clients.json), plus groups */

const id = () => vine.number().positive().withoutDecimals()

export const externalParticipantValidator = vine.withMetaData<PersonMeta>().create({
  ...personFields(),
  groupIds: vine.array(id()).maxLength(100).optional(),
  confirmDuplicates: vine.boolean().optional(),
})

export const externalParticipantListValidator = vine.create({
  search: vine.string().trim().maxLength(100).optional(),
  group: id().optional(),
  page: vine.number().positive().withoutDecimals().max(100000).optional(),
})
