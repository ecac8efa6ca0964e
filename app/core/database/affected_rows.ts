/**
 * The number of rows an update() or delete() changed: knex answers a count
 * on SQLite and PostgreSQL, which Lucid's query builder may wrap in an array.
 */
export function affectedRows(result: unknown): number {
  const count = Array.isArray(result) ? result[0] : result
  return typeof count === 'number' ? count : Number(count) || 0
}
