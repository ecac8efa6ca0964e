import { randomBytes } from 'node:crypto'
import type { HttpContext } from '@adonisjs/core/http'

/** Upper bound of one download or upload probe: enough to measure, too little to abuse */
export const MAX_PROBE_BYTES = 2 * 1024 * 1024
const DEFAULT_DOWNLOAD_BYTES = 256 * 1024

/**
 * The network & hardware test page (reachable before logging in) and the
 * three tiny probes its connection check measures against the app itself:
 * a round trip, a download and an upload. Nothing is stored.
 */
export default class DeviceTestController {
  async show({ inertia }: HttpContext) {
    return inertia.render('consultation/device_test', {})
  }

  /** A few bytes back at once: the page times this for the round trip */
  async ping({ response }: HttpContext) {
    noStore(response)
    return response.ok({ ok: true, at: Date.now() })
  }

  /** `bytes` random bytes (capped) that no cache or compression may shorten */
  async download({ request, response }: HttpContext) {
    const asked = Number(request.input('bytes', DEFAULT_DOWNLOAD_BYTES))
    const bytes = Number.isFinite(asked) ? Math.min(Math.max(Math.floor(asked), 0), MAX_PROBE_BYTES) : DEFAULT_DOWNLOAD_BYTES
    noStore(response)
    response.header('content-type', 'application/octet-stream')
    response.header('content-length', String(bytes))
    return response.send(randomBytes(bytes))
  }

  /**
   * Reads and discards the body (any content type the body parser leaves
   * alone, e.g. application/octet-stream), refusing more than the cap.
   * The page sends the XSRF token header like any other form, so the CSRF
   * protection stays on.
   */
  async upload({ request, response }: HttpContext) {
    noStore(response)
    const declared = Number(request.header('content-length') ?? 0)
    if (declared > MAX_PROBE_BYTES) return response.status(413).send({ error: 'too_large', max: MAX_PROBE_BYTES })
    const raw = request.request
    let received = 0
    const tooLarge = await new Promise<boolean>((resolve, reject) => {
      if (raw.readableEnded) return resolve(false)
      raw.on('data', (chunk: Buffer) => {
        received += chunk.length
        if (received > MAX_PROBE_BYTES) {
          raw.pause()
          resolve(true)
        }
      })
      raw.on('end', () => resolve(false))
      raw.on('error', reject)
    })
    if (tooLarge) {
      response.header('connection', 'close')
      return response.status(413).send({ error: 'too_large', max: MAX_PROBE_BYTES })
    }
    return response.ok({ received })
  }
}

function noStore(response: HttpContext['response']) {
  response.header('cache-control', 'no-store, max-age=0')
}
