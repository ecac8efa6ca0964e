import { randomBytes } from 'node:crypto'
import type { HttpContext } from '@adonisjs/core/http'
import { JoinTokens } from '#modules/consultation/services/join_tokens'
import { mediaPlane } from '#modules/consultation/sfu/media_plane'
import { PROBE_SECONDS, SIGNAL_PATH } from '#modules/consultation/sfu/signal_server'
import { withinVisitAllowance } from '#modules/agenda/services/visit_limiter'

/* a test takes one pair; a few retries a minute are plenty */
export const MEDIA_PROBES_PER_MINUTE = 6

/** Upper bound of one download or upload probe: enough to measure, too little to abuse */
export const MAX_PROBE_BYTES = 2 * 1024 * 1024
const DEFAULT_DOWNLOAD_BYTES = 256 * 1024

/**
 * The network & hardware test page (reachable before logging in) and the
 * three tiny probes its connection check measures against the app itself:
 * a round trip, a download and an upload. Nothing is stored.
 */
export default class DeviceTestController {
  async show({ inertia, organization }: HttpContext) {
    return inertia.render('consultation/device_test', { mediaCheck: Boolean(organization) })
  }

  /**
   * Two tickets into a fresh loopback session of the media server: the page
   * publishes a test picture with one and receives it with the other, which
   * proves that media flow through the server and measures the round trip
   * and bitrate. Only on an organization's host (where the relay is), per
   * caller limited, and the server cuts the session off after PROBE_SECONDS.
   */
  async mediaTicket(ctx: HttpContext) {
    noStore(ctx.response)
    if (!ctx.organization) return ctx.response.status(404).send({ error: 'not_found' })
    if (!(await withinVisitAllowance(ctx, `device_probe_${ctx.request.ip()}`, MEDIA_PROBES_PER_MINUTE))) return
    const sessionId = JoinTokens.probeSession()
    const ticket = (uid: string) => JoinTokens.mint({ sid: sessionId, uid, name: '', role: 'probe', org: ctx.organization!.id })
    return {
      sessionId,
      sender: { uid: 'probe-sender', ticket: ticket('probe-sender') },
      receiver: { uid: 'probe-receiver', ticket: ticket('probe-receiver') },
      signalPath: SIGNAL_PATH,
      iceServers: mediaPlane.clientConfig().iceServers,
      seconds: PROBE_SECONDS,
    }
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
