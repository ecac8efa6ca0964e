import { useEffect, useState, useSyncExternalStore } from 'react'
import { rememberedDevices } from '~/components/consultation/media_devices'
import { MediaSession, type ApplyEffect } from './media_session'

/**
 * The page's MediaSession, made once and left when the page goes (also on
 * closing the tab: the others then see this participant leave at once).
 */
export function useMediaSession(base: string, applyEffect: ApplyEffect | null) {
  const [session] = useState(() => new MediaSession(base, rememberedDevices(), applyEffect))
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot)

  useEffect(() => {
    const leave = () => session.leave()
    window.addEventListener('pagehide', leave)
    return () => {
      window.removeEventListener('pagehide', leave)
      session.leave()
    }
  }, [session])

  /* tests read what this page receives (the dev server only; never in a built app) */
  useEffect(() => {
    if (!import.meta.env.DEV) return
    const history: string[] = []
    let last = ''
    const stop = session.subscribe(() => {
      const status = session.getSnapshot().status
      if (status !== last) history.push(`${Math.round(performance.now())} ${(last = status)}`)
    })
    const hook = { inbound: () => session.inbound(), status: () => session.getSnapshot().status, history, events: session.events }
    ;(window as unknown as { __consultRoom?: typeof hook }).__consultRoom = hook
    return stop
  }, [session])

  return { session, snapshot }
}
