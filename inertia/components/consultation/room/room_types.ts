/** GET <base>/state: what a room page needs to know (see modules/consultation, the room contract) */
export type RoomRole = 'staff' | 'client' | 'external'

export type RoomParticipant = {
  uid: string
  name: string
  role: RoomRole
  present: boolean
  streams: { camera: string | null; screen: string | null }
}

export type RoomState = {
  consultation: { id: number; status: 'open' | 'ended'; startedAt: string | null; endedAt: string | null; channel: string }
  me: { uid: string; name: string; role: RoomRole; isStaff: boolean }
  participants: RoomParticipant[]
  permissions: {
    screenShare: boolean
    fileShare: boolean
    chat: boolean
    addParticipant: boolean
    end: boolean
    resolutionChange: boolean
    backgroundEffects: boolean
    forceStart?: boolean
  }
  display: {
    videoFit: 'cover' | 'contain'
    settingsFirst: boolean
    /** tell the others when a background is replaced (their view may mislead) */
    warnBackgroundReplacement?: boolean
    /** no joining without a working camera */
    stopOnWebcamFailure?: boolean
    /** the organization's background images (addresses), for background replacement */
    backgroundImages?: string[]
  }
  closing: { phone: string | null; email: string | null; website: string | null; surveyUrl: string | null } | null
}

/** POST <base>/ticket */
export type MediaTicket = {
  sessionId: string
  uid: string
  ticket: string
  expiresInSeconds: number
  signalPath: string
  iceServers: RTCIceServer[]
}

export type RoomMode = 'staff' | 'patient'

/** What the published camera may send: ion-sdk-js' names for its size/bitrate presets */
export type Resolution = 'qvga' | 'vga' | 'hd'

export type BackgroundEffect = { mode: 'none' | 'blur' | 'image'; imageUrl?: string }
