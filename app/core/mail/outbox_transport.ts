import { randomUUID } from 'node:crypto'
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { MailResponse } from '@adonisjs/mail'
import type { MailTransportContract, NodeMailerMessage } from '@adonisjs/mail/types'

export type OutboxMessage = {
  id: string
  sentAt: string
  from: unknown
  to: unknown
  subject: string
  html: string | null
  text: string | null
}

/**
 * Development mail transport: each message becomes one JSON file in the
 * outbox folder, readable at the dev-only /_dev/outbox page.
 */
export class OutboxTransport implements MailTransportContract {
  constructor(private folder: string) {}

  async send(message: NodeMailerMessage) {
    await mkdir(this.folder, { recursive: true })
    const id = `${Date.now()}-${randomUUID()}`
    const stored: OutboxMessage = {
      id,
      sentAt: new Date().toISOString(),
      from: message.from ?? null,
      to: message.to ?? null,
      subject: String(message.subject ?? ''),
      html: typeof message.html === 'string' ? message.html : null,
      text: typeof message.text === 'string' ? message.text : null,
    }
    await writeFile(join(this.folder, `${id}.json`), JSON.stringify(stored, null, 2))
    const to = ([] as unknown[]).concat(message.to ?? []).map((entry) =>
      typeof entry === 'string' ? entry : (entry as { address: string }).address
    )
    return new MailResponse(id, { from: false, to }, stored)
  }

  static async list(folder: string, limit = 100): Promise<OutboxMessage[]> {
    let files: string[]
    try {
      files = await readdir(folder)
    } catch {
      return []
    }
    const newest = files.filter((file) => file.endsWith('.json')).sort().reverse().slice(0, limit)
    return Promise.all(
      newest.map(async (file) => JSON.parse(await readFile(join(folder, file), 'utf8')))
    )
  }
}
