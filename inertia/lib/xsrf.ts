/** The XSRF token cookie Shield sets (enableXsrfCookie), sent back as X-XSRF-TOKEN by fetch() POSTs */
export function xsrfToken(): string {
  const cookie = document.cookie.split('; ').find((entry) => entry.startsWith('XSRF-TOKEN='))
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : ''
}

/** A JSON POST from a page, with the XSRF header and the session cookie */
export function postJson(url: string, body?: unknown, signal?: AbortSignal): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    signal,
    credentials: 'same-origin',
    headers: { 'Accept': 'application/json', 'Content-Type': 'application/json', 'X-XSRF-TOKEN': xsrfToken() },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
}
