import type { LucidModel } from '@adonisjs/lucid/types/model'
import BusinessRuleException from '#exceptions/business_rule_exception'
import { textKey } from '#core/database/text_keys'
import { isUniqueViolation } from '#core/database/unique_violation'

/**
 * Saves a record whose name is unique per organization regardless of case
 * (a `name_key` column with a unique index): a clash, found beforehand or
 * raised by the index when two saves race, becomes the translated error
 * `messageKey` next to the name field.
 */
export async function saveWithUniqueName<T>(
  model: LucidModel,
  name: string,
  messageKey: string,
  save: () => Promise<T>,
  exceptId?: number
): Promise<T> {
  const clash = await model
    .query()
    .where('name_key', textKey(name))
    .if(exceptId, (query) => query.whereNot('id', exceptId!))
    .first()
  if (clash) throw new BusinessRuleException(messageKey, 'name')
  try {
    return await save()
  } catch (error) {
    if (isUniqueViolation(error)) throw new BusinessRuleException(messageKey, 'name')
    throw error
  }
}
