/**
 * Case-insensitive matching that behaves the same on SQLite (whose lower()
 * only knows ASCII) and PostgreSQL: the application stores a lower-cased copy
 * and compares lower-cased input against it.
 */
export const textKey = (value: string) => value.trim().toLocaleLowerCase()

/** A LIKE pattern that finds `term` anywhere, with the user's % and _ taken literally */
export const containsPattern = (term: string) => `%${textKey(term).replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/** The same, for a prefix */
export const startsWithPattern = (term: string) => `${textKey(term).replace(/[\\%_]/g, (c) => `\\${c}`)}%`
