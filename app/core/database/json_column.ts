/**
 * JSON stored in a text column: identical on SQLite and PostgreSQL.
 * Used by the generated schema classes through database/schema_rules.ts.
 */
export const jsonColumn = {
  prepare: (value: unknown) => (value === null || value === undefined ? value : JSON.stringify(value)),
  consume: (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value),
}
