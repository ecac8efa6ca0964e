import type User from '#models/user'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** The logged-in user as every page sees them */
export default class UserTransformer extends BaseTransformer<User> {
  toObject() {
    return {
      ...this.pick(this.resource, ['id', 'fullName', 'email', 'phone', 'role', 'initials']),
      locale: this.resource.locale ?? null,
      avatarUrl: this.resource.avatarPath ? `/users/${this.resource.id}/avatar?v=${this.resource.updatedAt.toMillis()}` : null,
    }
  }
}
