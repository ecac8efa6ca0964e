import { useEffect, useRef, type KeyboardEvent } from 'react'
import { Avatar, Box, Group, Loader, Text, VisuallyHidden } from '@mantine/core'
import { IconMicrophoneOff, IconScreenShare } from '@tabler/icons-react'
import { useT } from '~/lib/i18n'

/** One video on the stage: someone's camera (or their screen), or a placeholder while it arrives */
export type TileModel = {
  key: string
  uid: string
  name: string
  kind: 'camera' | 'screen'
  stream: MediaStream | null
  self: boolean
  /** camera turned off (own, or as the others' pages say) */
  cameraOff?: boolean
  micOff?: boolean
  /** the person's profile photo (staff), shown while there is no picture; else their initials */
  photoUrl?: string | null
}

export type TileProps = {
  tile: TileModel
  fit: 'cover' | 'contain'
  enlarged: boolean
  /** small: in the strip next to an enlarged one, or the own picture in a phone's corner */
  compact?: boolean
  speakerId: string | null
  /** bumps when the user allowed sound (a click on "turn on sound") */
  soundUnlock: number
  onToggleEnlarge: () => void
  onSoundBlocked: () => void
  registerVideo: (key: string, video: HTMLVideoElement | null) => void
}

function initialsOf(name: string) {
  return (
    name
      .split(/\s+/)
      .filter((part) => /\p{L}/u.test(part))
      .map((part) => part.match(/\p{L}/u)![0])
      .slice(0, 2)
      .join('')
      .toUpperCase() || '?'
  )
}

type FrameVideo = HTMLVideoElement & {
  requestVideoFrameCallback?: (callback: () => void) => number
  cancelVideoFrameCallback?: (handle: number) => void
  setSinkId?: (id: string) => Promise<void>
}

/**
 * A participant's video with their name. The whole tile is a button that
 * enlarges it (and shrinks it back). It counts the frames it shows
 * (data-frames, data-decoding) so that tests and the page can tell a live
 * picture from a frozen one.
 */
export function VideoTile({ tile, fit, enlarged, compact, speakerId, soundUnlock, onToggleEnlarge, onSoundBlocked, registerVideo }: TileProps) {
  const t = useT()
  const box = useRef<HTMLDivElement>(null)
  const video = useRef<FrameVideo | null>(null)
  const hasVideo = Boolean(tile.stream?.getVideoTracks().length)
  const showVideo = hasVideo && !tile.cameraOff

  /* attach the stream; a remote one plays with sound, or muted when the browser refuses autoplay with sound */
  useEffect(() => {
    const element = video.current
    if (!element) return
    if (element.srcObject !== tile.stream) element.srcObject = tile.stream
    if (!tile.stream) return
    element.muted = tile.self
    element.play().catch((error: { name?: string }) => {
      if (error?.name !== 'NotAllowedError' || tile.self) return
      onSoundBlocked()
      element.muted = true
      element.play().catch(() => {})
    })
  }, [tile.stream, tile.self, soundUnlock, onSoundBlocked])

  useEffect(() => {
    const element = video.current
    if (!element || tile.self || !speakerId || !element.setSinkId) return
    element.setSinkId(speakerId).catch(() => {})
  }, [speakerId, tile.self, tile.stream])

  /* frames shown: counted per presented frame, reported once a second on the tile's data attributes */
  useEffect(() => {
    const element = video.current
    const container = box.current
    if (!element || !container) return
    let frames = 0
    let lastReported = -1
    let lastChange = 0
    let handle = 0
    let stopped = false
    const onFrame = () => {
      frames++
      if (!stopped && element.requestVideoFrameCallback) handle = element.requestVideoFrameCallback(onFrame)
    }
    if (element.requestVideoFrameCallback) handle = element.requestVideoFrameCallback(onFrame)
    const timer = window.setInterval(() => {
      if (!element.requestVideoFrameCallback) frames = element.getVideoPlaybackQuality?.().totalVideoFrames ?? 0
      const now = performance.now()
      if (frames !== lastReported) lastChange = now
      lastReported = frames
      container.dataset.frames = String(frames)
      container.dataset.decoding = frames > 0 && now - lastChange < 1500 ? 'true' : 'false'
    }, 500)
    return () => {
      stopped = true
      window.clearInterval(timer)
      if (handle) element.cancelVideoFrameCallback?.(handle)
    }
  }, [])

  const label =
    tile.kind === 'screen'
      ? t('room.tile.screen_of', { name: tile.name })
      : tile.self
        ? t('room.tile.you', { name: tile.name })
        : tile.name

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      onToggleEnlarge()
    }
  }

  return (
    <Box
      ref={box}
      role="button"
      tabIndex={0}
      aria-pressed={enlarged}
      onClick={onToggleEnlarge}
      onKeyDown={onKeyDown}
      data-testid="room-tile"
      data-uid={tile.uid}
      data-kind={tile.kind}
      data-self={tile.self ? 'true' : 'false'}
      data-stream-id={tile.stream?.id ?? ''}
      data-decoding="false"
      data-frames="0"
      data-enlarged={enlarged ? 'true' : 'false'}
      className="room-tile"
      pos="relative"
      bg="dark.8"
      style={{
        borderRadius: compact ? 8 : 12,
        overflow: 'hidden',
        width: '100%',
        height: '100%',
        minHeight: 0,
        cursor: 'pointer',
      }}
    >
      <video
        ref={(element) => {
          video.current = element
          registerVideo(tile.key, element)
        }}
        autoPlay
        playsInline
        muted={tile.self}
        aria-hidden
        style={{
          width: '100%',
          height: '100%',
          objectFit: tile.kind === 'screen' ? 'contain' : fit,
          transform: tile.self && tile.kind === 'camera' ? 'scaleX(-1)' : undefined,
          display: showVideo ? 'block' : 'none',
          background: 'var(--mantine-color-dark-9)',
        }}
      />
      {!showVideo && (
        <Group justify="center" align="center" h="100%" gap="sm" style={{ flexDirection: 'column' }}>
          {/* the name is on the badge below: the photo (or the initials when there is none, or it fails) only shows who it is */}
          <Avatar
            src={tile.kind === 'camera' ? (tile.photoUrl ?? null) : null}
            alt=""
            size={compact ? 'md' : tile.photoUrl ? 120 : 'xl'}
            radius={tile.photoUrl ? 999 : 'xl'}
            color="blue"
            variant="filled"
            aria-hidden
            data-testid="room-tile-avatar"
            data-photo={tile.kind === 'camera' && tile.photoUrl ? 'true' : 'false'}
          >
            {initialsOf(tile.name)}
          </Avatar>
          {!compact && (
            <Group gap={6} c="gray.2">
              {!tile.stream && !tile.self && !tile.cameraOff && <Loader size="xs" color="gray.2" aria-hidden />}
              <Text size="sm" c="gray.1">
                {tile.cameraOff ? t('room.tile.camera_off') : !tile.stream ? t('room.tile.connecting') : t('room.tile.no_video')}
              </Text>
            </Group>
          )}
        </Group>
      )}
      <Group
        gap={6}
        wrap="nowrap"
        pos="absolute"
        bottom={compact ? 4 : 8}
        left={compact ? 4 : 8}
        px={8}
        py={2}
        maw="calc(100% - 16px)"
        style={{ background: 'rgba(0, 0, 0, 0.72)', borderRadius: 6 }}
        data-testid="room-tile-name"
      >
        {tile.kind === 'screen' && <IconScreenShare size={14} color="white" aria-hidden />}
        {tile.micOff && <IconMicrophoneOff size={14} color="white" aria-label={t('room.tile.mic_off')} />}
        <Text size={compact ? 'xs' : 'sm'} c="white" fw={600} truncate>
          {label}
        </Text>
      </Group>
      {/* the button's name comes from what it shows (the name), plus what pressing it does */}
      <VisuallyHidden>{enlarged ? t('room.tile.press_to_shrink') : t('room.tile.press_to_enlarge')}</VisuallyHidden>
    </Box>
  )
}
