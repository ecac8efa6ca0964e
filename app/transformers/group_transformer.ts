import type Group from '#models/group'
import { BaseTransformer } from '@adonisjs/core/transformers'

export default class GroupTransformer extends BaseTransformer<Group> {
  toObject() {
    return {
      ...this.pick(this.resource, ['id', 'name']),
      description: this.resource.description ?? null,
    }
  }
}
