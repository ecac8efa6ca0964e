import type { HttpContext } from '@adonisjs/core/http'
import { errors as vineErrors } from '@vinejs/vine'
import { errors as limiterErrors } from '@adonisjs/limiter'
import BusinessRuleException from '#exceptions/business_rule_exception'
import { applyLocale } from '#core/i18n/locales'
import { organizationUrl } from '#core/tenancy/hosts'

/**
 * Errors of the REST API as RFC 9457 problem details
 * (`application/problem+json`). Every problem has a `type` that points into
 * the organization's OpenAPI document, where that kind of problem is
 * described; `title` and `detail` are translated (Accept-Language), `code`
 * is stable for programs to branch on.
 */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8'

/** One invalid input: `field` is the dotted path, `pointer` the JSON Pointer into the body */
export type FieldProblem = { field: string; pointer?: string; message: string; rule?: string }

export type Problem = {
  type: string
  title: string
  status: number
  detail: string
  instance: string
  code: string
  errors?: FieldProblem[]
  [extension: string]: unknown
}

/**
 * The kinds of problem the API answers with. `response` names the entry of
 * the OpenAPI document's components.responses that describes it (also the
 * fragment of the problem's `type`).
 */
export const PROBLEM_KINDS = {
  bad_request: { status: 400, response: 'BadRequest' },
  unauthorized: { status: 401, response: 'Unauthorized' },
  forbidden: { status: 403, response: 'Forbidden' },
  not_found: { status: 404, response: 'NotFound' },
  unsupported_media_type: { status: 415, response: 'UnsupportedMediaType' },
  validation_failed: { status: 422, response: 'ValidationFailed' },
  business_rule: { status: 422, response: 'BusinessRuleViolated' },
  too_many_requests: { status: 429, response: 'TooManyRequests' },
  server_error: { status: 500, response: 'ServerError' },
} as const

export type ProblemKind = keyof typeof PROBLEM_KINDS

/** Where the OpenAPI document of the organization lives */
export const OPENAPI_PATH = '/api/v1/openapi.json'

export function problemType(ctx: HttpContext, kind: ProblemKind): string {
  if (!ctx.organization) return 'about:blank'
  return `${organizationUrl(ctx.organization.slug, OPENAPI_PATH)}#/components/responses/${PROBLEM_KINDS[kind].response}`
}

/** Requests of the REST API (their errors are problem details, whatever they are) */
export function isApiRequest(ctx: HttpContext) {
  return ctx.request.url().startsWith('/api/')
}

function i18nOf(ctx: HttpContext) {
  /* errors raised before the locale middleware ran (an unknown route, unreadable JSON) */
  if (!ctx.i18n) applyLocale(ctx)
  return ctx.i18n
}

/** Sends a problem; `detail` is already translated */
export function sendProblem(
  ctx: HttpContext,
  kind: ProblemKind,
  detail: string,
  extra: { code?: string; errors?: FieldProblem[]; headers?: Record<string, string>; status?: number } = {}
) {
  const i18n = i18nOf(ctx)
  const status = extra.status ?? PROBLEM_KINDS[kind].status
  const problem: Problem = {
    /* a status no kind describes is a plain HTTP problem */
    type: status === PROBLEM_KINDS[kind].status ? problemType(ctx, kind) : 'about:blank',
    title: i18n.t(`api.titles.${kind}`),
    status,
    detail,
    instance: ctx.request.url(),
    code: extra.code ?? kind,
  }
  if (extra.errors) problem.errors = extra.errors
  for (const [name, value] of Object.entries(extra.headers ?? {})) ctx.response.header(name, value)
  ctx.response.header('Content-Type', PROBLEM_CONTENT_TYPE)
  ctx.response.header('Cache-Control', 'no-store')
  ctx.response.status(status).send(problem)
}

/** A problem whose detail is one of api.details.* */
export function sendStandardProblem(
  ctx: HttpContext,
  kind: ProblemKind,
  detailKey: string = kind,
  values: Record<string, unknown> = {},
  headers: Record<string, string> = {}
) {
  return sendProblem(ctx, kind, i18nOf(ctx).t(`api.details.${detailKey}`, values), { headers })
}

/** `newClient.email` -> `/newClient/email` */
export function jsonPointer(field: string) {
  return `/${field.split('.').map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`
}

/**
 * The services speak about the form's fields (`date`, `time`); the API's
 * request has `startsAt` instead.
 */
const SERVICE_FIELDS: Record<string, string> = { date: 'startsAt', time: 'startsAt' }

type VineMessage = { field: string; message: string; rule: string }

/**
 * Renders any error of an API request as a problem. Called by the
 * application's exception handler for paths under /api/.
 */
export async function renderApiError(error: unknown, ctx: HttpContext) {
  const i18n = i18nOf(ctx)
  if (error instanceof vineErrors.E_VALIDATION_ERROR) {
    const messages = (error as unknown as { messages: VineMessage[] }).messages
    /* query-string validators are run on { ...qs }: their fields are parameters, not body members */
    const inBody = ['POST', 'PATCH', 'PUT'].includes(ctx.request.method())
    const errors = messages.map((message) => ({
      field: message.field,
      /* a header (Idempotency-Key) has no place in the body */
      ...(inBody && !/^[A-Z]/.test(message.field) ? { pointer: jsonPointer(message.field) } : {}),
      message: message.message,
      rule: message.rule,
    }))
    return sendProblem(ctx, 'validation_failed', i18n.t('api.details.validation_failed', { count: errors.length }), {
      errors,
    })
  }
  if (error instanceof BusinessRuleException) {
    const detail = i18n.t(error.messageKey, error.values)
    const field = error.field ? (SERVICE_FIELDS[error.field] ?? error.field) : undefined
    return sendProblem(ctx, 'business_rule', detail, {
      code: error.messageKey,
      errors: field ? [{ field, pointer: jsonPointer(field), message: detail }] : [],
    })
  }
  if (error instanceof limiterErrors.E_TOO_MANY_REQUESTS) {
    const seconds = Math.max(1, Math.ceil(error.response.availableIn))
    return sendStandardProblem(ctx, 'too_many_requests', 'too_many_requests', { seconds }, { 'Retry-After': String(seconds) })
  }

  const status = Number((error as { status?: unknown })?.status) || 500
  const code = (error as { code?: unknown })?.code
  if (status === 404) {
    if (code === 'E_ROUTE_NOT_FOUND') {
      return sendStandardProblem(ctx, 'not_found', 'route_not_found', {
        method: ctx.request.method(),
        path: ctx.request.url(),
      })
    }
    return sendStandardProblem(ctx, 'not_found')
  }
  if (status === 401) return sendStandardProblem(ctx, 'unauthorized', 'invalid_key', {}, { 'WWW-Authenticate': 'Bearer' })
  if (status === 403) return sendStandardProblem(ctx, 'forbidden')
  if (status === 415) return sendStandardProblem(ctx, 'unsupported_media_type')
  if (status >= 400 && status < 500) {
    /* unreadable JSON, a body too large...: the status says what happened, the detail stays generic */
    return sendProblem(ctx, 'bad_request', i18n.t('api.details.bad_request'), {
      status,
      code: typeof code === 'string' ? code : undefined,
    })
  }
  /* never the error's own message: it may carry internals */
  return sendStandardProblem(ctx, 'server_error')
}
