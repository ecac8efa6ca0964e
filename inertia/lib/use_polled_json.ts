import { useCallback, useEffect, useRef, useState, type SetStateAction } from 'react'
import { listen } from '~/lib/transmit'

export type PolledJson<T> = {
  /** the last answer from `url` (null until the first one arrives) */
  data: T | null
  /**
   * A change made here (e.g. the message just sent, shown before the next
   * fetch): answers to requests made before it are no longer shown over it.
   */
  setData: (next: SetStateAction<T | null>) => void
  /** the latest fetch failed (the last data stays shown) */
  failed: boolean
  /** fetch again now */
  refresh: () => Promise<void>
}

/**
 * JSON from `url` that changes while the page is open: fetched on mounting,
 * again whenever `version` changes (a content-free real-time ping said "look
 * again") and every `intervalMs` in case a ping is missed; nothing while
 * `enabled` is false. Only the newest
 * answer is shown: a slow answer to an older request never overwrites a
 * newer one. Requests under way are aborted when the address changes, when
 * it is switched off or the component goes; data of another address is
 * never shown.
 */
export function usePolledJson<T>(
  url: string,
  options: { intervalMs: number; version?: unknown; enabled?: boolean }
): PolledJson<T> {
  const { intervalMs, version, enabled = true } = options
  const [state, setState] = useState<{ url: string; data: T | null; failed: boolean }>({ url, data: null, failed: false })
  /* the number of the latest request, and of the request (or local change) whose data is shown */
  const asked = useRef(0)
  const shown = useRef(0)
  const underway = useRef(new Set<AbortController>())

  const refresh = useCallback(async () => {
    const number = ++asked.current
    const controller = new AbortController()
    underway.current.add(controller)
    try {
      const response = await fetch(url, { headers: { accept: 'application/json' }, credentials: 'same-origin', signal: controller.signal })
      if (!response.ok) throw new Error(`${url}: ${response.status}`)
      const data = (await response.json()) as T
      if (controller.signal.aborted || number < shown.current) return
      shown.current = number
      setState({ url, data, failed: false })
    } catch {
      /* offline for a moment or refused: keep what is shown; a newer answer already in wins */
      if (controller.signal.aborted || number < shown.current) return
      setState((last) => (last.url === url ? { ...last, failed: true } : { url, data: null, failed: true }))
    } finally {
      underway.current.delete(controller)
    }
  }, [url])

  useEffect(() => {
    if (enabled) refresh()
  }, [refresh, version, enabled])

  useEffect(() => {
    if (!enabled) return
    const timer = window.setInterval(refresh, intervalMs)
    return () => window.clearInterval(timer)
  }, [refresh, intervalMs, enabled])

  /* switched off (the waiting room's texts once in the room) or another address: answers under way no longer count */
  useEffect(() => {
    const requests = underway.current
    return () => {
      for (const controller of requests) controller.abort()
      requests.clear()
    }
  }, [url, enabled])

  const setData = useCallback(
    (next: SetStateAction<T | null>) => {
      /* takes a number of its own: every request made so far is older than this change */
      shown.current = ++asked.current
      setState((last) => {
        const current = last.url === url ? last.data : null
        const data = typeof next === 'function' ? (next as (previous: T | null) => T | null)(current) : next
        return { url, data, failed: last.url === url ? last.failed : false }
      })
    },
    [url]
  )

  const current = state.url === url
  return { data: current ? state.data : null, setData, failed: current && state.failed, refresh }
}

/**
 * A number that goes up whenever `channel` pings with a message of `type`
 * (content-free real-time pings: "look again"): pass it as usePolledJson's
 * `version`. Nothing is listened to while `channel` is null.
 */
export function usePingVersion(channel: string | null | undefined, type: string): number {
  const [version, setVersion] = useState(0)
  useEffect(() => {
    if (!channel) return
    return listen<{ type?: string }>(channel, (message) => {
      if (message?.type === type) setVersion((current) => current + 1)
    })
  }, [channel, type])
  return version
}
