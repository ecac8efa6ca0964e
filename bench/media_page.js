/*
 * What runs inside each page of `npm run bench:media` (bench/media.js
 * evaluates `(${installBench})(bitrate)` after the ion-sdk-js bundle). It
 * defines window.bench: the camera, joining the app's media session with
 * ion-sdk-js the way the consultation room does (ticket from the app, then
 * /media/signal), a direct RTCPeerConnection for the comparison, the first
 * remote frame, and getStats summaries.
 */
export function installBench(maxBitrate) {
  const encodings = [{ maxBitrate, maxFramerate: 30 }]
  const state = {
    local: null,
    client: null,
    pc: null,
    videos: [],
    marks: null,
    polls: [],
  }

  const xsrf = () => {
    const match = document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/)
    return match ? decodeURIComponent(match[1]) : ''
  }
  const post = (path, body, type = 'application/json') =>
    fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      redirect: 'manual',
      headers: { 'accept': 'application/json', 'content-type': type, 'x-xsrf-token': xsrf() },
      body,
    })

  /*
   * The first remote video frame: requestVideoFrameCallback on a <video>
   * showing it (the frame is decoded and on screen), and, as a cross-check,
   * the receiver's framesDecoded polled every 5 ms.
   */
  function watchFirstFrame(track, receiver, marks) {
    const video = document.createElement('video')
    video.muted = true
    video.autoplay = true
    video.playsInline = true
    video.width = 320
    video.height = 240
    video.srcObject = new MediaStream([track])
    document.body.append(video)
    state.videos.push(video)
    video.requestVideoFrameCallback((now) => {
      marks.firstFrame ??= now - marks.t0
    })
    video.play().catch(() => {})
    if (receiver) {
      const poll = setInterval(async () => {
        let decoded = 0
        ;(await receiver.getStats()).forEach((s) => {
          if (s.type === 'inbound-rtp') decoded += s.framesDecoded || 0
        })
        if (decoded > 0) {
          marks.firstDecoded ??= performance.now() - marks.t0
          clearInterval(poll)
        }
      }, 5)
      state.polls.push(poll)
    }
  }

  function preferVp8(transceiver) {
    if (transceiver.receiver.track.kind !== 'video') return
    transceiver.setCodecPreferences(RTCRtpReceiver.getCapabilities('video').codecs.filter((c) => /^video\/(vp8|rtx)$/i.test(c.mimeType)))
  }

  function clearWatch() {
    for (const poll of state.polls) clearInterval(poll)
    state.polls = []
    for (const video of state.videos) {
      video.srcObject = null
      video.remove()
    }
    state.videos = []
  }

  async function summary(pcs) {
    const out = {
      videoIn: [],
      audioIn: { packetsReceived: 0, packetsLost: 0 },
      videoOut: null,
    }
    for (const pc of pcs) {
      if (!pc) continue
      ;(await pc.getStats()).forEach((s) => {
        if (s.type === 'inbound-rtp' && s.kind === 'video') {
          out.videoIn.push({
            id: s.id,
            framesDecoded: s.framesDecoded || 0,
            packetsReceived: s.packetsReceived || 0,
            packetsLost: s.packetsLost || 0,
            bytesReceived: s.bytesReceived || 0,
            nackCount: s.nackCount || 0,
            freezeCount: s.freezeCount || 0,
            frameWidth: s.frameWidth || 0,
            frameHeight: s.frameHeight || 0,
          })
        }
        if (s.type === 'inbound-rtp' && s.kind === 'audio') {
          out.audioIn.packetsReceived += s.packetsReceived || 0
          out.audioIn.packetsLost += s.packetsLost || 0
        }
        if (s.type === 'outbound-rtp' && s.kind === 'video') {
          out.videoOut = {
            bytesSent: s.bytesSent || 0,
            framesEncoded: s.framesEncoded || 0,
            frameWidth: s.frameWidth || 0,
            frameHeight: s.frameHeight || 0,
            qualityLimitationReason: s.qualityLimitationReason,
            targetBitrate: s.targetBitrate || 0,
          }
        }
      })
    }
    return out
  }

  window.bench = {
    /* the practitioner logs in as on the login page */
    async login(email, password) {
      const response = await post('/login', new URLSearchParams({ email, password }).toString(), 'application/x-www-form-urlencoded')
      return { status: response.status, type: response.type }
    },

    /* the camera and microphone, on before anyone joins (the waiting room shows a preview) */
    async camera() {
      bench.stopCamera()
      state.local = await navigator.mediaDevices.getUserMedia({
        audio: true,
        video: { width: { ideal: 640 }, height: { ideal: 480 }, frameRate: { ideal: 30 } },
      })
      const settings = state.local.getVideoTracks()[0].getSettings()
      /* wait until the capture delivers frames, like a preview that shows the picture */
      const preview = document.createElement('video')
      preview.muted = true
      preview.srcObject = state.local
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, 3000)
        preview.requestVideoFrameCallback(() => {
          clearTimeout(timer)
          resolve()
        })
        preview.play().catch(() => {})
      })
      preview.srcObject = null
      return { width: settings.width, height: settings.height, frameRate: settings.frameRate }
    },

    stopCamera() {
      for (const track of state.local?.getTracks() ?? []) track.stop()
      state.local = null
    },

    /*
     * Enter the media session as the room does: ask the app for a ticket,
     * open /media/signal, join, publish the camera capped at maxBitrate.
     * t0 is the moment the ticket request starts.
     */
    async join(ticketPath, { watch = false } = {}) {
      const marks = { t0: performance.now() }
      state.marks = marks
      const response = await post(ticketPath, '{}')
      if (response.status !== 200) throw new Error(`ticket: HTTP ${response.status}`)
      const ticket = await response.json()
      marks.ticket = performance.now() - marks.t0
      const url = `ws://${location.host}${ticket.signalPath}?token=${encodeURIComponent(ticket.ticket)}`
      const signal = new Ion.IonSFUJSONRPCSignal(url)
      const client = new Ion.Client(signal, { codec: 'vp8', iceServers: ticket.iceServers })
      state.client = client
      client.ontrack = (track) => {
        if (track.kind === 'video') marks.track ??= performance.now() - marks.t0
        if (!watch || track.kind !== 'video' || state.videos.length > 0) return
        const receiver = client.transports?.[1]?.pc.getReceivers().find((r) => r.track === track)
        watchFirstFrame(track, receiver, marks)
      }
      await new Promise((resolve, reject) => {
        signal.onopen = resolve
        signal.onerror = () => reject(new Error('signalling socket failed'))
      })
      marks.open = performance.now() - marks.t0
      const joining = client.join(ticket.sessionId, ticket.uid)
      /* the subscriber connection (ICE and DTLS with the SFU) is up */
      const sub = client.transports[1].pc
      sub.addEventListener('connectionstatechange', () => {
        if (sub.connectionState === 'connected') marks.connected ??= performance.now() - marks.t0
      })
      sub.addEventListener('iceconnectionstatechange', () => {
        if (sub.iceConnectionState === 'connected') marks.iceConnected ??= performance.now() - marks.t0
      })
      sub.addEventListener('signalingstatechange', () => {
        if (sub.signalingState === 'have-remote-offer') marks.subOffer ??= performance.now() - marks.t0
        if (sub.signalingState === 'stable' && marks.subOffer !== undefined) marks.subAnswered ??= performance.now() - marks.t0
      })
      await joining
      marks.joined = performance.now() - marks.t0
      const local = new Ion.LocalStream(state.local, { resolution: 'vga', codec: 'vp8', audio: true, video: true, simulcast: false })
      client.publish(local, encodings)
      marks.published = performance.now() - marks.t0
      return marks
    },

    /* resolves with the marks once the first remote frame is shown (or after timeoutMs) */
    async firstFrame(timeoutMs = 15000) {
      const marks = state.marks
      const deadline = performance.now() + timeoutMs
      while ((marks.firstFrame === undefined || marks.firstDecoded === undefined) && performance.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      return marks
    },

    /* the publisher's sender really is capped */
    async sendCap() {
      const pc = state.client?.transports?.[0]?.pc ?? state.pc
      const sender = pc?.getSenders().find((s) => s.track?.kind === 'video')
      return sender?.getParameters().encodings?.[0]?.maxBitrate ?? null
    },

    leave() {
      clearWatch()
      try {
        state.client?.close()
      } catch {}
      state.client = null
      state.pc?.close()
      state.pc = null
    },

    /* where a join or call got stuck */
    debugState() {
      const pcs = state.client?.transports ? Object.values(state.client.transports).map((t) => t.pc) : [state.pc]
      return {
        marks: state.marks,
        error: state.error ?? null,
        pcs: pcs.filter(Boolean).map((pc) => `${pc.signalingState}/${pc.iceConnectionState}/${pc.connectionState}`),
      }
    },

    stats() {
      if (state.client) return summary([state.client.transports?.[1]?.pc, state.client.transports?.[0]?.pc])
      return summary([state.pc])
    },

    /*
     * A direct peer connection to another page: the same camera, the same
     * cap and codec, no server. The caller's t0 is the start of the
     * negotiation; descriptions and candidates go through window.benchSignal
     * (the bench relays them to the other page).
     */
    async call({ watch = false } = {}) {
      const marks = { t0: performance.now() }
      state.marks = marks
      const pc = bench.peer(watch, marks, true)
      await pc.setLocalDescription()
      window.benchSignal({ description: pc.localDescription.toJSON() })
      return marks
    },

    /*
     * The caller offers its camera (sendrecv); the callee sends its own
     * camera on the transceivers the offer created. Both send VP8 capped at
     * maxBitrate, as through the SFU.
     */
    peer(watch, marks, offering) {
      const pc = new RTCPeerConnection({ iceServers: [] })
      state.pc = pc
      pc.onicecandidate = (event) => {
        if (event.candidate) window.benchSignal({ candidate: event.candidate.toJSON() })
      }
      pc.addEventListener('connectionstatechange', () => {
        if (pc.connectionState === 'connected') marks.connected ??= performance.now() - marks.t0
      })
      pc.ontrack = (event) => {
        if (event.track.kind === 'video') marks.track ??= performance.now() - marks.t0
        if (watch && event.track.kind === 'video' && state.videos.length === 0) watchFirstFrame(event.track, event.receiver, marks)
      }
      if (offering) {
        for (const track of state.local.getTracks()) {
          const transceiver = pc.addTransceiver(track, {
            direction: 'sendrecv',
            streams: [state.local],
            ...(track.kind === 'video' ? { sendEncodings: encodings } : {}),
          })
          preferVp8(transceiver)
        }
      }
      return pc
    },

    /* messages from the other page, one at a time and in order (a candidate may follow its offer at once) */
    receive(message) {
      state.inbox = (state.inbox ?? Promise.resolve()).then(async () => {
        if (message.candidate) {
          await state.pc?.addIceCandidate(message.candidate)
          return
        }
        const { description } = message
        if (description.type === 'offer') {
          state.marks = { t0: performance.now() }
          const pc = bench.peer(false, state.marks, false)
          await pc.setRemoteDescription(description)
          for (const transceiver of pc.getTransceivers()) {
            const track = state.local.getTracks().find((t) => t.kind === transceiver.receiver.track.kind)
            transceiver.direction = 'sendrecv'
            await transceiver.sender.replaceTrack(track)
            transceiver.sender.setStreams(state.local)
            if (track.kind === 'video') {
              const parameters = transceiver.sender.getParameters()
              parameters.encodings = parameters.encodings.map((encoding) => ({ ...encoding, ...encodings[0] }))
              await transceiver.sender.setParameters(parameters)
            }
            preferVp8(transceiver)
          }
          await pc.setLocalDescription()
          window.benchSignal({ description: pc.localDescription.toJSON() })
        } else {
          await state.pc.setRemoteDescription(description)
        }
      }).catch((error) => {
        state.error = String(error)
      })
    },
  }
}
