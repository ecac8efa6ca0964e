import type { Assert } from '@japa/assert'
import type { ApiResponse } from '@japa/api-client'

/** A form submission answered with a redirect (Inertia turns 302 into 303 for PUT/DELETE) */
export function assertRedirect(assert: Assert, response: ApiResponse, location?: string) {
  assert.oneOf(
    response.status(),
    [302, 303],
    `expected a redirect, got ${response.status()}: ${response.text().slice(0, 200)}`
  )
  if (location) assert.equal(response.header('location'), location)
}

/** The field errors flashed for the form, by field name */
export function fieldErrors(response: ApiResponse): Record<string, string[]> {
  return (response.flashMessage('inputErrorsBag') as Record<string, string[]>) ?? {}
}

/** Raw bytes of a response (an image), whatever the client made of them */
export function bytesOf(response: ApiResponse): Buffer {
  const body = (response as any).response?.body ?? response.body()
  if (Buffer.isBuffer(body)) return body
  return Buffer.from((response as any).response?.text ?? '', 'binary')
}
