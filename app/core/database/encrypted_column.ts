import encryption from '@adonisjs/core/services/encryption'

/**
 * Text encrypted at rest with the application key (AES-GCM), for free text
 * that may hold health information. Used by the generated schema classes
 * through database/schema_rules.ts. Encrypted columns cannot be searched.
 */
export const encryptedColumn = {
  prepare: (value: unknown) =>
    value === null || value === undefined ? value : encryption.encrypt(String(value)),
  consume: (value: unknown) =>
    typeof value === 'string' ? (encryption.decrypt<string>(value) ?? null) : value,
}
