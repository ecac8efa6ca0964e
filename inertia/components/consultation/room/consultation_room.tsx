import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { router } from '@inertiajs/react'
import { ActionIcon, Alert, Badge, Box, Button, Drawer, Group, Indicator, Loader, Paper, Stack, Text, Title, Tooltip } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import {
  IconAlertTriangle,
  IconArrowsMaximize,
  IconArrowsMinimize,
  IconAspectRatio,
  IconDoorExit,
  IconFileText,
  IconFiles,
  IconHourglass,
  IconMessage,
  IconMicrophone,
  IconMicrophoneOff,
  IconPhoneOff,
  IconPictureInPicture,
  IconRefresh,
  IconScreenShare,
  IconScreenShareOff,
  IconSettings,
  IconVideo,
  IconVideoOff,
  IconVolume,
  IconWifiOff,
} from '@tabler/icons-react'
import { useT } from '~/lib/i18n'
import { postJson } from '~/lib/xsrf'
import { useNow } from '~/lib/use_now'
import ConfirmModal from '~/components/confirm_modal'
import DeviceCheck from '~/components/consultation/device_check'
import WaitingList from '~/components/consultation/waiting_list'
import { WalkInToggle } from '~/components/consultation/walk_in_toggle'
import { applyBackgroundEffect } from '~/components/consultation/effects/background_effect'
import { BackgroundEffectReminder } from '~/components/consultation/effects/background_reminder'
import { rememberBackgroundEffect, rememberedBackgroundEffect } from '~/components/consultation/effects/remembered_effect'
import { fetchBackgroundImages } from '~/components/consultation/effects/background_images'
import { AddParticipantButton } from './add_participant'
import { SendBackMenu } from './send_back_menu'
import { HeldBackNotice } from './held_back_notice'
import { ChatPanel } from './chat_panel'
import { FilesPanel } from './files_panel'
import { ClosingScreen } from './closing_screen'
import { SettingsModal } from './settings_modal'
import { SharedDocumentLink, SharedDocumentModal } from './shared_document'
import { VideoStage } from './video_stage'
import type { TileModel } from './video_tile'
import { useRoomState } from './use_room_state'
import { useMediaSession } from './use_media_session'
import type { BackgroundEffect, RoomMode, RoomState } from './room_types'

/** Where staff go when the consultation ends or they leave */
const STAFF_HOME = '/agenda/today'

function formatDuration(ms: number) {
  const total = Math.max(0, Math.floor(ms / 1000))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  const two = (n: number) => String(n).padStart(2, '0')
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`
}

function ConsultationTimer({ startedAt }: { startedAt: string | null }) {
  const t = useT()
  const now = useNow(1000)
  if (!startedAt) return null
  const elapsed = formatDuration(now - new Date(startedAt).getTime())
  return (
    <Badge size="lg" variant="filled" color="dark.5" radius="sm" data-testid="room-timer" role="timer" aria-live="off" aria-label={t('room.timer', { duration: elapsed })} style={{ flexShrink: 0, overflow: 'visible' }}>
      <span aria-hidden>{elapsed}</span>
    </Badge>
  )
}

type ToolProps = {
  label: string
  onClick: () => void
  icon: ReactNode
  testId: string
  active?: boolean
  danger?: boolean
  pressed?: boolean
  shortcut?: string
  disabled?: boolean
  badge?: number
}

/** A toolbar button: an icon with its name as label and tooltip (and the shortcut, when it has one) */
function Tool({ label, onClick, icon, testId, danger, pressed, shortcut, disabled, badge }: ToolProps) {
  const t = useT()
  const button = (
    <ActionIcon
      size={48}
      radius="xl"
      variant={danger ? 'filled' : pressed ? 'white' : 'filled'}
      color={danger ? 'red.8' : pressed ? 'dark' : 'dark.5'}
      aria-label={label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut}
      onClick={onClick}
      disabled={disabled}
      data-testid={testId}
    >
      {icon}
    </ActionIcon>
  )
  return (
    /* next to its button, not in a portal on <body>: in full screen only the room is shown, and the label must be seen there too */
    <Tooltip label={shortcut ? t('room.toolbar.with_shortcut', { label, key: shortcut.toUpperCase() }) : label} withArrow openDelay={300} withinPortal={false}>
      {badge ? (
        <Indicator label={badge > 9 ? '9+' : badge} size={18} color="red.8" offset={6} aria-hidden={false}>
          {button}
        </Indicator>
      ) : (
        button
      )}
    </Tooltip>
  )
}

function isTyping(target: EventTarget | null) {
  const element = target as HTMLElement | null
  if (!element) return false
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName)
}

type FullscreenDocument = Document & { webkitFullscreenElement?: Element | null }

/**
 * The consultation room, for staff (their room page) and for patients (their
 * visit page, once brought in): the others' video in a grid that adapts to
 * the number of people, the own picture, the timer, and one toolbar. It
 * joins the media session through the app's signalling relay, publishes the
 * camera and microphone chosen in the device check, and re-joins when the
 * connection drops. `base` is the room's address prefix
 * (/appointments/:id/room or /visit/:token/room). `onEnded` tells the
 * page around it that the consultation ended (the closing screen is showing:
 * keep this component mounted).
 */
export function ConsultationRoom({
  base,
  mode,
  onEnded,
  doorbell = false,
  devicesChecked = false,
}: {
  base: string
  mode: RoomMode
  onEnded?: () => void
  /** staff: ring when someone enters the waiting room (the organization's doorbell_sound) */
  doorbell?: boolean
  /** the patient did the device check before waiting: that was the settings screen, not asked again */
  devicesChecked?: boolean
}) {
  const t = useT()
  const { state, load, versions, refresh } = useRoomState(base)
  const { session, snapshot } = useMediaSession(base, mode === 'staff' ? applyBackgroundEffect : null)
  const phone = useMediaQuery('(max-width: 48em)') ?? false
  const container = useRef<HTMLDivElement>(null)
  const videos = useRef(new Map<string, HTMLVideoElement>())
  const [focus, setFocus] = useState<string | null>(null)
  const [fit, setFit] = useState<'cover' | 'contain' | null>(null)
  const [drawer, setDrawer] = useState<'chat' | 'files' | 'waiting' | null>(null)
  const [waitingCount, setWaitingCount] = useState(0)
  const [seen, setSeen] = useState({ messages: 0, files: 0 })
  const [settingsOpen, setSettingsOpen] = useState(false)
  const [documentOpen, setDocumentOpen] = useState(false)
  const [confirmEnd, setConfirmEnd] = useState(false)
  const [ending, setEnding] = useState(false)
  const [fullscreen, setFullscreen] = useState(false)
  const [inPip, setInPip] = useState(false)
  const [soundBlocked, setSoundBlocked] = useState(false)
  const [soundUnlock, setSoundUnlock] = useState(0)
  const [started, setStarted] = useState(false)
  const [forcing, setForcing] = useState(false)
  const closeButtonProps = { 'aria-label': t('common.close') }

  const ended = state?.consultation.status === 'ended'
  const staff = mode === 'staff'
  const permissions = state?.permissions
  const effectsAllowed = staff && Boolean(permissions?.backgroundEffects)
  /* the organization's background images: from the room state when it carries them, else the staff list */
  const [fetchedImages, setFetchedImages] = useState<string[] | null>(null)
  const stateImages = state?.display.backgroundImages
  useEffect(() => {
    if (!effectsAllowed || stateImages || fetchedImages) return
    const abort = new AbortController()
    fetchBackgroundImages(abort.signal)
      .then((list) => setFetchedImages(list.images.map((image) => image.url)))
      .catch(() => !abort.signal.aborted && setFetchedImages([]))
    return () => abort.abort()
  }, [effectsAllowed, stateImages, fetchedImages])
  const backgroundImages = useMemo(() => stateImages ?? fetchedImages ?? [], [stateImages, fetchedImages])

  /*
   * The background effect used last on this device comes back once the camera
   * is on; with the organization's "warn about background replacement" only
   * after the user confirms it.
   */
  const [reminder, setReminder] = useState<BackgroundEffect | null>(null)
  const effectRestored = useRef(false)
  useEffect(() => {
    if (!effectsAllowed || effectRestored.current || !snapshot.rawCamera || !state) return
    /* an image effect needs the list of images the organization still offers */
    if (!stateImages && fetchedImages === null) return
    effectRestored.current = true
    const remembered = rememberedBackgroundEffect(backgroundImages)
    if (remembered.mode === 'none') return
    if (state.display.warnBackgroundReplacement) setReminder(remembered)
    else session.setEffect(remembered).catch(() => {})
  }, [effectsAllowed, snapshot.rawCamera, state, stateImages, fetchedImages, backgroundImages, session])

  /* join as soon as the state is known, unless the organization wants the settings screen first */
  useEffect(() => {
    if (!state || started || ended) return
    if (state.display.settingsFirst && !devicesChecked) return
    setStarted(true)
    session.start()
  }, [state, started, ended, session, devicesChecked])

  /* the end: leave the media session; staff go back to their day, patients see the closing screen */
  const endedRef = useRef(onEnded)
  endedRef.current = onEnded
  useEffect(() => {
    if (!ended) return
    session.leave('refused')
    endedRef.current?.()
    if (staff) router.visit(STAFF_HOME)
  }, [ended, staff, session])

  /*
   * the others learn when the own camera is off (a camera turned off still
   * sends black frames): their tiles show the photo or initials instead;
   * said again after every (re-)join
   */
  const connected = snapshot.status === 'connected'
  const cameraOff = !snapshot.camera || !snapshot.cameraOn
  useEffect(() => {
    if (!connected) return
    postJson(`${base}/camera`, { off: cameraOff }).catch(() => {})
  }, [connected, cameraOff, base])

  /* held back (room full, client not in yet): ask again at once when someone leaves or arrives */
  const presentNow = state?.participants.filter((participant) => participant.present).map((participant) => participant.uid).join(' ') ?? ''
  const heldBack = snapshot.status === 'full' || snapshot.status === 'waiting_for_client'
  const heldBackRef = useRef(heldBack)
  heldBackRef.current = heldBack
  useEffect(() => {
    if (heldBackRef.current) session.retry()
  }, [presentNow, session])

  /* the room turned this page away (sent back, link closed): look at the room once more */
  useEffect(() => {
    if (snapshot.status === 'refused' && !ended) refresh()
  }, [snapshot.status, ended, refresh])

  /*
   * the buttons follow the document, however full screen or picture in
   * picture was left (Escape, the small window's close button, the browser's
   * own video menu, a video that went away)
   */
  useEffect(() => {
    const changed = () => setFullscreen(Boolean(document.fullscreenElement ?? (document as FullscreenDocument).webkitFullscreenElement))
    const pip = (event: Event) => setInPip(event.type === 'enterpictureinpicture')
    document.addEventListener('fullscreenchange', changed)
    document.addEventListener('webkitfullscreenchange', changed)
    /* fired at the video: caught on the way down */
    document.addEventListener('enterpictureinpicture', pip, true)
    document.addEventListener('leavepictureinpicture', pip, true)
    return () => {
      document.removeEventListener('fullscreenchange', changed)
      document.removeEventListener('webkitfullscreenchange', changed)
      document.removeEventListener('enterpictureinpicture', pip, true)
      document.removeEventListener('leavepictureinpicture', pip, true)
    }
  }, [])

  /* the drawer that is open has been read */
  useEffect(() => {
    if (drawer === 'chat') setSeen((s) => ({ ...s, messages: versions.messages }))
    if (drawer === 'files') setSeen((s) => ({ ...s, files: versions.files }))
  }, [drawer, versions])

  /* streams the roster has named: once their owner leaves, they are not shown again as someone unknown */
  const announcedStreams = useRef(new Set<string>())
  const tiles = useMemo(() => buildTiles(state, snapshot, t, base, announcedStreams.current), [state, snapshot, t, base])

  /*
   * a video in picture in picture that leaves the page (its owner left) fires
   * its leave event where the document no longer hears it: look again
   */
  const tileKeys = tiles.map((tile) => tile.key).join('|')
  useEffect(() => {
    if (!inPip) return
    const check = () => {
      if (!(document as Document & { pictureInPictureElement?: Element | null }).pictureInPictureElement) setInPip(false)
    }
    check()
    /* the browser may close the small window a moment after the video went */
    const later = window.setTimeout(check, 500)
    return () => window.clearTimeout(later)
  }, [tileKeys, inPip])

  /* someone else starts sharing their screen: show it large */
  const screenKeys = tiles.filter((tile) => tile.kind === 'screen' && !tile.self && tile.stream).map((tile) => tile.key)
  const knownScreens = useRef(new Set<string>())
  useEffect(() => {
    const fresh = screenKeys.find((key) => !knownScreens.current.has(key))
    knownScreens.current = new Set(screenKeys)
    if (fresh) setFocus(fresh)
  }, [screenKeys.join('|')])

  /* a stream nobody has claimed yet: the owner's announcement is on its way; ask for the roster again */
  const unclaimed = tiles.some((tile) => tile.uid === '')
  useEffect(() => {
    if (!unclaimed) return
    const timer = window.setTimeout(refresh, 1500)
    return () => window.clearTimeout(timer)
  }, [unclaimed, refresh])

  const registerVideo = useCallback((key: string, video: HTMLVideoElement | null) => {
    if (video) videos.current.set(key, video)
    else videos.current.delete(key)
  }, [])
  const onSoundBlocked = useCallback(() => setSoundBlocked(true), [])

  const toggleFullscreen = useCallback(async () => {
    try {
      if (document.fullscreenElement) await document.exitFullscreen()
      else await container.current?.requestFullscreen()
    } catch {
      /* refused (iOS Safari has no element fullscreen): nothing changes */
    }
  }, [])

  /* dialogs open over the whole page, which full screen would hide */
  const leaveFullscreen = useCallback(async () => {
    if (document.fullscreenElement) await document.exitFullscreen().catch(() => {})
  }, [])

  const pipTarget = () => {
    const remote = tiles.filter((tile) => !tile.self && tile.stream?.getVideoTracks().length)
    const chosen = remote.find((tile) => tile.key === focus) ?? remote[0]
    return chosen ? videos.current.get(chosen.key) : undefined
  }
  const togglePip = async () => {
    try {
      if (document.pictureInPictureElement) {
        await document.exitPictureInPicture()
        return
      }
      const video = pipTarget()
      if (!video) return
      /* the button follows through the document's enter/leave events */
      await video.requestPictureInPicture()
    } catch {
      notifications.show({ color: 'red', message: t('room.pip_failed'), closeButtonProps })
    }
  }

  const toggleScreen = async () => {
    try {
      if (snapshot.screen) await session.stopScreenShare()
      else await session.startScreenShare()
    } catch (error) {
      /* the user cancelled the browser's picker: nothing to say */
      if ((error as { name?: string })?.name !== 'NotAllowedError' && (error as { name?: string })?.name !== 'AbortError') {
        notifications.show({ color: 'red', message: t('room.screen_failed'), closeButtonProps })
      }
    }
  }

  /* keyboard shortcuts (not while typing in the chat): M microphone, V camera, F fullscreen */
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return
      const key = event.key.toLowerCase()
      if (key === 'm') session.toggleMic()
      else if (key === 'v') session.toggleCamera()
      else if (key === 'f') toggleFullscreen()
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [session, toggleFullscreen])

  const endConsultation = async () => {
    setEnding(true)
    try {
      const response = await postJson(`${base}/end`)
      if (!response.ok) throw new Error(`end: ${response.status}`)
      session.leave()
      router.visit(STAFF_HOME)
    } catch {
      notifications.show({ color: 'red', message: t('room.end.failed'), closeButtonProps })
      setEnding(false)
    }
  }

  const leave = () => {
    session.leave()
    if (staff) router.visit(STAFF_HOME)
  }

  const forceStart = async () => {
    setForcing(true)
    try {
      const response = await postJson(`${base}/force-start`)
      if (!response.ok) throw new Error(`force start: ${response.status}`)
      notifications.show({ color: 'green', message: t('room.force_start.done'), closeButtonProps })
      await refresh()
    } catch {
      notifications.show({ color: 'red', message: t('room.force_start.failed'), closeButtonProps })
    } finally {
      setForcing(false)
    }
  }

  /* ---------- screens other than the room itself ---------- */

  const frame = (children: ReactNode, testId = 'room') => (
    <Box
      ref={container}
      component="section"
      aria-label={t('room.region')}
      data-testid={testId}
      data-status={snapshot.status}
      bg="dark.9"
      c="white"
      style={
        staff
          ? { height: 'calc(100dvh - var(--app-shell-header-height, 60px) - 2 * var(--app-shell-padding, 16px))', minHeight: 360, borderRadius: 12, display: 'flex', flexDirection: 'column', overflow: 'hidden' }
          : { position: 'fixed', inset: 0, zIndex: 100, display: 'flex', flexDirection: 'column' }
      }
    >
      {children}
    </Box>
  )

  if (load === 'loading') {
    return frame(
      <Group justify="center" align="center" h="100%" gap="sm" role="status">
        <Loader color="gray.3" />
        <Text c="gray.1">{t('room.status.loading')}</Text>
      </Group>
    )
  }

  if (load === 'gone' || load === 'failed' || !state) {
    return frame(
      <Stack justify="center" align="center" h="100%" p="lg">
        <Alert color="red" variant="filled" role="alert" icon={<IconAlertTriangle aria-hidden />} maw={520}>
          <Stack gap="sm">
            <Text>{load === 'gone' ? t('room.status.gone') : t('room.status.load_failed')}</Text>
            <Button variant="white" color="dark" leftSection={<IconRefresh aria-hidden size={18} />} onClick={() => window.location.reload()}>
              {t('room.retry')}
            </Button>
          </Stack>
        </Alert>
      </Stack>
    )
  }

  if (ended) {
    if (staff) {
      return frame(
        <Group justify="center" align="center" h="100%" gap="sm" role="status">
          <Loader color="gray.3" />
          <Text c="gray.1">{t('room.status.ended_staff')}</Text>
        </Group>
      )
    }
    return (
      <Box bg="gray.0" c="dark.9" p="md" style={{ position: 'fixed', inset: 0, zIndex: 100, overflowY: 'auto' }}>
        <ClosingScreen closing={state.closing} />
      </Box>
    )
  }

  if (snapshot.status === 'left' && !staff) {
    return (
      <Box bg="gray.0" c="dark.9" p="md" style={{ position: 'fixed', inset: 0, zIndex: 100, overflowY: 'auto' }}>
        <ClosingScreen closing={state.closing} left />
      </Box>
    )
  }

  if (state.display.settingsFirst && !devicesChecked && !started) {
    return frame(
      <Box style={{ overflowY: 'auto' }} p="md" h="100%" bg="gray.0" c="dark.9" data-testid="room-settings-first">
        <Paper withBorder radius="md" p="lg" maw={520} mx="auto">
          <DeviceCheck
            titleOrder={2}
            continueLabel={t('room.join')}
            onReady={({ stream, audioDeviceId, videoDeviceId, speakerId }) => {
              setStarted(true)
              session.switchDevices({ audioDeviceId, videoDeviceId, speakerId }).catch(() => {})
              session.start({ stream })
            }}
          />
        </Paper>
      </Box>,
      'room'
    )
  }

  /* ---------- the room ---------- */

  const clientPresent = state.participants.some((participant) => participant.role === 'client' && participant.present)
  const others = state.participants.filter((participant) => participant.uid !== state.me.uid && participant.present)
  const title = others.length ? t('room.title_with', { names: others.map((participant) => participant.name).join(', ') }) : t('room.title')
  const unread = { chat: versions.messages - seen.messages, files: versions.files - seen.files }
  const fitNow = fit ?? state.display.videoFit
  const canPip = typeof document !== 'undefined' && document.pictureInPictureEnabled && tiles.some((tile) => !tile.self && tile.stream)
  const canFullscreen = typeof document !== 'undefined' && document.fullscreenEnabled
  const connecting = snapshot.status === 'opening' || snapshot.status === 'connecting'

  return frame(
    <>
      <Group justify="space-between" px="md" py={8} gap="sm" wrap="nowrap" style={{ flex: '0 0 auto' }}>
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          <Title order={1} size="h4" c="white" lineClamp={1} data-testid="room-title">
            {title}
          </Title>
          <ConsultationTimer startedAt={state.consultation.startedAt} />
        </Group>
        {/* the connection state is read in full; on a narrow phone the title gives way (it truncates) */}
        <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
          {staff && (
            <Box c="white" visibleFrom="sm">
              <WalkInToggle />
            </Box>
          )}
          {staff && permissions?.forceStart && !clientPresent && (
            <Button size="xs" variant="white" color="dark" loading={forcing} onClick={forceStart} data-testid="room-force-start">
              {t('room.force_start.button')}
            </Button>
          )}
          <ConnectionBadge status={snapshot.status} />
        </Group>
      </Group>

      {/* the shared-document link, for everyone (set by the practitioner; gone when the consultation ends) */}
      <Box px="md" pb={state.sharedDocument ? 8 : 0} style={{ flex: '0 0 auto', minWidth: 0 }}>
        <SharedDocumentLink url={state.sharedDocument} />
      </Box>

      <Box px={{ base: 4, sm: 'md' }} style={{ flex: 1, minHeight: 0, position: 'relative' }}>
        <VideoStage
          tiles={tiles}
          focus={focus}
          onFocus={setFocus}
          phone={phone}
          fit={fitNow}
          speakerId={snapshot.devices.speakerId}
          soundUnlock={soundUnlock}
          onSoundBlocked={onSoundBlocked}
          registerVideo={registerVideo}
        />
        <Stack pos="absolute" top={8} left={0} right={0} align="center" gap={8} px="md" style={{ zIndex: 3, pointerEvents: 'none' }}>
          {connecting && (
            <Paper radius="xl" px="md" py={6} bg="dark.6" role="status" data-testid="room-joining" style={{ pointerEvents: 'auto' }}>
              <Group gap="sm">
                <Loader size="xs" color="gray.1" aria-hidden />
                <Text size="sm" c="white">
                  {snapshot.status === 'opening' ? t('room.status.opening') : t('room.status.connecting')}
                </Text>
              </Group>
            </Paper>
          )}
          {snapshot.status === 'reconnecting' && (
            <Paper radius="xl" px="md" py={6} bg="orange.9" role="status" data-testid="room-reconnecting" style={{ pointerEvents: 'auto' }}>
              <Group gap="sm">
                <IconWifiOff size={18} aria-hidden />
                <Text size="sm" c="white">
                  {t('room.status.reconnecting')}
                </Text>
              </Group>
            </Paper>
          )}
          {(snapshot.status === 'full' || snapshot.status === 'waiting_for_client') && (
            <HeldBackNotice key={snapshot.status} status={snapshot.status} onRetry={() => session.retry()} />
          )}
          {(snapshot.status === 'unreachable' || snapshot.status === 'replaced' || snapshot.status === 'refused') && (
            <Alert
              color={snapshot.status === 'unreachable' ? 'red' : 'blue'}
              variant="filled"
              role="alert"
              icon={<IconAlertTriangle aria-hidden />}
              maw={560}
              data-testid={`room-${snapshot.status}`}
              style={{ pointerEvents: 'auto' }}
            >
              <Stack gap="sm">
                <Text size="sm">{t(`room.status.${snapshot.status}`)}</Text>
                {snapshot.status !== 'refused' && (
                  <Button variant="white" color="dark" leftSection={<IconRefresh aria-hidden size={18} />} onClick={() => session.retry()} data-testid="room-retry">
                    {snapshot.status === 'replaced' ? t('room.use_here') : t('room.retry')}
                  </Button>
                )}
              </Stack>
            </Alert>
          )}
          {snapshot.mediaError && (
            <Alert
              color="red"
              variant="filled"
              role="alert"
              icon={<IconAlertTriangle aria-hidden />}
              title={t(`devices.errors.${snapshot.mediaError}.title`)}
              maw={560}
              data-testid="room-media-error"
              data-error={snapshot.mediaError}
              style={{ pointerEvents: 'auto' }}
            >
              <Stack gap="sm">
                <Text size="sm">{t(`devices.errors.${snapshot.mediaError}.body`)}</Text>
                <Group gap="sm">
                  <Button variant="white" color="dark" leftSection={<IconRefresh aria-hidden size={18} />} onClick={() => session.start()}>
                    {t('devices.check.retry')}
                  </Button>
                  {!state.display.stopOnWebcamFailure && (
                    <Button variant="outline" color="white" onClick={() => session.start({ withoutMedia: true })} data-testid="room-join-without-media">
                      {t('room.join_without_media')}
                    </Button>
                  )}
                </Group>
              </Stack>
            </Alert>
          )}
          {soundBlocked && (
            <Button
              leftSection={<IconVolume aria-hidden size={18} />}
              onClick={() => {
                setSoundBlocked(false)
                setSoundUnlock((n) => n + 1)
              }}
              style={{ pointerEvents: 'auto' }}
              data-testid="room-sound-on"
            >
              {t('room.sound_on')}
            </Button>
          )}
          {snapshot.screen && (
            <Paper radius="xl" px="md" py={6} bg="blue.9" role="status" style={{ pointerEvents: 'auto' }} data-testid="room-presenting">
              <Group gap="sm">
                <IconScreenShare size={18} aria-hidden />
                <Text size="sm" c="white">
                  {t('room.presenting')}
                </Text>
              </Group>
            </Paper>
          )}
        </Stack>
      </Box>

      <Group
        component="nav"
        aria-label={t('room.toolbar.label')}
        justify="center"
        gap={phone ? 6 : 'sm'}
        px="sm"
        py="sm"
        wrap="wrap"
        style={{ flex: '0 0 auto' }}
        data-testid="room-toolbar"
      >
        <Tool
          label={snapshot.micOn ? t('room.toolbar.mic_off') : t('room.toolbar.mic_on')}
          icon={snapshot.micOn ? <IconMicrophone aria-hidden /> : <IconMicrophoneOff aria-hidden />}
          onClick={() => session.toggleMic()}
          pressed={!snapshot.micOn}
          shortcut="m"
          disabled={!snapshot.camera}
          testId="room-mic"
        />
        <Tool
          label={snapshot.cameraOn ? t('room.toolbar.camera_off') : t('room.toolbar.camera_on')}
          icon={snapshot.cameraOn ? <IconVideo aria-hidden /> : <IconVideoOff aria-hidden />}
          onClick={() => session.toggleCamera()}
          pressed={!snapshot.cameraOn}
          shortcut="v"
          disabled={!snapshot.camera}
          testId="room-camera"
        />
        {permissions?.screenShare && typeof navigator !== 'undefined' && 'getDisplayMedia' in (navigator.mediaDevices ?? {}) && (
          <Tool
            label={snapshot.screen ? t('room.toolbar.screen_stop') : t('room.toolbar.screen_start')}
            icon={snapshot.screen ? <IconScreenShareOff aria-hidden /> : <IconScreenShare aria-hidden />}
            onClick={toggleScreen}
            pressed={Boolean(snapshot.screen)}
            disabled={snapshot.status !== 'connected'}
            testId="room-screen"
          />
        )}
        {permissions?.chat && (
          <Tool
            label={t('room.toolbar.chat')}
            icon={<IconMessage aria-hidden />}
            onClick={() => setDrawer(drawer === 'chat' ? null : 'chat')}
            pressed={drawer === 'chat'}
            badge={drawer === 'chat' ? 0 : unread.chat}
            testId="room-chat"
          />
        )}
        {permissions?.fileShare && (
          <Tool
            label={t('room.toolbar.files')}
            icon={<IconFiles aria-hidden />}
            onClick={() => setDrawer(drawer === 'files' ? null : 'files')}
            pressed={drawer === 'files'}
            badge={drawer === 'files' ? 0 : unread.files}
            testId="room-files"
          />
        )}
        {staff && permissions?.sharedDocument && (
          <Tool
            label={t('room_document.button')}
            icon={<IconFileText aria-hidden />}
            onClick={() => leaveFullscreen().then(() => setDocumentOpen(true))}
            testId="room-shared-document-button"
          />
        )}
        {staff && permissions?.addParticipant && <AddParticipantButton base={base} />}
        {staff && <SendBackMenu base={base} participants={state?.participants ?? []} onSent={refresh} />}
        {staff && (
          <Tool
            label={t('room.toolbar.waiting', { count: waitingCount })}
            icon={<IconHourglass aria-hidden />}
            onClick={() => setDrawer(drawer === 'waiting' ? null : 'waiting')}
            pressed={drawer === 'waiting'}
            badge={drawer === 'waiting' ? 0 : waitingCount}
            testId="room-waiting"
          />
        )}
        {canFullscreen && (
          <Tool
            label={fullscreen ? t('room.toolbar.fullscreen_exit') : t('room.toolbar.fullscreen')}
            icon={fullscreen ? <IconArrowsMinimize aria-hidden /> : <IconArrowsMaximize aria-hidden />}
            onClick={toggleFullscreen}
            pressed={fullscreen}
            shortcut="f"
            testId="room-fullscreen"
          />
        )}
        {staff && canPip && (
          <Tool label={inPip ? t('room.toolbar.pip_exit') : t('room.toolbar.pip')} icon={<IconPictureInPicture aria-hidden />} onClick={togglePip} pressed={inPip} testId="room-pip" />
        )}
        {staff && (
          <Tool
            label={fitNow === 'cover' ? t('room.toolbar.fit_contain') : t('room.toolbar.fit_cover')}
            icon={<IconAspectRatio aria-hidden />}
            onClick={() => setFit(fitNow === 'cover' ? 'contain' : 'cover')}
            testId="room-fit"
          />
        )}
        {staff && (
          <Tool label={t('room.toolbar.settings')} icon={<IconSettings aria-hidden />} onClick={() => leaveFullscreen().then(() => setSettingsOpen(true))} testId="room-settings-button" />
        )}
        {staff && permissions?.end && (
          <Tool label={t('room.toolbar.end')} icon={<IconPhoneOff aria-hidden />} onClick={() => leaveFullscreen().then(() => setConfirmEnd(true))} danger testId="room-end" />
        )}
        {staff && <Tool label={t('room.toolbar.leave')} icon={<IconDoorExit aria-hidden />} onClick={leave} testId="room-leave" />}
      </Group>

      <Drawer
        opened={drawer !== null}
        onClose={() => setDrawer(null)}
        position="right"
        size={phone ? '100%' : 400}
        title={drawer === 'files' ? t('room.toolbar.files') : drawer === 'waiting' ? t('room.waiting_title') : t('room.toolbar.chat')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        /* in full screen only the room is shown: the drawer must then live inside it */
        portalProps={fullscreen && container.current ? { target: container.current } : undefined}
        keepMounted={staff}
        data-testid="room-drawer"
      >
        {/* kept mounted (also while closed) so that the toolbar shows how many wait */}
        {staff && (
          <Box hidden={drawer !== 'waiting'}>
            <WaitingList doorbell={doorbell} onCountChange={setWaitingCount} />
          </Box>
        )}
        {drawer === 'chat' && <ChatPanel base={base} me={{ uid: state.me.uid }} version={versions.messages} disabled={snapshot.status === 'left'} />}
        {drawer === 'files' && <FilesPanel base={base} canShare={Boolean(permissions?.fileShare)} isStaff={state.me.isStaff} version={versions.files} />}
      </Drawer>

      {staff && (
        <SettingsModal
          opened={settingsOpen}
          onClose={() => setSettingsOpen(false)}
          devices={snapshot.devices}
          onDevices={(choice) => session.switchDevices(choice)}
          resolution={snapshot.resolution}
          onResolution={permissions?.resolutionChange ? (resolution) => session.setResolution(resolution) : null}
          background={
            effectsAllowed
              ? {
                  value: snapshot.effect,
                  onChange: async (effect) => {
                    /* a choice overtaken by a newer one is not remembered */
                    if (await session.setEffect(effect)) rememberBackgroundEffect(effect)
                  },
                  images: backgroundImages,
                  warnReplacement: Boolean(state.display.warnBackgroundReplacement),
                  camera: snapshot.rawCamera,
                  published: snapshot.camera,
                  imageFailed: snapshot.effectImageFailed,
                }
              : null
          }
        />
      )}
      {staff && permissions?.sharedDocument && (
        <SharedDocumentModal base={base} opened={documentOpen} onClose={() => setDocumentOpen(false)} current={state.sharedDocument} onChanged={refresh} />
      )}
      {effectsAllowed && (
        <BackgroundEffectReminder
          opened={reminder !== null}
          effect={reminder ?? { mode: 'none' }}
          onKeep={() => {
            if (reminder) session.setEffect(reminder).catch(() => {})
            setReminder(null)
          }}
          onTurnOff={() => {
            rememberBackgroundEffect({ mode: 'none' })
            setReminder(null)
          }}
        />
      )}

      {staff && (
        <ConfirmModal
          opened={confirmEnd}
          onClose={() => setConfirmEnd(false)}
          title={t('room.end.title')}
          cancelLabel={t('common.cancel')}
          confirmLabel={t('room.end.confirm')}
          onConfirm={endConsultation}
          processing={ending}
          confirmTestId="room-end-confirm"
          closeLabel={t('common.close')}
        >
          <Text>{t('room.end.body')}</Text>
        </ConfirmModal>
      )}
    </>
  )
}

function ConnectionBadge({ status }: { status: string }) {
  const t = useT()
  const good = status === 'connected'
  return (
    <Badge
      size="lg"
      radius="sm"
      variant="filled"
      color={good ? 'green.9' : status === 'unreachable' ? 'red.9' : 'dark.5'}
      role="status"
      aria-live="polite"
      data-testid="room-connection"
      data-status={status}
      style={{ flexShrink: 0, overflow: 'visible' }}
    >
      {t(`room.connection.${good ? 'connected' : status === 'unreachable' ? 'unreachable' : 'connecting'}`)}
    </Badge>
  )
}

/** The tiles: own camera first, then everyone present with their camera and, when sharing, their screen */
function buildTiles(
  state: RoomState | null,
  snapshot: ReturnType<typeof useMediaSession>['snapshot'],
  t: (key: string) => string,
  base: string,
  announced: Set<string>
): TileModel[] {
  if (!state) return []
  /* staff's profile photos come through the room (so a patient reaches those of this consultation only) */
  const photoOf = (uid: string) => {
    const version = state.participants.find((participant) => participant.uid === uid)?.photo
    return version ? `${base}/participants/${encodeURIComponent(uid)}/photo?v=${encodeURIComponent(version)}` : null
  }
  const tiles: TileModel[] = [
    {
      key: `${state.me.uid}:camera`,
      uid: state.me.uid,
      name: state.me.name,
      kind: 'camera',
      stream: snapshot.camera,
      self: true,
      cameraOff: !snapshot.cameraOn,
      micOff: !snapshot.micOn,
      photoUrl: photoOf(state.me.uid),
    },
  ]
  const claimed = new Set<string>()
  for (const participant of state.participants) {
    if (participant.streams.camera) claimed.add(participant.streams.camera)
    if (participant.streams.screen) claimed.add(participant.streams.screen)
    for (const id of claimed) announced.add(id)
    if (participant.uid === state.me.uid || !participant.present) continue
    const camera = participant.streams.camera ? snapshot.remotes.get(participant.streams.camera) ?? null : null
    tiles.push({ key: `${participant.uid}:camera`, uid: participant.uid, name: participant.name, kind: 'camera', stream: camera, self: false, cameraOff: participant.cameraOff, photoUrl: photoOf(participant.uid) })
    const screen = participant.streams.screen ? snapshot.remotes.get(participant.streams.screen) : undefined
    if (screen) tiles.push({ key: `${participant.uid}:screen`, uid: participant.uid, name: participant.name, kind: 'screen', stream: screen, self: false })
  }
  /*
   * A stream that arrived before its owner's announcement: shown at once,
   * named when the roster catches up. One whose owner left or was sent back
   * is not: the roster says so a moment before the media server takes the
   * track away.
   */
  for (const [id, stream] of snapshot.remotes) {
    if (claimed.has(id) || announced.has(id)) continue
    tiles.push({ key: `stream:${id}`, uid: '', name: t('room.tile.unknown'), kind: 'camera', stream, self: false })
  }
  return tiles
}
