type Errors = Record<string, string | undefined>

const shownBy = (fields: string[]) => (key: string) => fields.some((field) => key === field || key.startsWith(`${field}.`))

/**
 * The message to show above a form: a flash error that is not already shown
 * next to a visible field (a business rule without a field), or a field error
 * whose field this form does not show (e.g. `handlerId` when a handler only
 * plans for themselves).
 */
export function generalErrorOf(errors: Errors, visibleFields: string[], flashError: string | null | undefined): string | null {
  const visible = shownBy(visibleFields)
  const entries = Object.entries(errors).filter((entry): entry is [string, string] => Boolean(entry[1]))
  const besideFields = entries.filter(([key]) => visible(key)).map(([, message]) => message)
  if (flashError && !besideFields.includes(flashError)) return flashError
  return entries.find(([key]) => !visible(key))?.[1] ?? null
}

/** An array field's first error, on the field itself or on one of its items ("handlerIds.0"), to show next to the field */
export function arrayError(errors: Errors, field: string): string | undefined {
  return errors[field] ?? Object.entries(errors).find(([key, value]) => key.startsWith(`${field}.`) && value)?.[1]
}
