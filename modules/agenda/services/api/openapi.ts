import type Organization from '#models/organization'
import { organizationUrl } from '#core/tenancy/hosts'
import { APPOINTMENT_KINDS, APPOINTMENT_STATUSES, EMAIL_STATUSES, PARTICIPANT_ROLES } from '#modules/agenda/types'
import { PROBLEM_KINDS, type ProblemKind } from '#core/http/problem_details'
import {
  API_MAX_PER_PAGE,
  apiAppointmentCreateValidator,
  apiAppointmentListValidator,
  apiAppointmentUpdateValidator,
  apiClientCreateValidator,
  apiClientListValidator,
  apiClientUpdateValidator,
  IDEMPOTENCY_KEY,
} from '#modules/agenda/validators/api'
import { API_RATE_LIMIT } from '#modules/agenda/middleware/api_key_middleware'

/**
 * The OpenAPI 3.1 document of REST API v1, built per organization (its
 * server URL). Request bodies and query parameters come from the
 * validators' JSON Schema, so the document cannot drift from what is
 * checked; the response shapes mirror services/api/representations.ts and
 * the functional tests check real responses against them.
 */

type Schema = Record<string, any>

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const string = (extra: Schema = {}) => ({ type: 'string', ...extra })
const nullable = (type: string, extra: Schema = {}) => ({ type: [type, 'null'], ...extra })
const integer = (extra: Schema = {}) => ({ type: 'integer', ...extra })
const dateTime = (description: string) => string({ format: 'date-time', description })

/** An object whose members are all present (response shapes) */
function object(properties: Record<string, Schema>, description?: string): Schema {
  return {
    type: 'object',
    ...(description ? { description } : {}),
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  }
}

/**
 * VineJS describes booleans as the values it accepts ("on", 1, "true"...);
 * the document says boolean. `$schema` markers are dropped (the document's
 * dialect applies).
 */
function clean(schema: Schema): Schema {
  if (Array.isArray(schema)) return schema.map(clean)
  if (!schema || typeof schema !== 'object') return schema
  const result: Schema = {}
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$schema') continue
    result[key] = clean(value)
  }
  if (Array.isArray(result.enum) && result.enum.includes(true) && result.enum.includes(false)) {
    delete result.enum
    result.type = 'boolean'
  }
  return result
}

/** The body schema of a validator */
const bodyOf = (validator: { toJSONSchema(): unknown }) => clean(validator.toJSONSchema() as Schema)

/** The query parameters of a query-string validator */
function queryParameters(validator: { toJSONSchema(): unknown }) {
  const schema = bodyOf(validator)
  const required = new Set<string>(schema.required ?? [])
  return Object.entries(schema.properties as Record<string, Schema>).map(([name, property]) => {
    const { description, ...rest } = property
    return { name, in: 'query', required: required.has(name), ...(description ? { description } : {}), schema: rest }
  })
}

const idParameter = (what: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  description: `Id of the ${what}.`,
  schema: integer({ minimum: 1 }),
})

const json = (schema: Schema) => ({ 'application/json': { schema } })
const problemResponse = (kind: ProblemKind) => ({ $ref: `#/components/responses/${PROBLEM_KINDS[kind].response}` })

/** The problems every authenticated operation can answer with */
const COMMON_PROBLEMS = {
  '401': problemResponse('unauthorized'),
  '429': problemResponse('too_many_requests'),
  '500': problemResponse('server_error'),
}

const rateLimitHeaders = {
  'X-RateLimit-Limit': { $ref: '#/components/headers/RateLimitLimit' },
  'X-RateLimit-Remaining': { $ref: '#/components/headers/RateLimitRemaining' },
}

function ok(description: string, schema: Schema, status = '200', extraHeaders: Schema = {}) {
  return { [status]: { description, headers: { ...rateLimitHeaders, ...extraHeaders }, content: json(schema) } }
}

/* ---------- response shapes ---------- */

function schemas(): Record<string, Schema> {
  return {
    Client: object(
      {
        id: integer(),
        initials: string({ examples: ['J.P.'] }),
        lastName: string({ examples: ['de Vries'] }),
        displayName: string({ description: 'Initials and last name.' }),
        dateOfBirth: string({ format: 'date' }),
        email: string({ format: 'email' }),
        clientNumber: nullable('string', { description: "The client's id in your own system." }),
        phone: nullable('string'),
        locale: nullable('string', { description: 'Language of the e-mails (en, nl, de, pl); null: the organization default.' }),
        departmentId: nullable('integer'),
        handlerIds: { type: 'array', items: integer() },
        createdAt: dateTime('UTC.'),
        updatedAt: dateTime('UTC.'),
      },
      'A client (patient).'
    ),
    ClientCreate: bodyOf(apiClientCreateValidator),
    ClientUpdate: bodyOf(apiClientUpdateValidator),
    ClientPage: object({ data: { type: 'array', items: ref('Client') }, meta: ref('PageMeta') }),

    Participant: object(
      {
        id: integer(),
        role: { enum: [...PARTICIPANT_ROLES] },
        clientId: nullable('integer'),
        externalParticipantId: nullable('integer'),
        groupId: nullable('integer', { description: 'Set when invited as a member of this group.' }),
        displayName: nullable('string', { description: 'Null when the person has been deleted since.' }),
        email: nullable('string', { format: 'email' }),
        emailStatus: {
          enum: [...EMAIL_STATUSES],
          description: '"skipped" when the organization sends no e-mails: deliver accessUrl yourself.',
        },
        accessUrl: nullable('string', {
          format: 'uri',
          description:
            'Personal link to the waiting room; it works from one hour before the start to one hour after the end. Null once anonymized.',
        }),
      },
      'One invitee of an appointment.'
    ),
    Appointment: object(
      {
        id: integer(),
        kind: { enum: [...APPOINTMENT_KINDS] },
        status: { enum: [...APPOINTMENT_STATUSES] },
        startsAt: dateTime('Start, UTC.'),
        endsAt: dateTime('End, UTC.'),
        timeZone: string({ description: "The organization's IANA time zone.", examples: ['Europe/Amsterdam'] }),
        local: object(
          {
            date: string({ format: 'date' }),
            startTime: string({ pattern: '^\\d{2}:\\d{2}$' }),
            endTime: string({ pattern: '^\\d{2}:\\d{2}$' }),
          },
          'Date and times in the organization time zone.'
        ),
        durationMinutes: integer(),
        handler: { oneOf: [object({ id: integer(), fullName: string() }), { type: 'null' }] },
        department: { oneOf: [object({ id: integer(), name: string() }), { type: 'null' }] },
        personalMessage: nullable('string'),
        access: {
          enum: ['open', 'too_early', 'too_late', 'cancelled'],
          description: 'Whether the access links work right now.',
        },
        accessOpensAt: dateTime('From when the links work, UTC.'),
        accessClosesAt: dateTime('Until when the links work, UTC.'),
        cancelledAt: nullable('string', { format: 'date-time' }),
        anonymized: { type: 'boolean' },
        participants: { type: 'array', items: ref('Participant') },
        createdAt: dateTime('UTC.'),
        updatedAt: dateTime('UTC.'),
      },
      'A video consultation.'
    ),
    AppointmentCreate: bodyOf(apiAppointmentCreateValidator),
    AppointmentUpdate: bodyOf(apiAppointmentUpdateValidator),
    AppointmentPage: object({ data: { type: 'array', items: ref('Appointment') }, meta: ref('PageMeta') }),

    PageMeta: object({
      page: integer({ minimum: 1 }),
      perPage: integer({ minimum: 1, maximum: API_MAX_PER_PAGE }),
      total: integer({ minimum: 0 }),
      lastPage: integer({ minimum: 1 }),
    }),
    Problem: {
      type: 'object',
      description: 'RFC 9457 problem details. `title` and `detail` follow Accept-Language (en, nl, de, pl).',
      properties: {
        type: string({ format: 'uri-reference', description: 'Points to the description of this kind of problem.' }),
        title: string(),
        status: integer(),
        detail: string(),
        instance: string({ format: 'uri-reference', description: 'The path of the request.' }),
        code: string({
          description: 'Stable identifier: the kind of problem, or for a business rule its message key (e.g. appointments.errors.overlap).',
        }),
        errors: { type: 'array', items: ref('FieldProblem') },
      },
      required: ['type', 'title', 'status', 'detail', 'instance', 'code'],
    },
    FieldProblem: {
      type: 'object',
      properties: {
        field: string({ description: 'Dotted path of the member (or the header name, or the query parameter).' }),
        pointer: string({ description: 'JSON Pointer into the request body.' }),
        message: string(),
        rule: string(),
      },
      required: ['field', 'message'],
    },
  }
}

function problemResponses() {
  const descriptions: Record<ProblemKind, string> = {
    bad_request: 'The request could not be read (invalid JSON, body too large).',
    unauthorized: 'No API key, or not the current key of this organization. Answered with WWW-Authenticate: Bearer.',
    forbidden: 'The key may not do this.',
    not_found: 'No such resource in this organization (ids of other organizations do not exist here).',
    unsupported_media_type: 'The body is not JSON.',
    validation_failed: 'The input is invalid: `errors` lists each member with a translated message.',
    business_rule:
      'Valid input that breaks a rule (the handler already has an appointment then, a client with future appointments cannot be deleted...). `code` names the rule; nothing was changed.',
    too_many_requests: `More than ${API_RATE_LIMIT.requests} requests per minute for this organization (or too many wrong keys). Retry after the Retry-After header's seconds.`,
    server_error: 'An unexpected error; nothing is guaranteed to have been saved.',
  }
  const responses: Record<string, Schema> = {}
  for (const [kind, { response }] of Object.entries(PROBLEM_KINDS) as [ProblemKind, (typeof PROBLEM_KINDS)[ProblemKind]][]) {
    const headers: Schema = {}
    if (kind === 'unauthorized') headers['WWW-Authenticate'] = { schema: string({ examples: ['Bearer realm="api"'] }) }
    if (kind === 'too_many_requests') headers['Retry-After'] = { description: 'Seconds to wait.', schema: integer() }
    responses[response] = {
      description: descriptions[kind],
      ...(Object.keys(headers).length ? { headers } : {}),
      content: { 'application/problem+json': { schema: ref('Problem') } },
    }
  }
  return responses
}

/* ---------- operations ---------- */

/** Every operation, by route name (the tests match them against the router) */
function operations(): Record<string, Record<string, Schema>> {
  const invalid = { '422': problemResponse('validation_failed') }
  const bothUnprocessable = {
    '422': {
      description: 'Invalid input (ValidationFailed) or a broken business rule (BusinessRuleViolated): see `code`.',
      content: { 'application/problem+json': { schema: ref('Problem') } },
    },
  }
  const notFound = { '404': problemResponse('not_found') }
  const notJson = { '415': problemResponse('unsupported_media_type'), '400': problemResponse('bad_request') }

  return {
    '/clients': {
      get: {
        operationId: 'listClients',
        tags: ['Clients'],
        summary: 'List clients',
        description: 'Sorted by last name, initials and id.',
        parameters: queryParameters(apiClientListValidator),
        responses: { ...ok('A page of clients.', ref('ClientPage')), ...invalid, ...COMMON_PROBLEMS },
      },
      post: {
        operationId: 'createClient',
        tags: ['Clients'],
        summary: 'Create a client',
        description:
          'Refused (422, code clients.errors.possible_duplicates) when a client with the same e-mail, client number, or last name and date of birth exists, unless confirmDuplicates is true. A client number is unique in the organization.',
        requestBody: { required: true, content: json(ref('ClientCreate')) },
        responses: {
          ...ok('The client.', ref('Client'), '201', { Location: { schema: string() } }),
          ...bothUnprocessable,
          ...notJson,
          ...COMMON_PROBLEMS,
        },
      },
    },
    '/clients/{id}': {
      parameters: [idParameter('client')],
      get: {
        operationId: 'getClient',
        tags: ['Clients'],
        summary: 'Get a client',
        responses: { ...ok('The client.', ref('Client')), ...notFound, ...COMMON_PROBLEMS },
      },
      patch: {
        operationId: 'updateClient',
        tags: ['Clients'],
        summary: 'Change a client',
        description: 'Only the members sent change; null clears an optional member. handlerIds replaces the assigned handlers.',
        requestBody: { required: true, content: json(ref('ClientUpdate')) },
        responses: { ...ok('The client.', ref('Client')), ...notFound, ...bothUnprocessable, ...notJson, ...COMMON_PROBLEMS },
      },
      delete: {
        operationId: 'deleteClient',
        tags: ['Clients'],
        summary: 'Delete a client',
        description:
          'Refused (422, code clients.errors.has_future_appointments) while the client is invited to appointments still ahead; past appointments keep their record.',
        responses: {
          '204': { description: 'Deleted.', headers: rateLimitHeaders },
          ...notFound,
          '422': problemResponse('business_rule'),
          ...COMMON_PROBLEMS,
        },
      },
    },
    '/appointments': {
      get: {
        operationId: 'listAppointments',
        tags: ['Appointments'],
        summary: 'List appointments',
        description: 'Sorted by start. from/to are local days of the organization (inclusive).',
        parameters: queryParameters(apiAppointmentListValidator),
        responses: { ...ok('A page of appointments.', ref('AppointmentPage')), ...invalid, ...COMMON_PROBLEMS },
      },
      post: {
        operationId: 'createAppointment',
        tags: ['Appointments'],
        summary: 'Plan an appointment',
        description:
          'Every invitee gets a personal access link (participants[].accessUrl) and, unless the organization sends no e-mails, an invitation e-mail with a calendar file. Without strictly segregated departments a handler is required; a handler cannot hold two appointments at once (422, code appointments.errors.overlap) unless the organization allows it.',
        parameters: [
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: false,
            description:
              'Makes the request safe to repeat: a second request with the same key returns the appointment the first one planned (200, Idempotent-Replayed: true) instead of planning another.',
            schema: string({ pattern: IDEMPOTENCY_KEY.source }),
          },
        ],
        requestBody: { required: true, content: json(ref('AppointmentCreate')) },
        responses: {
          ...ok('The planned appointment.', ref('Appointment'), '201', { Location: { schema: string() } }),
          ...ok('The appointment planned earlier with the same Idempotency-Key.', ref('Appointment'), '200', {
            'Idempotent-Replayed': { schema: { const: 'true' } },
          }),
          ...bothUnprocessable,
          ...notJson,
          ...COMMON_PROBLEMS,
        },
      },
    },
    '/appointments/{id}': {
      parameters: [idParameter('appointment')],
      get: {
        operationId: 'getAppointment',
        tags: ['Appointments'],
        summary: 'Get an appointment',
        responses: { ...ok('The appointment.', ref('Appointment')), ...notFound, ...COMMON_PROBLEMS },
      },
      patch: {
        operationId: 'updateAppointment',
        tags: ['Appointments'],
        summary: 'Reschedule or change an appointment',
        description:
          'Only the members sent change. Invitees who stay keep their link and are told about a new time or handler; new invitees get an invitation, removed ones a cancellation. Cancelled or anonymized appointments cannot be changed (422).',
        requestBody: { required: true, content: json(ref('AppointmentUpdate')) },
        responses: {
          ...ok('The changed appointment.', ref('Appointment')),
          ...notFound,
          ...bothUnprocessable,
          ...notJson,
          ...COMMON_PROBLEMS,
        },
      },
    },
    '/appointments/{id}/cancel': {
      parameters: [idParameter('appointment')],
      post: {
        operationId: 'cancelAppointment',
        tags: ['Appointments'],
        summary: 'Cancel an appointment',
        description:
          'Every invitee is told; the links then show that the appointment was cancelled. Cancelling a cancelled appointment changes nothing. No body.',
        responses: {
          ...ok('The cancelled appointment.', ref('Appointment')),
          ...notFound,
          '422': problemResponse('business_rule'),
          ...COMMON_PROBLEMS,
        },
      },
    },
    '/openapi.json': {
      get: {
        operationId: 'getOpenApiDocument',
        tags: ['Documentation'],
        summary: 'This document',
        security: [],
        responses: { '200': { description: 'The OpenAPI 3.1 document.', content: json({ type: 'object' }) } },
      },
    },
  }
}

export function buildOpenApiDocument(organization: Organization) {
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    info: {
      title: `${organization.name} — consultation API`,
      version: '1.0.0',
      description: [
        "Clients and appointments of the organization, for its own systems (EHR, CRM, booking). Every request carries the organization's API key: `Authorization: Bearer <key>` (created by an organization admin in the organization settings; a new key replaces the old one at once).",
        `Bodies are JSON; members are camelCase. Instants are UTC ISO 8601; each appointment also states the organization's time zone and its local date and times. At most ${API_RATE_LIMIT.requests} requests per minute per organization.`,
        'Errors are RFC 9457 problem details (application/problem+json) with translated title and detail (Accept-Language: en, nl, de, pl).',
        'Organizations that send no e-mails deliver the participants\' access links (participants[].accessUrl) themselves.',
      ].join('\n\n'),
    },
    servers: [{ url: organizationUrl(organization.slug, '/api/v1'), description: organization.name }],
    security: [{ apiKey: [] }],
    tags: [
      { name: 'Clients', description: 'Patients of the organization.' },
      { name: 'Appointments', description: 'Video consultations, with each invitee\'s access link.' },
      { name: 'Documentation' },
    ],
    paths: operations(),
    components: {
      securitySchemes: {
        apiKey: {
          type: 'http',
          scheme: 'bearer',
          description: "The organization's API key (it starts with ck_).",
        },
      },
      headers: {
        RateLimitLimit: { description: 'Requests allowed per minute for the organization.', schema: integer() },
        RateLimitRemaining: { description: 'Requests left in the current minute.', schema: integer() },
      },
      schemas: schemas(),
      responses: problemResponses(),
    },
  }
}
