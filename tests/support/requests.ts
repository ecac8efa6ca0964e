import type { ApiClient, ApiRequest } from '@japa/api-client'
import type Organization from '#models/organization'
import type User from '#models/user'
import { hostOf } from '#tests/support/world'

/** The fields of a JSON or form body */
export type RequestBody = Record<string, unknown>

export interface RequestOptions {
  /** Log each request in as this user */
  as?: User
  /** Send each request as an Inertia visit */
  inertia?: boolean
  /** Send bodies as a form (application/x-www-form-urlencoded) instead of JSON */
  form?: boolean
  /**
   * Path of the page a change is sent from. Sets the Referer header, which is
   * where a "redirect back" (for example after a validation error) goes.
   */
  from?: string
}

/**
 * Request builders for one host. Every request gets the host header and no
 * redirect following; changes (post, put, delete) also get a CSRF token. The
 * builder is returned unsent, so a caller can chain more, e.g. `.file(...)`
 * for an upload or `.json(...)` where a form session sends one JSON body.
 */
export interface Requests {
  get(path: string): ApiRequest
  post(path: string, body?: RequestBody): ApiRequest
  put(path: string, body?: RequestBody): ApiRequest
  delete(path: string): ApiRequest
  /** The same requests with some options changed, e.g. `.with({ from: '/employees/new' })` */
  with(options: RequestOptions): Requests
}

export function onHost(client: ApiClient, host: string, options: RequestOptions = {}): Requests {
  const prepare = (request: ApiRequest) => {
    request.header('host', host)
    if (options.as) request.loginAs(options.as)
    if (options.inertia) request.withInertia()
    return request.redirects(0)
  }
  const change = (request: ApiRequest, body?: RequestBody) => {
    if (options.from !== undefined) request.header('referer', `http://${host}${options.from}`)
    if (body !== undefined) {
      if (options.form) request.form(body)
      else request.json(body)
    }
    return prepare(request).withCsrfToken()
  }
  return {
    get: (path) => prepare(client.get(path)),
    post: (path, body) => change(client.post(path), body),
    put: (path, body) => change(client.put(path), body),
    delete: (path) => change(client.delete(path)),
    with: (more) => onHost(client, host, { ...options, ...more }),
  }
}

/** Requests to an organization's subdomain */
export function onOrganization(client: ApiClient, organization: Organization, options: RequestOptions = {}) {
  return onHost(client, hostOf(organization), options)
}

/** Submits the login form of an organization, or of a host such as the bare platform domain */
export function submitLogin(client: ApiClient, site: Organization | string, email: string, password: string) {
  const host = typeof site === 'string' ? site : hostOf(site)
  return onHost(client, host, { form: true, from: '/login' }).post('/login', { email, password })
}
