/*
 * Entry of the SFU worker thread: media never touch the HTTP event loop.
 * The main thread (embedded_backend.ts) posts client messages in and gets
 * the SFU's messages back; workerData carries the engine options.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { SrtpAuthenticationError, SrtpSession } from 'werift'
import type { FromWorker, ToWorker } from './protocol.js'
import { SfuEngine, type EngineOptions } from './engine.js'
import { useFastSrtp } from './fast_srtp.js'
import { cacheCipherKeys, tuneUdpSockets } from './worker_tuning.js'

tuneUdpSockets(2 * 1024 * 1024)
cacheCipherKeys()
useFastSrtp(SrtpSession, (message) => new SrtpAuthenticationError(message))

const port = parentPort
if (!port) throw new Error('sfu_worker must run as a worker thread')

const post = (message: FromWorker) => port.postMessage(message)
const debug = Boolean((workerData as { debug?: boolean } | undefined)?.debug)

const engine = new SfuEngine(
  {
    send: (conn, message) => post({ type: 'message', conn, message }),
    hangUp: (conn, reason) => post({ type: 'hangup', conn, reason }),
  },
  ((workerData as { options?: Partial<EngineOptions> } | undefined)?.options ?? {}),
  (message, error) => {
    if (debug) console.error('[sfu]', message, error ?? '')
  }
)

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'message':
      void engine.handle(message.conn, message.message)
      break
    case 'close':
      void engine.disconnect(message.conn)
      break
    case 'stats':
      post({ type: 'stats', requestId: message.requestId, stats: engine.stats() })
      break
  }
})

post({ type: 'ready' })
