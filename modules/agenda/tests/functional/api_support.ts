import { randomBytes } from 'node:crypto'
import { DateTime } from 'luxon'
import type { ApiClient, ApiRequest, ApiResponse } from '@japa/api-client'
import type { Assert } from '@japa/assert'
import type Organization from '#models/organization'
import OrganizationSettingsService from '#services/organization_settings_service'
import { createOrganization, hostOf } from '#tests/support/world'

/** An organization with an API key (hashed as the settings page stores it); the key itself is returned */
export async function organizationWithKey(attributes: Partial<Organization> = {}) {
  const organization = await createOrganization(attributes)
  const key = `ck_${randomBytes(24).toString('base64url')}`
  organization.merge({
    apiKeyPrefix: key.slice(0, 9),
    apiKeyHash: OrganizationSettingsService.hashApiKey(key),
    apiKeyCreatedAt: DateTime.now(),
  })
  await organization.save()
  return { organization, key }
}

export type ApiOptions = { key?: string | null; language?: string; idempotencyKey?: string }

/** Requests to an organization's REST API, as an integration sends them: a Bearer key, JSON, no cookie */
export function apiOf(client: ApiClient, organization: Organization, options: ApiOptions = {}) {
  const prepare = (request: ApiRequest) => {
    request.header('host', hostOf(organization)).header('accept', 'application/json').redirects(0)
    if (options.key) request.header('authorization', `Bearer ${options.key}`)
    if (options.language) request.header('accept-language', options.language)
    if (options.idempotencyKey) request.header('idempotency-key', options.idempotencyKey)
    return request
  }
  const withBody = (request: ApiRequest, body?: unknown) => {
    prepare(request)
    if (body !== undefined) request.json(body as Record<string, unknown>)
    return request
  }
  return {
    get: (path: string, qs?: Record<string, unknown>) => {
      const request = prepare(client.get(`/api/v1${path}`))
      if (qs) request.qs(qs)
      return request
    },
    post: (path: string, body?: unknown) => withBody(client.post(`/api/v1${path}`), body),
    patch: (path: string, body?: unknown) => withBody(client.patch(`/api/v1${path}`), body),
    delete: (path: string) => prepare(client.delete(`/api/v1${path}`)),
    with: (more: ApiOptions) => apiOf(client, organization, { ...options, ...more }),
  }
}

/** A problem-details answer (RFC 9457) with this status; returns the problem */
export function assertProblem(assert: Assert, response: ApiResponse, status: number) {
  assert.equal(response.status(), status, `expected ${status}, got ${response.status()}: ${response.text().slice(0, 400)}`)
  assert.match(response.header('content-type') ?? '', /^application\/problem\+json/)
  const problem = response.body()
  for (const member of ['type', 'title', 'detail', 'instance', 'code']) {
    assert.isString(problem[member], `problem.${member}`)
  }
  assert.equal(problem.status, status)
  return problem as {
    type: string
    title: string
    status: number
    detail: string
    instance: string
    code: string
    errors?: { field: string; pointer?: string; message: string }[]
  }
}

/** The field errors of a problem, by field */
export function problemFields(problem: { errors?: { field: string; message: string }[] }) {
  return Object.fromEntries((problem.errors ?? []).map((error) => [error.field, error.message]))
}

type Schema = Record<string, any>

/**
 * Checks a value against a schema of the OpenAPI document (types, required
 * and unknown members, enums, items, $ref, oneOf, date-time in UTC): the
 * documented shapes are the real ones. Returns the mismatches.
 */
export function schemaMismatches(document: Schema, schema: Schema, value: unknown, path = '$'): string[] {
  if (schema.$ref) {
    const target = (schema.$ref as string)
      .replace(/^#\//, '')
      .split('/')
      .reduce((node: Schema | undefined, part) => node?.[part], document)
    if (!target) return [`${path}: unresolved ${schema.$ref}`]
    return schemaMismatches(document, target, value, path)
  }
  if (schema.oneOf) {
    const matching = (schema.oneOf as Schema[]).filter((option) => schemaMismatches(document, option, value, path).length === 0)
    return matching.length === 1 ? [] : [`${path}: matches ${matching.length} of oneOf`]
  }
  const problems: string[] = []
  if ('const' in schema && value !== schema.const) problems.push(`${path}: not ${schema.const}`)
  if (schema.enum && !schema.enum.includes(value)) problems.push(`${path}: ${JSON.stringify(value)} not in enum`)
  if (schema.type) {
    const types: string[] = Array.isArray(schema.type) ? schema.type : [schema.type]
    const actual =
      value === null
        ? 'null'
        : Array.isArray(value)
          ? 'array'
          : Number.isInteger(value)
            ? 'integer'
            : typeof value
    const fits = types.some((type) => type === actual || (type === 'number' && actual === 'integer'))
    if (!fits) return [`${path}: ${actual} is not ${types.join('|')}`]
  }
  if (typeof value === 'string' && schema.format === 'date-time' && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value)) {
    problems.push(`${path}: ${value} is not a UTC date-time`)
  }
  if (typeof value === 'string' && schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) {
    problems.push(`${path}: ${value} does not match ${schema.pattern}`)
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, index) => problems.push(...schemaMismatches(document, schema.items, item, `${path}[${index}]`)))
  }
  if (value && typeof value === 'object' && !Array.isArray(value) && schema.properties) {
    const record = value as Record<string, unknown>
    for (const name of schema.required ?? []) {
      if (!(name in record)) problems.push(`${path}.${name}: missing`)
    }
    for (const [name, member] of Object.entries(record)) {
      const property = schema.properties[name]
      if (!property) {
        if (schema.additionalProperties === false) problems.push(`${path}.${name}: not documented`)
        continue
      }
      problems.push(...schemaMismatches(document, property, member, `${path}.${name}`))
    }
  }
  return problems
}
