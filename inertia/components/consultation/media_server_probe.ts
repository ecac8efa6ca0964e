import { Client, LocalStream } from 'ion-sdk-js'
import { IonSFUJSONRPCSignal } from 'ion-sdk-js/lib/signal/json-rpc-impl'
import { postJson } from '~/lib/xsrf'

export type MediaServerResult = {
  ok: boolean
  /** round trip between this browser and the media server (ICE candidate pair) */
  rttMs?: number
  /** received video bitrate of the test picture, kbit/s */
  kbps?: number
  /** from joining to the first test frame decoded */
  firstFrameMs?: number
  /** why not: 'unavailable' (no media server on this host), 'busy' (too many tests), 'failed' */
  reason?: 'unavailable' | 'busy' | 'failed'
}

type ProbeTickets = {
  sessionId: string
  sender: { uid: string; ticket: string }
  receiver: { uid: string; ticket: string }
  signalPath: string
  iceServers: RTCIceServer[]
}

const TIMEOUT_MS = 12_000
const MEASURE_MS = 2_500

/**
 * Proves that media reach the media server and come back: the page sends a
 * moving test picture (no camera needed) into a short loopback session and
 * receives it on a second connection, then reads the round trip and the
 * bitrate from WebRTC's statistics.
 */
export async function probeMediaServer(): Promise<MediaServerResult> {
  const response = await postJson('/device-test/media-ticket').catch(() => null)
  if (!response) return { ok: false, reason: 'failed' }
  if (response.status === 404) return { ok: false, reason: 'unavailable' }
  if (response.status === 429) return { ok: false, reason: 'busy' }
  if (!response.ok) return { ok: false, reason: 'failed' }
  const tickets = (await response.json()) as ProbeTickets

  const picture = testPicture()
  const clients: Client[] = []
  const started = performance.now()
  try {
    const connect = async (who: { uid: string; ticket: string }) => {
      const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws'
      const signal = new IonSFUJSONRPCSignal(
        `${scheme}://${window.location.host}${tickets.signalPath}?token=${encodeURIComponent(who.ticket)}`
      )
      const client = new Client(signal, { codec: 'vp8', iceServers: tickets.iceServers })
      clients.push(client)
      await new Promise<void>((resolve, reject) => {
        signal.onopen = () => resolve()
        signal.onerror = () => reject(new Error('signalling failed'))
      })
      await client.join(tickets.sessionId, who.uid)
      return client
    }
    const outcome = await withTimeout(
      (async () => {
        const receiver = await connect(tickets.receiver)
        const sender = await connect(tickets.sender)
        sender.publish(
          new LocalStream(picture.stream, { codec: 'vp8', resolution: 'qvga', audio: false, video: true, simulcast: false })
        )
        const first = await until(async () => (await inbound(receiver)).framesDecoded > 0, started + TIMEOUT_MS)
        const firstFrameMs = Math.round(first - started)
        const before = await inbound(receiver)
        await new Promise((resolve) => setTimeout(resolve, MEASURE_MS))
        const after = await inbound(receiver)
        const seconds = (after.at - before.at) / 1000
        return {
          ok: true,
          firstFrameMs,
          rttMs: after.rttMs !== undefined ? Math.round(after.rttMs) : undefined,
          kbps: seconds > 0 ? Math.round(((after.bytes - before.bytes) * 8) / seconds / 1000) : undefined,
        } satisfies MediaServerResult
      })(),
      TIMEOUT_MS
    )
    return outcome
  } catch {
    return { ok: false, reason: 'failed' }
  } finally {
    picture.stop()
    for (const client of clients) {
      try {
        client.close()
      } catch {
        /* already closed */
      }
    }
  }
}

/** A small moving picture, so the encoder keeps sending (a still frame would hardly need bits) */
function testPicture() {
  const canvas = document.createElement('canvas')
  canvas.width = 320
  canvas.height = 240
  const context = canvas.getContext('2d')!
  let frame = 0
  const draw = () => {
    frame++
    context.fillStyle = `hsl(${(frame * 7) % 360} 60% 45%)`
    context.fillRect(0, 0, canvas.width, canvas.height)
    context.fillStyle = '#fff'
    for (let i = 0; i < 40; i++) context.fillRect(Math.random() * 320, Math.random() * 240, 12, 12)
  }
  draw()
  const timer = window.setInterval(draw, 66)
  const stream = canvas.captureStream(15)
  return {
    stream,
    stop() {
      window.clearInterval(timer)
      stream.getTracks().forEach((track) => track.stop())
    },
  }
}

async function inbound(client: Client) {
  const out = { framesDecoded: 0, bytes: 0, rttMs: undefined as number | undefined, at: performance.now() }
  const stats = await client.getSubStats()
  stats.forEach((report: any) => {
    if (report.type === 'inbound-rtp' && report.kind === 'video') {
      out.framesDecoded += report.framesDecoded ?? 0
      out.bytes += report.bytesReceived ?? 0
    }
    if (report.type === 'candidate-pair' && report.nominated && typeof report.currentRoundTripTime === 'number') {
      out.rttMs = report.currentRoundTripTime * 1000
    }
  })
  return out
}

async function until(check: () => Promise<boolean>, deadline: number): Promise<number> {
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error('timeout')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return performance.now()
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = window.setTimeout(() => reject(new Error('timeout')), ms)
    promise.then(
      (value) => {
        window.clearTimeout(timer)
        resolve(value)
      },
      (error) => {
        window.clearTimeout(timer)
        reject(error)
      }
    )
  })
}
