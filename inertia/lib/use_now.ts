import { useEffect, useState } from 'react'

/** The current time in milliseconds, re-read every `intervalMs` (for "waited 5 min", "expired") */
export function useNow(intervalMs: number) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs)
    return () => window.clearInterval(timer)
  }, [intervalMs])
  return now
}
