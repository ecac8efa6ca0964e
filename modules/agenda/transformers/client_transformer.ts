import type Client from '#modules/agenda/models/client'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** A client in the clients list and form */
export default class ClientTransformer extends BaseTransformer<Client> {
  toObject() {
    const client = this.resource
    return {
      ...this.pick(client, ['id', 'initials', 'lastName', 'displayName', 'dateOfBirth', 'email']),
      clientNumber: client.clientNumber ?? null,
      phone: client.phone ?? null,
      locale: client.locale ?? null,
      department:
        client.$preloaded.department && client.department
          ? { id: client.department.id, name: client.department.name, color: client.department.color }
          : null,
      handlers: (client.$preloaded.handlers ? client.handlers : []).map((handler) => ({
        id: handler.id,
        fullName: handler.fullName,
      })),
      /*
       * Chat status icon (PRODUCT.md 3.1: dark = a chat channel is active,
       * white = none). The chat module is not built yet: always null until it
       * provides the status; the list shows no icon for null.
       */
      chatStatus: null as 'active' | 'none' | null,
    }
  }
}
