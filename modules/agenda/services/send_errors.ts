/**
 * What an SMTP failure means for an appointment e-mail. A 5xx answer (550
 * mailbox unknown, 553 bad address...) or an envelope the server refused will
 * not succeed on a retry: it is final and reported. Anything else (4xx,
 * connection trouble) is temporary and retried.
 */
export type SendFailure = { permanent: boolean; reason: string; code: string | null }

export function classifySendError(error: unknown): SendFailure {
  const details = (error ?? {}) as { responseCode?: number; code?: string; response?: string; message?: string }
  const responseCode = typeof details.responseCode === 'number' ? details.responseCode : null
  const reason = (details.response || details.message || 'unknown error').toString().trim().slice(0, 500)
  const permanent = (responseCode !== null && responseCode >= 500 && responseCode < 600) || details.code === 'EENVELOPE'
  return { permanent, reason, code: responseCode !== null ? String(responseCode) : (details.code ?? null) }
}
