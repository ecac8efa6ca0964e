/*
 * A steady clock for the canvas pipeline: a page's own timers are slowed down
 * to once a second (or less) while its tab is in the background, a worker's
 * are not, so the published camera keeps moving while the user looks at
 * another tab. The page sends the interval in ms (0 stops it).
 */
let timer: ReturnType<typeof setInterval> | null = null

self.onmessage = (event: MessageEvent<number>) => {
  if (timer !== null) clearInterval(timer)
  timer = null
  const interval = Number(event.data)
  if (interval > 0) timer = setInterval(() => self.postMessage(performance.now()), interval)
}
