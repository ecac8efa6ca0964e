import { EmailSetSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { beforeSave, hasMany, manyToMany } from '@adonisjs/lucid/orm'
import type { HasMany, ManyToMany } from '@adonisjs/lucid/types/relations'
import { withTenantScope } from '#core/tenancy/tenant_scoped'
import { textKey } from '#core/database/text_keys'
import Department from '#models/department'
import EmailTemplate from './email_template.js'

/** The appointment e-mails' texts, per language, for the departments it is assigned to */
export default class EmailSet extends compose(EmailSetSchema, withTenantScope) {
  @manyToMany(() => Department, { pivotTable: 'email_set_department' })
  declare departments: ManyToMany<typeof Department>

  @hasMany(() => EmailTemplate)
  declare templates: HasMany<typeof EmailTemplate>

  @beforeSave()
  static keepNameKey(set: EmailSet) {
    set.nameKey = textKey(set.name)
  }
}
