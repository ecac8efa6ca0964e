import type { HttpContext } from '@adonisjs/core/http'
import { Exception } from '@adonisjs/core/exceptions'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Consultation from '#modules/consultation/models/consultation'

/** The consultation ended while this request was on its way: the room's usual 410 { error: 'ended' } */
export class RoomEndedError extends Exception {
  static status = 410
  static code = 'E_CONSULTATION_ENDED'

  constructor() {
    super('consultation ended')
  }

  async handle(_error: this, ctx: HttpContext) {
    ctx.response.status(410).send({ error: 'ended' })
  }

  /* an expected outcome of a race, not a fault: nothing to log */
  report() {}
}

/**
 * Writes something into a consultation (a chat message, a shared file) only
 * while it is open, with its row locked as RoomService.end locks it: either
 * the write commits first and the end's clean-up (which runs after the end
 * committed) deletes it, or the end committed first and the write is
 * refused. PostgreSQL locks the row (FOR UPDATE); SQLite has no row locks
 * but runs one write transaction at a time.
 */
export async function whileOpen<T>(
  consultation: Pick<Consultation, 'id'>,
  write: (trx: TransactionClientContract) => Promise<T>
): Promise<T> {
  return db.transaction(async (trx) => {
    const open = await Consultation.query({ client: trx })
      .where('id', consultation.id)
      .where('status', 'open')
      .forUpdate()
      .first()
    if (!open) throw new RoomEndedError()
    return write(trx)
  })
}
