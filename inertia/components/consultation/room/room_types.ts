import type { RoomParticipant as ServerRoomParticipant, RoomState as ServerRoomState } from '#modules/consultation/services/room_service'
import type { RoomRole as ServerRoomRole } from '#modules/consultation/services/room_access'

/*
 * GET <base>/state: what a room page needs to know. Typed from the server's
 * own types (modules/consultation/services/room_service.ts), so that the page
 * and the server cannot drift apart.
 */
export type RoomRole = ServerRoomRole

export type RoomParticipant = ServerRoomParticipant

export type RoomState = Omit<ServerRoomState, 'display'> & {
  display: ServerRoomState['display'] & {
    /** the organization's background images (addresses), for background replacement (fetched separately when absent) */
    backgroundImages?: string[]
  }
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
