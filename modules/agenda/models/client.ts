import { ClientSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { beforeSave, belongsTo, manyToMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, ManyToMany } from '@adonisjs/lucid/types/relations'
import { withTenantScope } from '#core/tenancy/tenant_scoped'
import { textKey } from '#core/database/text_keys'
import Department from '#models/department'
import User from '#models/user'

/** A patient of the organization */
export default class Client extends compose(ClientSchema, withTenantScope) {
  @belongsTo(() => Department)
  declare department: BelongsTo<typeof Department>

  /* handlers assigned to the client; with strict client segregation only they see it */
  @manyToMany(() => User, { pivotTable: 'client_user' })
  declare handlers: ManyToMany<typeof User>

  @beforeSave()
  static keepSearchKey(client: Client) {
    client.searchKey = personSearchKey(client)
  }

  get displayName() {
    return `${this.initials} ${this.lastName}`
  }
}

type Person = {
  initials: string
  lastName: string
  email: string
  clientNumber: string | null
  dateOfBirth: string
}

/** What a search matches: name, e-mail, number and birth date, lower-cased */
export function personSearchKey(person: Person) {
  return textKey(
    [person.initials, person.lastName, person.email, person.clientNumber ?? '', person.dateOfBirth].join(' ')
  )
}
