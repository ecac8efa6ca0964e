import { Client, LocalStream } from 'ion-sdk-js'
import { IonSFUJSONRPCSignal } from 'ion-sdk-js/lib/signal/json-rpc-impl'
import { postJson } from '~/lib/xsrf'
import {
  mediaConstraints,
  mediaErrorKind,
  mediaUnavailable,
  openMedia,
  rememberDevices,
  stopStream,
  type DeviceChoice,
  type MediaErrorKind,
} from '~/components/consultation/media_devices'
import type { BackgroundEffect, MediaTicket, Resolution } from './room_types'

/**
 * - `idle`: not started (the settings-first screen is open)
 * - `opening`: asking for camera and microphone
 * - `connecting` / `reconnecting`: ticket, signalling socket, join
 * - `connected`: in the media session
 * - `unreachable`: the media server did not answer after a few tries (retry by hand)
 * - `replaced`: the same person joined from another window or device
 * - `refused`: the room no longer lets this page in (ended, sent back)
 * - `full` / `waiting_for_client`: not now (six people are in; an external
 *   participant enters only with the client), asked again every few seconds
 * - `left`: the user left
 */
export type MediaStatus =
  | 'idle'
  | 'opening'
  | 'connecting'
  | 'connected'
  | 'reconnecting'
  | 'unreachable'
  | 'replaced'
  | 'refused'
  | 'full'
  | 'waiting_for_client'
  | 'left'

export type MediaSnapshot = {
  status: MediaStatus
  /** why the camera/microphone could not be opened (the room still works without) */
  mediaError: MediaErrorKind | null
  /** own camera and microphone as published (the self-view shows it) */
  camera: MediaStream | null
  /** the camera's own picture, before a background effect (the effect picker previews on it) */
  rawCamera: MediaStream | null
  screen: MediaStream | null
  /** remote streams by stream id (the SFU forwards with the publisher's stream id) */
  remotes: Map<string, MediaStream>
  micOn: boolean
  cameraOn: boolean
  devices: DeviceChoice
  resolution: Resolution
  effect: BackgroundEffect
  /** the chosen background image could not be loaded: the effect blurs instead */
  effectImageFailed: boolean
}

/** The signalling relay's close code when the same person joined from another window (signalling.ts CloseCodes.replaced) */
const CLOSE_REPLACED = 4409
/** Automatic attempts before the page says the media server cannot be reached */
const AUTO_ATTEMPTS = 3
const OPEN_TIMEOUT_MS = 8000
const JOIN_TIMEOUT_MS = 15_000

/* ion-sdk-js' presets (VideoConstraints): size for the camera, bitrate for the sender */
const RESOLUTIONS: Record<Resolution, { width: number; height: number; maxBitrate: number }> = {
  qvga: { width: 320, height: 180, maxBitrate: 150_000 },
  vga: { width: 640, height: 360, maxBitrate: 500_000 },
  hd: { width: 1280, height: 720, maxBitrate: 2_500_000 },
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = window.setTimeout(() => reject(new Error(`${what}: timed out`)), ms)
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

class RefusedError extends Error {}
/** 409: not now (the room is full, or an external participant waits for the client); asked again by itself */
class HeldBackError extends Error {
  constructor(readonly status: 'full' | 'waiting_for_client') {
    super(status)
  }
}
const HELD_BACK_RETRY_MS = 5000

type Effect = { stream: MediaStream; stop(): void; stats?(): { imageFailed: boolean } }
export type ApplyEffect = (stream: MediaStream, effect: BackgroundEffect) => Promise<Effect>

/**
 * One page's part in a consultation's media session: the camera and
 * microphone (published as one ion-sdk-js LocalStream), an optional screen
 * share (a second LocalStream), the remote streams, and the connection to
 * the SFU through the app's signalling relay, re-made when the socket
 * closes (a fresh ticket; the SFU replaces the old peer of the same uid).
 */
export class MediaSession {
  private listeners = new Set<() => void>()
  private snapshot: MediaSnapshot
  private client: Client | null = null
  /** each connection attempt's number: events of an older one are ignored */
  private generation = 0
  private failures = 0
  private retryTimer: number | null = null
  private closed = false
  /** the camera's own video track (before any background effect) */
  private rawVideo: MediaStreamTrack | null = null
  private activeEffect: Effect | null = null
  /** each setEffect call's number: an effect that is ready after a newer choice was made is stopped, never published */
  private effectChoice = 0
  private cameraStream: LocalStream | null = null
  private screenStream: LocalStream | null = null
  private remotes = new Map<string, MediaStream>()
  /** the last few connection events, for diagnosis (the test hook shows them) */
  readonly events: string[] = []

  private note(event: string) {
    this.events.push(`${Math.round(performance.now())} ${event}`)
    if (this.events.length > 50) this.events.shift()
  }

  constructor(
    private base: string,
    devices: DeviceChoice,
    private applyEffect: ApplyEffect | null = null
  ) {
    this.snapshot = {
      status: 'idle',
      mediaError: null,
      camera: null,
      rawCamera: null,
      screen: null,
      remotes: new Map(),
      micOn: true,
      cameraOn: true,
      devices,
      resolution: 'vga',
      effect: { mode: 'none' },
      effectImageFailed: false,
    }
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  getSnapshot = () => this.snapshot

  private update(patch: Partial<MediaSnapshot>) {
    this.snapshot = { ...this.snapshot, ...patch }
    this.listeners.forEach((listener) => listener())
  }

  private get publisher(): RTCPeerConnection | null {
    return this.client?.transports?.[0]?.pc ?? null
  }

  private get subscriber(): RTCPeerConnection | null {
    return this.client?.transports?.[1]?.pc ?? null
  }

  /**
   * Opens camera and microphone (or takes the stream the settings screen
   * already opened) and joins. Without a usable camera the page joins
   * anyway when `withoutMedia` is set: the others are seen and heard.
   */
  async start(options: { stream?: MediaStream | null; withoutMedia?: boolean } = {}) {
    if (this.closed) return
    /* the ticket is asked for while the camera opens (it stays valid for two minutes) */
    this.earlyTicket = this.requestTicket()
    this.earlyTicket.catch(() => {})
    if (!this.cameraStream && !options.withoutMedia) {
      this.update({ status: 'opening', mediaError: null })
      try {
        const unavailable = mediaUnavailable()
        if (unavailable) throw Object.assign(new Error(unavailable), { kind: unavailable })
        const opened = options.stream ?? (await openMedia(this.snapshot.devices))
        this.adoptCamera(opened)
      } catch (error) {
        const kind = (error as { kind?: MediaErrorKind }).kind ?? mediaErrorKind(error)
        this.update({ status: 'idle', mediaError: kind })
        return
      }
    } else if (options.withoutMedia) {
      stopStream(options.stream)
      this.update({ mediaError: null })
    }
    this.failures = 0
    await this.connect()
  }

  private adoptCamera(opened: MediaStream) {
    this.rawVideo = opened.getVideoTracks()[0] ?? null
    const audio = opened.getAudioTracks()[0] ?? null
    const devices: DeviceChoice = {
      ...this.snapshot.devices,
      audioDeviceId: audio?.getSettings().deviceId ?? this.snapshot.devices.audioDeviceId,
      videoDeviceId: this.rawVideo?.getSettings().deviceId ?? this.snapshot.devices.videoDeviceId,
    }
    this.cameraStream = new LocalStream(new MediaStream(opened.getTracks()), {
      resolution: this.snapshot.resolution,
      codec: 'vp8',
      audio: true,
      video: true,
      simulcast: false,
    })
    this.rawVideo?.applyConstraints(this.sizeOf(this.snapshot.resolution)).catch(() => {})
    this.update({ camera: this.cameraStream, rawCamera: this.rawVideo ? new MediaStream([this.rawVideo]) : null, devices, micOn: true, cameraOn: true })
  }

  /** Leaves for good: closes the connection and lets go of camera, microphone and screen */
  leave(status: MediaStatus = 'left') {
    this.closed = true
    this.generation++
    if (this.retryTimer) window.clearTimeout(this.retryTimer)
    this.disconnect()
    this.activeEffect?.stop()
    this.activeEffect = null
    stopStream(this.rawVideo ? new MediaStream([this.rawVideo]) : null)
    stopStream(this.cameraStream)
    stopStream(this.screenStream)
    this.cameraStream = null
    this.screenStream = null
    this.update({ status, camera: null, rawCamera: null, screen: null, remotes: new Map() })
  }

  /** The "try again" button (after `unreachable`, `replaced`, or while held back); resolves when that attempt is over */
  retry(): Promise<void> {
    if (this.closed) return Promise.resolve()
    this.failures = 0
    return this.connect()
  }

  private disconnect() {
    const client = this.client
    this.client = null
    if (client) {
      client.ontrack = undefined
      try {
        client.close()
      } catch {
        /* the socket was closed already */
      }
    }
    this.remotes = new Map()
  }

  private async connect() {
    if (this.closed) return
    if (this.retryTimer) window.clearTimeout(this.retryTimer)
    this.retryTimer = null
    const generation = ++this.generation
    /* held back (full, no client yet): that stays said while asking again, rather than flickering to "connecting" every few seconds */
    const heldBack = this.snapshot.status === 'full' || this.snapshot.status === 'waiting_for_client'
    const reconnecting = this.snapshot.status === 'connected' || this.snapshot.status === 'reconnecting' || this.failures > 0
    this.disconnect()
    if (heldBack) this.update({ remotes: new Map() })
    else this.update({ status: reconnecting ? 'reconnecting' : 'connecting', remotes: new Map() })
    try {
      const early = this.earlyTicket
      this.earlyTicket = null
      const ticket = await (early ?? this.requestTicket()).catch((error) => {
        /* a ticket asked for before a failure may be stale: ask again once */
        if (early && !(error instanceof RefusedError)) return this.requestTicket()
        throw error
      })
      if (generation !== this.generation) return
      if (heldBack) this.update({ status: 'connecting' })

      const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws'
      const signal = new IonSFUJSONRPCSignal(
        `${scheme}://${window.location.host}${ticket.signalPath}?token=${encodeURIComponent(ticket.ticket)}`
      )
      const client = new Client(signal, { codec: 'vp8', iceServers: ticket.iceServers })
      this.client = client
      await withTimeout(
        new Promise<void>((resolve, reject) => {
          signal.onopen = () => resolve()
          signal.onerror = () => reject(new Error('signalling socket failed'))
          signal.onclose = () => reject(new Error('signalling socket closed'))
        }),
        OPEN_TIMEOUT_MS,
        'signalling socket'
      )
      client.ontrack = (_track, stream) => this.addRemote(stream, generation)
      signal.onclose = (event) => this.signalClosed(event as CloseEvent, generation)
      signal.onerror = () => {}
      await withTimeout(client.join(ticket.sessionId, ticket.uid), JOIN_TIMEOUT_MS, 'join')
      if (generation !== this.generation) return

      this.subscriber?.addEventListener('connectionstatechange', () => {
        const state = this.subscriber?.connectionState
        if (generation !== this.generation) return
        this.note(`subscriber ${state}`)
        if (state === 'failed') this.reconnectSoon(generation)
      })
      if (this.cameraStream) client.publish(this.cameraStream)
      if (this.screenStream) client.publish(this.screenStream)
      this.failures = 0
      this.update({ status: 'connected', remotes: new Map(this.remotes) })
      await this.announce()
    } catch (error) {
      this.note(`connect failed: ${(error as Error)?.message ?? String(error)}`)
      if (generation !== this.generation || this.closed) return
      this.disconnect()
      if (error instanceof RefusedError) return this.update({ status: 'refused' })
      if (error instanceof HeldBackError) {
        this.update({ status: error.status })
        this.retryTimer = window.setTimeout(() => this.connect(), HELD_BACK_RETRY_MS)
        return
      }
      this.failures++
      if (this.failures >= AUTO_ATTEMPTS) return this.update({ status: 'unreachable' })
      this.update({ status: 'reconnecting' })
      this.retryTimer = window.setTimeout(() => this.connect(), 1000 * this.failures)
    }
  }

  private earlyTicket: Promise<MediaTicket> | null = null

  private async requestTicket(): Promise<MediaTicket> {
    const response = await postJson(`${this.base}/ticket`)
    if (response.status === 403 || response.status === 404 || response.status === 410) throw new RefusedError(String(response.status))
    if (response.status === 409) {
      const { error } = (await response.json().catch(() => ({}))) as { error?: string }
      throw new HeldBackError(error === 'room_full' ? 'full' : 'waiting_for_client')
    }
    if (!response.ok) throw new Error(`ticket: ${response.status}`)
    return (await response.json()) as MediaTicket
  }

  private signalClosed(event: CloseEvent, generation: number) {
    this.note(`socket closed ${event.code} ${event.reason}`)
    if (generation !== this.generation || this.closed) return
    /* a re-join elsewhere stops the reconnecting; anything else (media server gone, network) reconnects */
    if (event.code === CLOSE_REPLACED) {
      this.generation++
      this.disconnect()
      return this.update({ status: 'replaced', remotes: new Map() })
    }
    this.reconnectSoon(generation)
  }

  private reconnectSoon(generation: number) {
    if (generation !== this.generation || this.closed) return
    this.generation++
    this.disconnect()
    this.update({ status: 'reconnecting', remotes: new Map() })
    this.retryTimer = window.setTimeout(() => this.connect(), 500)
  }

  /** Tells the room which published stream is whose (POST <base>/streams) */
  private async announce() {
    try {
      await postJson(`${this.base}/streams`, { camera: this.cameraStream?.id ?? null, screen: this.screenStream?.id ?? null })
    } catch {
      /* the next connection announces again */
    }
  }

  private addRemote(stream: MediaStream, generation: number) {
    if (generation !== this.generation) return
    if (this.remotes.get(stream.id) === stream) return this.update({ remotes: new Map(this.remotes) })
    this.remotes.set(stream.id, stream)
    const gone = () => {
      if (stream.getTracks().some((track) => track.readyState === 'live')) return
      if (this.remotes.get(stream.id) !== stream) return
      this.remotes.delete(stream.id)
      this.update({ remotes: new Map(this.remotes) })
    }
    stream.addEventListener('removetrack', gone)
    stream.getTracks().forEach((track) => track.addEventListener('ended', gone))
    this.update({ remotes: new Map(this.remotes) })
  }

  toggleMic() {
    const on = !this.snapshot.micOn
    this.cameraStream?.getAudioTracks().forEach((track) => (track.enabled = on))
    this.update({ micOn: on })
  }

  /** Camera off: the track sends black and the camera's light goes out; the connection stays */
  toggleCamera() {
    const on = !this.snapshot.cameraOn
    this.cameraStream?.getVideoTracks().forEach((track) => (track.enabled = on))
    if (this.rawVideo) this.rawVideo.enabled = on
    this.update({ cameraOn: on })
  }

  async startScreenShare() {
    if (this.screenStream || !this.client) return
    const screen = await LocalStream.getDisplayMedia({ codec: 'vp8', resolution: 'hd', audio: false, video: true, simulcast: false })
    this.screenStream = screen
    screen.getVideoTracks()[0]?.addEventListener('ended', () => this.stopScreenShare())
    this.client?.publish(screen)
    this.update({ screen })
    await this.announce()
  }

  async stopScreenShare() {
    const screen = this.screenStream
    if (!screen) return
    this.screenStream = null
    try {
      screen.unpublish()
    } catch {
      /* not published (between connections) */
    }
    stopStream(screen)
    this.update({ screen: null })
    await this.announce()
  }

  /** Puts another video track in the published stream without renegotiating */
  private async publishVideo(track: MediaStreamTrack | null) {
    const camera = this.cameraStream
    if (!camera || !track) return
    const old = camera.getVideoTracks()[0] ?? null
    if (old === track) return
    track.enabled = this.snapshot.cameraOn
    const sender = old ? this.publisher?.getSenders().find((candidate) => candidate.track === old) : undefined
    if (old) camera.removeTrack(old)
    camera.addTrack(track)
    if (sender) await sender.replaceTrack(track)
    /* a new MediaStream object, so that the self-view re-renders */
    this.update({ camera })
  }

  private sizeOf(resolution: Resolution): MediaTrackConstraints {
    const { width, height } = RESOLUTIONS[resolution]
    return { width: { ideal: width }, height: { ideal: height } }
  }

  async setResolution(resolution: Resolution) {
    this.update({ resolution })
    if (this.cameraStream) this.cameraStream.constraints = { ...this.cameraStream.constraints, resolution }
    await this.rawVideo?.applyConstraints(this.sizeOf(resolution)).catch(() => {})
    const video = this.cameraStream?.getVideoTracks()[0]
    const sender = this.publisher?.getSenders().find((candidate) => candidate.track === video)
    if (sender) {
      const parameters = sender.getParameters()
      if (!parameters.encodings?.length) parameters.encodings = [{}]
      parameters.encodings[0].maxBitrate = RESOLUTIONS[resolution].maxBitrate
      await sender.setParameters(parameters).catch(() => {})
    }
  }

  /**
   * Blur or replace the background (the effects module does the work); 'none'
   * sends the camera as is. One effect runs at a time: the one it replaces
   * stops once the new one is published, and when choices follow each other
   * faster than an effect starts, only the last one is kept. Resolves false
   * when a newer choice took this one's place.
   */
  async setEffect(effect: BackgroundEffect): Promise<boolean> {
    const choice = ++this.effectChoice
    if (!this.rawVideo) {
      this.update({ effect, effectImageFailed: false })
      return true
    }
    if (effect.mode === 'none' || !this.applyEffect) {
      const previous = this.activeEffect
      this.activeEffect = null
      await this.publishVideo(this.rawVideo)
      previous?.stop()
      if (choice !== this.effectChoice) return false
      this.update({ effect: { mode: 'none' }, effectImageFailed: false })
      return true
    }
    const next = await this.applyEffect(new MediaStream([this.rawVideo]), effect)
    if (choice !== this.effectChoice || this.closed) {
      next.stop()
      return false
    }
    const previous = this.activeEffect
    this.activeEffect = next
    await this.publishVideo(next.stream.getVideoTracks()[0] ?? this.rawVideo)
    previous?.stop()
    this.update({ effect, effectImageFailed: Boolean(next.stats?.().imageFailed) })
    return true
  }

  /** Another camera or microphone; the speaker is the tiles' business (setSinkId) */
  async switchDevices(choice: DeviceChoice) {
    const current = this.snapshot.devices
    rememberDevices(choice)
    this.update({ devices: choice })
    const camera = this.cameraStream
    if (!camera) return
    const constraints = mediaConstraints(choice)
    if (choice.videoDeviceId !== current.videoDeviceId) {
      /* stop first: some browsers cannot open a second camera while one is open */
      this.rawVideo?.stop()
      const opened = await navigator.mediaDevices.getUserMedia({ video: constraints.video })
      this.rawVideo = opened.getVideoTracks()[0] ?? null
      this.rawVideo?.applyConstraints(this.sizeOf(this.snapshot.resolution)).catch(() => {})
      if (this.rawVideo) this.rawVideo.enabled = this.snapshot.cameraOn
      this.update({ rawCamera: this.rawVideo ? new MediaStream([this.rawVideo]) : null })
      const effect = this.snapshot.effect
      if (effect.mode !== 'none' && this.applyEffect) await this.setEffect(effect)
      else await this.publishVideo(this.rawVideo)
    }
    if (choice.audioDeviceId !== current.audioDeviceId) {
      const old = camera.getAudioTracks()[0] ?? null
      old?.stop()
      const opened = await navigator.mediaDevices.getUserMedia({ audio: constraints.audio })
      const track = opened.getAudioTracks()[0]
      if (track) {
        track.enabled = this.snapshot.micOn
        const sender = this.publisher?.getSenders().find((candidate) => candidate.track === old)
        if (old) camera.removeTrack(old)
        camera.addTrack(track)
        if (sender) await sender.replaceTrack(track)
      }
      this.update({ camera })
    }
  }

  /** Received video and audio, for the test hook and a future network panel */
  async inbound() {
    const out = {
      framesDecoded: 0,
      audioPackets: 0,
      videoPackets: 0,
      videoPacketsLost: 0,
      videoStreams: 0,
      /** per received track (its id): frames decoded (video) or packets received (audio) */
      tracks: {} as Record<string, { kind: string; count: number }>,
    }
    const subscriber = this.subscriber
    if (!subscriber) return out
    ;(await subscriber.getStats()).forEach((report) => {
      if (report.type !== 'inbound-rtp') return
      const id = String(report.trackIdentifier ?? report.id)
      out.tracks[id] = { kind: report.kind, count: report.kind === 'video' ? (report.framesDecoded ?? 0) : (report.packetsReceived ?? 0) }
      if (report.kind === 'video') {
        out.framesDecoded += report.framesDecoded ?? 0
        out.videoPackets += report.packetsReceived ?? 0
        out.videoPacketsLost += report.packetsLost ?? 0
        if ((report.framesDecoded ?? 0) > 0) out.videoStreams++
      }
      if (report.kind === 'audio') out.audioPackets += report.packetsReceived ?? 0
    })
    return out
  }
}
