import { useCallback, useEffect, useRef, useState } from 'react'
import { listen } from '~/lib/transmit'
import type { RoomState } from './room_types'

/** The fallback when a real-time ping does not arrive (proxy, lost connection) */
const POLL_MS = 15_000

export type RoomLoad = 'loading' | 'ready' | 'gone' | 'failed'

/**
 * The room's state from GET <base>/state, refetched whenever the
 * consultation's channel pings 'participants' (and every 15 s in case a
 * ping is missed), and on 'document' (the shared-document link changed). 'messages' and 'files' only bump a version the panels
 * watch; 'ended' flips the status at once (the closing screen needs no
 * round trip) and refetches once for the closing details.
 */
export function useRoomState(base: string) {
  const [state, setState] = useState<RoomState | null>(null)
  const [load, setLoad] = useState<RoomLoad>('loading')
  const [versions, setVersions] = useState({ messages: 0, files: 0 })
  const stateRef = useRef<RoomState | null>(null)
  stateRef.current = state

  const refresh = useCallback(async () => {
    try {
      const response = await fetch(`${base}/state`, { headers: { accept: 'application/json' }, credentials: 'same-origin' })
      if (response.status === 410) {
        /* the link closed meanwhile: the room is over for this page; keep the last state, marked ended */
        const last = stateRef.current
        if (last) setState({ ...last, consultation: { ...last.consultation, status: 'ended' } })
        else setLoad('gone')
        return
      }
      if (response.status === 404 || response.status === 403) {
        /* not (or no longer) in this room: sent back to the waiting room, or not theirs */
        setLoad('gone')
        return
      }
      if (!response.ok) throw new Error(`room state: ${response.status}`)
      const next = (await response.json()) as RoomState
      /* once ended, stays ended (a late answer from before the end must not reopen it) */
      const last = stateRef.current
      if (last?.consultation.status === 'ended' && next.consultation.status === 'open') return
      setState(next)
      setLoad('ready')
    } catch {
      if (!stateRef.current) setLoad('failed')
    }
  }, [base])

  useEffect(() => {
    refresh()
    const timer = window.setInterval(refresh, POLL_MS)
    return () => window.clearInterval(timer)
  }, [refresh])

  const channel = state?.consultation.channel
  useEffect(() => {
    if (!channel) return
    return listen<{ type?: string }>(channel, (message) => {
      switch (message?.type) {
        case 'participants':
        case 'document':
          refresh()
          break
        case 'messages':
          setVersions((v) => ({ ...v, messages: v.messages + 1 }))
          break
        case 'files':
          setVersions((v) => ({ ...v, files: v.files + 1 }))
          break
        case 'ended':
          setState((last) => (last ? { ...last, consultation: { ...last.consultation, status: 'ended' } } : last))
          refresh()
          break
      }
    })
  }, [channel, refresh])

  return { state, load, versions, refresh }
}
