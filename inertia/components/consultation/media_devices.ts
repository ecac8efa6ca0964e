/**
 * Browser-side helpers around getUserMedia shared by the device check, the
 * network test and (later) the waiting and consultation rooms.
 */

export type MediaErrorKind = 'not_allowed' | 'not_found' | 'not_readable' | 'insecure' | 'unsupported' | 'other'

export type DeviceChoice = {
  audioDeviceId: string | null
  videoDeviceId: string | null
  speakerId: string | null
}

const STORAGE_KEY = 'consult.devices'

export function rememberedDevices(): DeviceChoice {
  try {
    const stored = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}')
    const text = (value: unknown) => (typeof value === 'string' && value ? value : null)
    return { audioDeviceId: text(stored.audioDeviceId), videoDeviceId: text(stored.videoDeviceId), speakerId: text(stored.speakerId) }
  } catch {
    /* private mode or corrupt value: start from the browser's defaults */
    return { audioDeviceId: null, videoDeviceId: null, speakerId: null }
  }
}

export function rememberDevices(choice: DeviceChoice) {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(choice))
  } catch {
    /* storage refused (private mode, quota): the choice just isn't remembered */
  }
}

/** Why the camera/microphone can't be used before even asking, or null */
export function mediaUnavailable(): MediaErrorKind | null {
  if (typeof window === 'undefined') return 'unsupported'
  if (window.isSecureContext === false) return 'insecure'
  if (!navigator.mediaDevices?.getUserMedia) return 'unsupported'
  return null
}

/** Maps a getUserMedia rejection (DOMException name) to the help we show */
export function mediaErrorKind(error: unknown): MediaErrorKind {
  const name = (error as { name?: string } | null)?.name
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError' /* old Chrome */:
    case 'SecurityError':
      return 'not_allowed'
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'not_found'
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'not_readable'
    default:
      return 'other'
  }
}

export function mediaConstraints(choice: Pick<DeviceChoice, 'audioDeviceId' | 'videoDeviceId'>): MediaStreamConstraints {
  return {
    audio: choice.audioDeviceId
      ? { deviceId: { exact: choice.audioDeviceId }, echoCancellation: true, noiseSuppression: true }
      : { echoCancellation: true, noiseSuppression: true },
    /* the front camera on phones; a modest size that every camera and connection handles */
    video: choice.videoDeviceId
      ? { deviceId: { exact: choice.videoDeviceId }, width: { ideal: 1280 }, height: { ideal: 720 } }
      : { facingMode: 'user', width: { ideal: 1280 }, height: { ideal: 720 } },
  }
}

/**
 * Opens camera and microphone. A remembered device that has gone away
 * (OverconstrainedError / NotFoundError with an exact id) falls back to the
 * browser's default instead of failing.
 */
export async function openMedia(choice: Pick<DeviceChoice, 'audioDeviceId' | 'videoDeviceId'>): Promise<MediaStream> {
  try {
    return await navigator.mediaDevices.getUserMedia(mediaConstraints(choice))
  } catch (error) {
    const name = (error as { name?: string }).name
    const pinned = choice.audioDeviceId || choice.videoDeviceId
    if (pinned && (name === 'OverconstrainedError' || name === 'NotFoundError')) {
      return navigator.mediaDevices.getUserMedia(mediaConstraints({ audioDeviceId: null, videoDeviceId: null }))
    }
    throw error
  }
}

export function stopStream(stream: MediaStream | null | undefined) {
  stream?.getTracks().forEach((track) => track.stop())
}

/** HTMLMediaElement.setSinkId: Chrome, Edge and Firefox on desktop; not iOS Safari */
export function canChooseSpeaker(): boolean {
  return typeof HTMLMediaElement !== 'undefined' && 'setSinkId' in HTMLMediaElement.prototype
}

export function newAudioContext(): AudioContext | null {
  const Context = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext
  return Context ? new Context() : null
}

/**
 * A short, soft two-note chime generated on the spot (nothing is fetched),
 * played through the chosen speaker where the browser allows choosing one.
 */
export async function playTestTone(speakerId: string | null, seconds = 1.2): Promise<void> {
  const context = newAudioContext()
  if (!context) return
  await context.resume().catch(() => {})
  const gain = context.createGain()
  const now = context.currentTime
  gain.gain.setValueAtTime(0.0001, now)
  gain.gain.exponentialRampToValueAtTime(0.3, now + 0.05)
  gain.gain.setValueAtTime(0.3, now + seconds - 0.15)
  gain.gain.exponentialRampToValueAtTime(0.0001, now + seconds)
  const oscillator = context.createOscillator()
  oscillator.type = 'sine'
  oscillator.frequency.setValueAtTime(660, now)
  oscillator.frequency.setValueAtTime(880, now + seconds / 2)
  oscillator.connect(gain)

  let element: HTMLAudioElement | null = null
  if (speakerId && canChooseSpeaker() && 'createMediaStreamDestination' in context) {
    const destination = context.createMediaStreamDestination()
    gain.connect(destination)
    element = new Audio()
    element.srcObject = destination.stream
    try {
      await (element as HTMLAudioElement & { setSinkId(id: string): Promise<void> }).setSinkId(speakerId)
    } catch {
      /* the speaker went away: the default one plays it */
    }
    await element.play().catch(() => {})
  } else {
    gain.connect(context.destination)
  }
  oscillator.start(now)
  oscillator.stop(now + seconds)
  await new Promise<void>((resolve) => (oscillator.onended = () => resolve()))
  element?.pause()
  await context.close().catch(() => {})
}
