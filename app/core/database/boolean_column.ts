/**
 * SQLite returns booleans as 1/0, PostgreSQL as true/false: models always
 * hand out true/false. Used by the generated schema classes (schema_rules.ts).
 */
export const booleanColumn = {
  consume: (value: unknown) => (value === null || value === undefined ? value : Boolean(value)),
}
