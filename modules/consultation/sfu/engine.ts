/*
 * The embedded SFU: a selective forwarding unit on werift that speaks the
 * ion-sfu JSON-RPC protocol (see ../shared/MEDIA.md). It runs inside the SFU
 * worker thread (sfu_worker.ts); the main thread only relays signalling.
 *
 * Per participant two peer connections: the publisher (the browser offers,
 * its media come in) and the subscriber (the SFU offers, everyone else's
 * media go out, plus the `ion-sfu` data channel that ion-sdk-js waits for).
 */
import {
  MediaStream,
  RTCPeerConnection,
  ReceiverEstimatedMaxBitrate,
  RtcpPayloadSpecificFeedback,
  useAbsSendTime,
  useOPUS,
  useVP8,
  type MediaStreamTrack,
  type RTCRtpReceiver,
  type RTCRtpSender,
  type RTCRtpTransceiver,
  type RtcpPacket,
  type RtpPacket,
} from 'werift'
import type { IceServer, JsonRpcMessage } from './protocol.js'
import { RpcErrors } from './protocol.js'

export type EngineOptions = {
  iceServers: IceServer[]
  /** UDP ports for ICE, inclusive */
  udpPortRange?: [number, number]
  /** cap of the bitrate the SFU lets a publisher send per video track (REMB), bits/s */
  maxVideoBitrate: number
  /** minimum interval between keyframe requests to one publisher track, ms */
  keyframeIntervalMs: number
  /** how long a subscriber renegotiation may wait for the browser's answer, ms */
  negotiationTimeoutMs: number
}

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  iceServers: [],
  maxVideoBitrate: 1_000_000,
  keyframeIntervalMs: 300,
  negotiationTimeoutMs: 10_000,
}

/** What the engine needs from its host: deliver a message to, or hang up, a connection */
export type EngineHost = {
  send(conn: string, message: JsonRpcMessage): void
  hangUp(conn: string, reason: string): void
}

const FIR_COUNT = 4
const PSFB = RtcpPayloadSpecificFeedback.type
const REMB_INTERVAL_MS = 1000
const MIN_VIDEO_BITRATE = 100_000

/** REMB wants the bitrate as an 18-bit mantissa and a 6-bit exponent */
export function rembFields(bitrate: number): { brExp: number; brMantissa: number } {
  let mantissa = Math.max(0, Math.floor(bitrate))
  let exp = 0
  while (mantissa >= 1 << 18) {
    mantissa = Math.floor(mantissa / 2)
    exp++
  }
  return { brExp: exp, brMantissa: mantissa }
}

/** One track a participant publishes, fanned out to every other participant's subscriber */
class PublishedTrack {
  readonly downstream = new Map<Peer, DownTrack>()
  private lastKeyframeRequest = 0
  private keyframeTimer: NodeJS.Timeout | null = null
  private gotFirstPacket = false

  constructor(
    readonly id: string,
    readonly owner: Peer,
    readonly kind: 'audio' | 'video',
    readonly streamId: string,
    readonly track: MediaStreamTrack,
    readonly receiver: RTCRtpReceiver,
    private readonly options: EngineOptions
  ) {
    track.onReceiveRtp.subscribe((rtp) => this.forward(rtp))
  }

  private forward(rtp: RtpPacket) {
    if (!this.gotFirstPacket) {
      this.gotFirstPacket = true
      this.requestKeyframe()
    }
    if (rtp.payload.length === 0) return // padding-only probes
    if (this.downstream.size === 0) return
    /*
     * werift's sender clones the packet before rewriting ssrc, payload type,
     * sequence numbers and extensions; one stripped copy serves all of them.
     * The publisher's header extensions mean nothing on the subscriber's
     * connection (other ids), so they go.
     */
    const out = rtp.clone()
    out.header.extensions = []
    out.header.extension = false
    for (const down of this.downstream.values()) {
      if (down.active) void down.sender.sendRtp(out).catch(() => {})
    }
  }

  /** PLI to the publisher, throttled: a new subscriber then decodes at once */
  requestKeyframe() {
    if (this.kind !== 'video' || this.track.ssrc === undefined) return
    const wait = this.lastKeyframeRequest + this.options.keyframeIntervalMs - Date.now()
    if (wait > 0) {
      this.keyframeTimer ??= setTimeout(() => {
        this.keyframeTimer = null
        this.requestKeyframe()
      }, wait)
      return
    }
    this.lastKeyframeRequest = Date.now()
    void this.receiver.sendRtcpPLI(this.track.ssrc).catch(() => {})
  }

  /** REMB to the publisher: the lowest estimate of its subscribers, capped */
  sendRemb() {
    if (this.kind !== 'video' || this.track.ssrc === undefined) return
    let bitrate = this.options.maxVideoBitrate
    for (const down of this.downstream.values()) {
      const estimate = Number(down.sender.receiverEstimatedMaxBitrate ?? 0n)
      if (down.active && estimate > 0) bitrate = Math.min(bitrate, estimate)
    }
    bitrate = Math.max(bitrate, MIN_VIDEO_BITRATE)
    const remb = new ReceiverEstimatedMaxBitrate({
      senderSsrc: 1,
      mediaSsrc: 0,
      ssrcNum: 1,
      ssrcFeedbacks: [this.track.ssrc],
      bitrate: BigInt(bitrate),
      ...rembFields(bitrate),
    })
    const transport = this.receiver.dtlsTransport
    if (!transport) return
    void transport.sendRtcp([new RtcpPayloadSpecificFeedback({ feedback: remb })]).catch(() => {})
  }

  close() {
    if (this.keyframeTimer) clearTimeout(this.keyframeTimer)
    this.keyframeTimer = null
  }
}

/** A publisher track as it leaves through one subscriber connection */
type DownTrack = {
  transceiver: RTCRtpTransceiver
  sender: RTCRtpSender
  active: boolean
}

class Peer {
  readonly pub: RTCPeerConnection
  readonly sub: RTCPeerConnection
  readonly published = new Map<string, PublishedTrack>()
  /** subscriber transceivers no longer carrying a track (inactive), reused before adding new ones */
  private readonly freeTransceivers: RTCRtpTransceiver[] = []
  private negotiating = false
  private negotiationWanted = false
  private negotiationTimer: NodeJS.Timeout | null = null
  private negotiationDeadline: NodeJS.Timeout | null = null
  closed = false

  constructor(
    readonly room: Room,
    readonly uid: string,
    readonly conn: string,
    private readonly engine: SfuEngine
  ) {
    const config = {
      iceServers: engine.options.iceServers,
      icePortRange: engine.options.udpPortRange,
      codecs: { audio: [useOPUS()], video: [useVP8()] },
    }
    // No TWCC on either side (it collapsed Chrome's estimate); REMB instead, abs-send-time lets the subscriber estimate
    this.pub = new RTCPeerConnection({ ...config, headerExtensions: { audio: [], video: [] } })
    this.sub = new RTCPeerConnection({ ...config, headerExtensions: { audio: [], video: [useAbsSendTime()] } })

    this.pub.onIceCandidate.subscribe((candidate) => this.trickleOut(0, candidate))
    this.sub.onIceCandidate.subscribe((candidate) => this.trickleOut(1, candidate))
    this.pub.ontrack = (event) => this.onPublisherTrack(event.track, event.receiver, event.streams)
    this.pub.connectionStateChange.subscribe((state) => {
      if (state === 'failed') this.engine.removePeer(this, 'publisher connection failed')
    })
    this.sub.iceConnectionStateChange.subscribe((state) => {
      if (state === 'failed' && !this.closed) this.negotiate(true)
    })
    this.sub.createDataChannel('ion-sfu')
  }

  private trickleOut(target: 0 | 1, candidate: unknown) {
    if (!candidate || this.closed) return
    const init = typeof (candidate as any).toJSON === 'function' ? (candidate as any).toJSON() : candidate
    this.engine.host.send(this.conn, { method: 'trickle', params: { target, candidate: init } })
  }

  async answerPublisher(offer: { type: string; sdp: string }) {
    await this.pub.setRemoteDescription(offer as any)
    const answer = await this.pub.createAnswer()
    await this.pub.setLocalDescription(answer)
    const local = this.pub.localDescription!
    return { type: local.type, sdp: local.sdp }
  }

  async trickleIn(target: number, candidate: any) {
    const pc = target === 1 ? this.sub : this.pub
    if (!candidate || !candidate.candidate) return
    await pc.addIceCandidate(candidate)
  }

  private onPublisherTrack(track: MediaStreamTrack, receiver: RTCRtpReceiver, streams: MediaStream[]) {
    if (this.closed) return
    const kind = track.kind === 'audio' ? 'audio' : 'video'
    const streamId = streams[0]?.id ?? track.streamId ?? this.uid
    const id = `${this.uid}:${track.id ?? track.uuid}`
    const published = new PublishedTrack(id, this, kind, streamId, track, receiver, this.engine.options)
    this.published.set(id, published)
    for (const other of this.room.peers.values()) {
      if (other !== this) other.subscribe(published)
    }
  }

  /** Start sending a publisher's track to this participant */
  subscribe(track: PublishedTrack) {
    if (this.closed || track.downstream.has(this)) return
    const stream = new MediaStream({ id: track.streamId })
    const reusable = this.freeTransceivers.findIndex((t) => t.kind === track.kind)
    let transceiver: RTCRtpTransceiver
    if (reusable >= 0) {
      transceiver = this.freeTransceivers.splice(reusable, 1)[0]
      transceiver.sender.setStreams([stream])
      transceiver.setDirection('sendonly')
      // a new source on an old sender: keep sequence numbers and timestamps continuous
      transceiver.sender.replaceRTP({ sequenceNumber: 0, timestamp: 0 })
    } else {
      transceiver = this.sub.addTransceiver(track.kind, { direction: 'sendonly', streams: [stream] })
      const sender = transceiver.sender
      sender.onReady.subscribe(() => this.downOf(sender)?.requestKeyframe())
      sender.onPictureLossIndication.subscribe(() => this.downOf(sender)?.requestKeyframe())
      sender.onRtcp.subscribe((packet: RtcpPacket) => {
        if (packet.type === PSFB && (packet as RtcpPayloadSpecificFeedback).feedback.count === FIR_COUNT) {
          this.downOf(sender)?.requestKeyframe()
        }
      })
    }
    track.downstream.set(this, { transceiver, sender: transceiver.sender, active: true })
    this.negotiate()
  }

  /** The publisher track a subscriber sender currently carries */
  private downOf(sender: RTCRtpSender): PublishedTrack | undefined {
    for (const peer of this.room.peers.values()) {
      for (const track of peer.published.values()) {
        if (track.downstream.get(this)?.sender === sender) return track
      }
    }
    return undefined
  }

  /** Stop sending a track: the m-section stays (inactive, port kept) and is reused later */
  unsubscribe(track: PublishedTrack) {
    const down = track.downstream.get(this)
    if (!down) return
    track.downstream.delete(this)
    down.active = false
    if (this.closed) return
    down.transceiver.sender.setStreams([])
    down.transceiver.setDirection('inactive')
    this.freeTransceivers.push(down.transceiver)
    this.negotiate()
  }

  /** Subscriber renegotiation, batched, one offer at a time */
  negotiate(iceRestart = false) {
    if (this.closed) return
    this.negotiationWanted = true
    if (this.negotiating || this.negotiationTimer) return
    this.negotiationTimer = setTimeout(() => {
      this.negotiationTimer = null
      void this.sendOffer(iceRestart)
    }, 5)
  }

  private async sendOffer(iceRestart: boolean) {
    if (this.closed || this.negotiating || !this.negotiationWanted) return
    this.negotiating = true
    this.negotiationWanted = false
    try {
      const offer = await this.sub.createOffer({ iceRestart })
      await this.sub.setLocalDescription(offer)
      const local = this.sub.localDescription!
      // ion-sfu sends the server offer unwrapped (not in `desc`)
      this.engine.host.send(this.conn, { method: 'offer', params: { type: local.type, sdp: local.sdp } })
      this.negotiationDeadline = setTimeout(() => {
        this.engine.removePeer(this, 'no answer to the subscriber offer')
      }, this.engine.options.negotiationTimeoutMs)
    } catch (error) {
      this.negotiating = false
      this.engine.log('subscriber offer failed', error)
    }
  }

  async subscriberAnswer(desc: { type: string; sdp: string }) {
    if (!this.negotiating) throw new Error('no subscriber offer is waiting for an answer')
    if (this.negotiationDeadline) clearTimeout(this.negotiationDeadline)
    this.negotiationDeadline = null
    try {
      await this.sub.setRemoteDescription(desc as any)
    } finally {
      this.negotiating = false
    }
    /*
     * The browser can decode only from a keyframe: ask every source it now
     * receives. Only on a connection that is up: before DTLS completes the
     * keyframe would be dropped, and this request would hold back (throttle)
     * the one each new sender makes when it becomes ready. On a new
     * subscriber that cost ~300 ms before its first picture.
     */
    if (this.sub.connectionState === 'connected') {
      for (const peer of this.room.peers.values()) {
        for (const track of peer.published.values()) {
          if (track.downstream.get(this)?.active) track.requestKeyframe()
        }
      }
    }
    if (this.negotiationWanted) this.negotiate()
  }

  async close() {
    if (this.closed) return
    this.closed = true
    if (this.negotiationTimer) clearTimeout(this.negotiationTimer)
    if (this.negotiationDeadline) clearTimeout(this.negotiationDeadline)
    for (const track of this.published.values()) track.close()
    await Promise.allSettled([this.pub.close(), this.sub.close()])
  }
}

class Room {
  readonly peers = new Map<string, Peer>()
  constructor(readonly sid: string) {}
}

/** All rooms of this SFU; the host calls handle() for each client message */
export class SfuEngine {
  readonly options: EngineOptions
  private readonly rooms = new Map<string, Room>()
  private readonly peersByConn = new Map<string, Peer>()
  private readonly rembTimer: NodeJS.Timeout

  constructor(
    readonly host: EngineHost,
    options: Partial<EngineOptions> = {},
    readonly log: (message: string, error?: unknown) => void = () => {}
  ) {
    this.options = { ...DEFAULT_ENGINE_OPTIONS, ...options }
    this.rembTimer = setInterval(() => this.sendRembs(), REMB_INTERVAL_MS)
    this.rembTimer.unref()
  }

  stats() {
    let peers = 0
    for (const room of this.rooms.values()) peers += room.peers.size
    return { rooms: this.rooms.size, peers }
  }

  /** A client message on a connection; calls get a result or an error back */
  async handle(conn: string, message: JsonRpcMessage) {
    const { id, method } = message
    const params = (message.params ?? {}) as any
    try {
      let result: unknown
      switch (method) {
        case 'join':
          result = await this.join(conn, String(params.sid), String(params.uid), params.offer)
          break
        case 'offer': {
          const peer = this.peerOf(conn)
          result = await peer.answerPublisher(params.desc)
          break
        }
        case 'answer':
          await this.peerOf(conn).subscriberAnswer(params.desc)
          break
        case 'trickle':
          await this.peerOf(conn).trickleIn(Number(params.target), params.candidate)
          break
        default:
          throw Object.assign(new Error(`unknown method ${method}`), { code: RpcErrors.methodNotFound })
      }
      if (id !== undefined && id !== null) this.host.send(conn, { id, result })
    } catch (error: any) {
      this.log(`${method} failed`, error)
      if (id !== undefined && id !== null) {
        this.host.send(conn, {
          id,
          error: { code: error?.code ?? RpcErrors.internal, message: String(error?.message ?? error) },
        })
      }
    }
  }

  private peerOf(conn: string): Peer {
    const peer = this.peersByConn.get(conn)
    if (!peer || peer.closed) throw Object.assign(new Error('not joined'), { code: RpcErrors.notJoined })
    return peer
  }

  private async join(conn: string, sid: string, uid: string, offer: { type: string; sdp: string }) {
    if (this.peersByConn.has(conn)) throw Object.assign(new Error('already joined'), { code: RpcErrors.invalidState })
    if (!offer || offer.type !== 'offer' || typeof offer.sdp !== 'string') {
      throw Object.assign(new Error('join needs an offer'), { code: RpcErrors.invalidParams })
    }
    let room = this.rooms.get(sid)
    if (!room) {
      room = new Room(sid)
      this.rooms.set(sid, room)
    }
    // a re-join (reload, lost connection) replaces the participant's old peer
    const previous = room.peers.get(uid)
    if (previous) await this.removePeer(previous, 'replaced by a new connection')
    const peer = new Peer(room, uid, conn, this)
    room.peers.set(uid, peer)
    this.peersByConn.set(conn, peer)
    const answer = await peer.answerPublisher(offer)
    // existing tracks of the others, and the subscriber's first offer (with the ion-sfu data channel)
    for (const other of room.peers.values()) {
      if (other === peer) continue
      for (const track of other.published.values()) peer.subscribe(track)
    }
    peer.negotiate()
    return answer
  }

  /** The connection is gone: everyone else stops receiving this participant's tracks */
  async disconnect(conn: string) {
    const peer = this.peersByConn.get(conn)
    if (peer) await this.removePeer(peer, 'signalling closed', false)
  }

  async removePeer(peer: Peer, reason: string, hangUp = true) {
    if (this.peersByConn.get(peer.conn) !== peer) return
    this.peersByConn.delete(peer.conn)
    if (hangUp) this.host.hangUp(peer.conn, reason)
    const room = peer.room
    if (room.peers.get(peer.uid) === peer) room.peers.delete(peer.uid)
    for (const track of peer.published.values()) {
      for (const subscriber of [...track.downstream.keys()]) subscriber.unsubscribe(track)
    }
    for (const other of room.peers.values()) {
      for (const track of other.published.values()) track.downstream.delete(peer)
    }
    if (room.peers.size === 0) this.rooms.delete(room.sid)
    this.log(`peer ${peer.uid} left ${room.sid}: ${reason}`)
    await peer.close()
  }

  private sendRembs() {
    for (const room of this.rooms.values()) {
      for (const peer of room.peers.values()) {
        for (const track of peer.published.values()) track.sendRemb()
      }
    }
  }

  async close() {
    clearInterval(this.rembTimer)
    for (const peer of [...this.peersByConn.values()]) await this.removePeer(peer, 'shutdown', false)
  }
}
