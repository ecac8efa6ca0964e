/*
 * Abilities that are not tied to one record. Role-wide rules live in the role
 * middleware and per-record rules in app/policies; nothing needs one yet.
 */
export {}
