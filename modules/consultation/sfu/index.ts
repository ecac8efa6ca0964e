/*
 * The media plane of the consultation module. Use from the app:
 *   - `mediaPlane.signalServer` handles wss://<host>/media/signal
 *   - the browser connects with ion-sdk-js: new IonSFUJSONRPCSignal(`${wsOrigin}/media/signal?token=${ticket}`)
 *     and client.join(ticket.sid, ticket.uid); tickets come from JoinTokens.mint()
 */
import type { SfuBackend } from './backend.js'
import { engineOptions, type SfuConfig } from './config.js'
import { EmbeddedSfuBackend } from './embedded_backend.js'
import { ExternalSfuBackend } from './external_backend.js'

export { SignalServer, SIGNAL_PATH } from './signal_server.js'
export { sfuConfig } from './config.js'
export type { SfuConfig } from './config.js'

/** The embedded worker, or the external ion-sfu nodes when SFU_URLS is set */
export function createBackend(config: SfuConfig, log: (message: string, error?: unknown) => void): SfuBackend {
  if (config.nodeUrls.length > 0) return new ExternalSfuBackend(config.nodeUrls, log)
  return new EmbeddedSfuBackend(engineOptions(config), log)
}
