import { Transmit } from '@adonisjs/transmit-client'

/**
 * One server-sent-events connection per tab (transmit multiplexes channels
 * over it), made on first use. The routes live on the organization's own
 * host, so the page's origin is the base URL. Messages on the channels are
 * content-free pings: a page refetches what it is allowed to see.
 */
let client: Transmit | null = null

function transmit() {
  client ??= new Transmit({ baseUrl: window.location.origin })
  return client
}

/**
 * Listens on a channel until the returned function is called; `onLive` once
 * the server has the subscription. Subscribing may fail (offline, no login):
 * pages that listen also poll, so the failure is only worth a console line.
 */
export function listen<T = unknown>(channel: string, onMessage: (message: T) => void, onLive?: () => void): () => void {
  const subscription = transmit().subscription(channel)
  const stop = subscription.onMessage<T>(onMessage)
  /* create() is a no-op once subscribed, and waits for the connection while it opens */
  subscription
    .create()
    /* how many channels this tab listens to, on <html data-live-channels>: pages (and tests) can tell "live" from "will poll" */
    .then(() => {
      const root = document.documentElement
      root.dataset.liveChannels = String(Number(root.dataset.liveChannels ?? 0) + 1)
      onLive?.()
    })
    .catch((error) => console.warn(`transmit: could not subscribe to ${channel}`, error))
  /*
   * Only the handler goes: the subscription stays for the tab's life. Deleting
   * it while a page re-mounts (Inertia visits, React's double effects in
   * development) would race the next create() and drop the channel.
   */
  return stop
}
