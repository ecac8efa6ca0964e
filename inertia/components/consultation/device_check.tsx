import { useCallback, useEffect, useId, useRef, useState } from 'react'
import { Alert, Box, Button, Group, List, Loader, NativeSelect, Stack, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconCopy, IconMicrophone, IconPlayerPlay, IconRefresh, IconVolume } from '@tabler/icons-react'
import { useT } from '~/lib/i18n'
import {
  canChooseSpeaker,
  mediaErrorKind,
  mediaUnavailable,
  openMedia,
  playTestTone,
  rememberDevices,
  rememberedDevices,
  stopStream,
  type DeviceChoice,
  type MediaErrorKind,
} from './media_devices'
import { useMicLevel } from './use_mic_level'
import { TEXT_GREEN } from './connection_check'
import { browserPlatform, HELP_STEPS, type BrowserPlatform } from './browser_platform'
import classes from './device_check.module.css'

export type DeviceCheckResult = DeviceChoice & { stream: MediaStream }

export type DeviceCheckProps = {
  /** Called when the user continues; from then on the stream belongs to the caller */
  onReady: (result: DeviceCheckResult) => void
  /** The continue button's text (e.g. "Go to the waiting room"); "Continue" by default */
  continueLabel?: string
  /** Heading level of the section title (the page decides its outline) */
  titleOrder?: 2 | 3
}

type DeviceOption = { value: string; label: string }
type Status = 'starting' | 'ready' | 'error'

/**
 * The patient's device check: a mirrored self-view, a microphone level meter,
 * camera / microphone / speaker choice (remembered on this device), a test
 * tone, and plain help when the browser refuses or finds no device.
 */
export default function DeviceCheck({ onReady, continueLabel, titleOrder = 2 }: DeviceCheckProps) {
  const t = useT()
  const ids = useId()
  const videoRef = useRef<HTMLVideoElement>(null)
  const streamRef = useRef<MediaStream | null>(null)
  const handedOver = useRef<MediaStream | null>(null)
  const attempt = useRef(0)
  const [stream, setStream] = useState<MediaStream | null>(null)
  const [status, setStatus] = useState<Status>('starting')
  const [error, setError] = useState<MediaErrorKind | null>(null)
  const [choice, setChoice] = useState<DeviceChoice>({ audioDeviceId: null, videoDeviceId: null, speakerId: null })
  const [cameras, setCameras] = useState<DeviceOption[]>([])
  const [microphones, setMicrophones] = useState<DeviceOption[]>([])
  const [speakers, setSpeakers] = useState<DeviceOption[]>([])
  const [playing, setPlaying] = useState(false)
  const [played, setPlayed] = useState(false)
  const speakerChoice = canChooseSpeakerSafe()
  const [platform] = useState<BrowserPlatform>(currentPlatform)
  const help = helpFor(error, platform)
  const { level, hearing } = useMicLevel(stream)

  const listDevices = useCallback(async () => {
    if (!navigator.mediaDevices?.enumerateDevices) return
    const devices = await navigator.mediaDevices.enumerateDevices()
    const options = (kind: MediaDeviceKind, name: 'camera' | 'microphone' | 'speaker') =>
      devices
        .filter((device) => device.kind === kind && device.deviceId)
        /* Chrome lists "default" and "communications" aliases next to the real devices */
        .filter((device) => device.deviceId !== 'communications')
        .map((device, index) => ({
          value: device.deviceId,
          label: device.label || t('devices.check.device_fallback', { kind: name, number: index + 1 }),
        }))
    setCameras(options('videoinput', 'camera'))
    setMicrophones(options('audioinput', 'microphone'))
    setSpeakers(options('audiooutput', 'speaker'))
  }, [t])

  const start = useCallback(
    async (wanted: DeviceChoice) => {
      const current = ++attempt.current
      if (streamRef.current !== handedOver.current) stopStream(streamRef.current)
      streamRef.current = null
      setStream(null)
      setError(null)
      const unavailable = mediaUnavailable()
      if (unavailable) {
        setError(unavailable)
        setStatus('error')
        return
      }
      setStatus('starting')
      try {
        const opened = await openMedia(wanted)
        if (current !== attempt.current) {
          stopStream(opened)
          return
        }
        streamRef.current = opened
        setStream(opened)
        /* what the browser actually opened (a remembered device may have gone away) */
        const actual: DeviceChoice = {
          audioDeviceId: opened.getAudioTracks()[0]?.getSettings().deviceId ?? wanted.audioDeviceId,
          videoDeviceId: opened.getVideoTracks()[0]?.getSettings().deviceId ?? wanted.videoDeviceId,
          speakerId: wanted.speakerId,
        }
        setChoice(actual)
        rememberDevices(actual)
        setStatus('ready')
        await listDevices()
      } catch (failure) {
        if (current !== attempt.current) return
        setError(mediaErrorKind(failure))
        setStatus('error')
      }
    },
    [listDevices]
  )

  /* open the devices remembered on this device (or the front camera) once, and let go on leaving */
  useEffect(() => {
    start(rememberedDevices())
    return () => {
      attempt.current++
      if (streamRef.current !== handedOver.current) stopStream(streamRef.current)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useEffect(() => {
    const mediaDevices = navigator.mediaDevices
    if (!mediaDevices?.addEventListener) return
    const changed = () => listDevices().catch(() => {})
    mediaDevices.addEventListener('devicechange', changed)
    return () => mediaDevices.removeEventListener('devicechange', changed)
  }, [listDevices])

  useEffect(() => {
    if (videoRef.current) videoRef.current.srcObject = stream
  }, [stream])

  const choose = (patch: Partial<DeviceChoice>) => {
    const next = { ...choice, ...patch }
    if ('speakerId' in patch && Object.keys(patch).length === 1) {
      setChoice(next)
      rememberDevices(next)
      return
    }
    start(next)
  }

  const testSpeaker = async () => {
    setPlaying(true)
    try {
      await playTestTone(speakerChoice ? choice.speakerId : null)
    } finally {
      setPlaying(false)
      setPlayed(true)
    }
  }

  const proceed = () => {
    if (!streamRef.current) return
    handedOver.current = streamRef.current
    onReady({ ...choice, stream: streamRef.current })
  }

  const meterLabel = `${ids}-meter`
  return (
    <Stack gap="md" w="100%">
      <Title order={titleOrder} size="h3">
        {t('devices.check.title')}
      </Title>

      {status === 'starting' && (
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text>{t('devices.check.starting')}</Text>
        </Group>
      )}

      {status === 'error' && error && (
        <Alert
          color="red"
          variant="outline"
          icon={<IconAlertTriangle aria-hidden />}
          classNames={{ icon: classes.icon }}
          title={<Text fw={600} c="red.9">{t(`devices.errors.${error}.title`)}</Text>}
          role="alert"
          data-testid="device-error"
          data-error={error}
        >
          <Stack gap="sm">
            {help ? <PlatformHelp platform={help} /> : <Text c="dark.9">{t(`devices.errors.${error}.body`)}</Text>}
            <Button size="lg" leftSection={<IconRefresh aria-hidden />} onClick={() => start(choice)} fullWidth>
              {t('devices.check.retry')}
            </Button>
          </Stack>
        </Alert>
      )}

      <Box
        hidden={status === 'error'}
        pos="relative"
        bg="dark.9"
        style={{ borderRadius: 'var(--mantine-radius-md)', overflow: 'hidden', aspectRatio: '4 / 3' }}
      >
        <video
          ref={videoRef}
          autoPlay
          playsInline
          muted
          aria-label={t('devices.check.preview')}
          data-testid="device-preview"
          style={{ width: '100%', height: '100%', objectFit: 'cover', transform: 'scaleX(-1)', display: 'block' }}
        />
      </Box>

      {status === 'ready' && (
        <>
          <Stack gap={6}>
            <Group gap="xs">
              <IconMicrophone aria-hidden size={20} />
              <Text id={meterLabel} fw={600}>
                {t('devices.check.mic_level')}
              </Text>
            </Group>
            <Box
              role="progressbar"
              aria-labelledby={meterLabel}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={level}
              data-testid="mic-meter"
              data-level={level}
              h={14}
              bg="gray.3"
              style={{ borderRadius: 7, overflow: 'hidden' }}
            >
              <Box
                h="100%"
                bg={hearing ? 'green.8' : 'gray.6'}
                style={{ width: `${level}%`, transition: 'width 90ms linear' }}
              />
            </Box>
            <Text role="status" aria-live="polite" c={hearing ? TEXT_GREEN : 'dark.7'} data-testid="mic-state">
              {hearing ? t('devices.check.mic_hearing') : t('devices.check.mic_silent')}
            </Text>
          </Stack>

          <NativeSelect
            size="md"
            label={t('devices.check.camera')}
            data={cameras}
            value={choice.videoDeviceId ?? ''}
            onChange={(event) => choose({ videoDeviceId: event.currentTarget.value || null })}
            data-testid="camera-select"
          />
          <NativeSelect
            size="md"
            label={t('devices.check.microphone')}
            data={microphones}
            value={choice.audioDeviceId ?? ''}
            onChange={(event) => choose({ audioDeviceId: event.currentTarget.value || null })}
            data-testid="microphone-select"
          />
          {speakerChoice && speakers.length > 0 ? (
            <NativeSelect
              size="md"
              label={t('devices.check.speaker')}
              data={[{ value: '', label: t('devices.check.speaker_default') }, ...speakers.filter((s) => s.value !== 'default')]}
              value={choice.speakerId ?? ''}
              onChange={(event) => choose({ speakerId: event.currentTarget.value || null })}
              data-testid="speaker-select"
            />
          ) : (
            <Text size="sm" c="dark.7" data-testid="speaker-unsupported">
              {t('devices.check.speaker_unsupported')}
            </Text>
          )}
          <Stack gap={6}>
            <Button
              size="lg"
              variant="default"
              leftSection={playing ? <IconVolume aria-hidden /> : <IconPlayerPlay aria-hidden />}
              onClick={testSpeaker}
              loading={false}
              disabled={playing}
              fullWidth
            >
              {playing ? t('devices.check.speaker_playing') : t('devices.check.speaker_test')}
            </Button>
            {played && (
              <Text size="sm" c="dark.7" role="status">
                {t('devices.check.speaker_question')}
              </Text>
            )}
          </Stack>

          <Button size="lg" onClick={proceed} fullWidth data-testid="device-continue">
            {continueLabel ?? t('devices.check.continue')}
          </Button>
        </>
      )}
    </Stack>
  )
}

function currentPlatform(): BrowserPlatform {
  if (typeof navigator === 'undefined') return 'other'
  return browserPlatform(navigator.userAgent, navigator.maxTouchPoints ?? 0)
}

/**
 * Which concrete steps to show instead of the general text: where to allow
 * the camera on this browser when it was refused; and inside another app's
 * built-in browser (which often has no camera at all), whatever went wrong,
 * how to open the page in Safari or Chrome instead.
 */
function helpFor(error: MediaErrorKind | null, platform: BrowserPlatform): Exclude<BrowserPlatform, 'other'> | null {
  if (!error || platform === 'other' || error === 'insecure') return null
  if (platform === 'in_app') return 'in_app'
  return error === 'not_allowed' ? platform : null
}

function PlatformHelp({ platform }: { platform: Exclude<BrowserPlatform, 'other'> }) {
  const t = useT()
  const inApp = platform === 'in_app'
  const steps = Array.from({ length: HELP_STEPS[platform] }, (_, index) => t(`devices.help.${platform}.step_${index + 1}`))
  return (
    <Stack gap="xs" data-testid="device-help" data-platform={platform}>
      {!inApp && <Text c="dark.9">{t('devices.help.intro')}</Text>}
      <Text fw={600} c="dark.9">
        {t(`devices.help.${platform}.title`)}
      </Text>
      {inApp && <Text c="dark.9">{t('devices.help.in_app.intro')}</Text>}
      <List type="ordered" spacing={4} c="dark.9" data-testid="device-help-steps">
        {steps.map((step) => (
          <List.Item key={step}>{step}</List.Item>
        ))}
      </List>
      <Text c="dark.9">{t(`devices.help.${platform}.also`)}</Text>
      {inApp ? <CopyLink /> : <Text c="dark.9">{t('devices.help.then_retry')}</Text>}
    </Stack>
  )
}

/** Copies this page's address, to paste into Safari or Chrome; where copying is refused the address is shown to select */
function CopyLink() {
  const t = useT()
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href)
      setState('copied')
    } catch {
      setState('failed')
    }
  }
  return (
    <Stack gap={6}>
      <Button size="lg" variant="default" leftSection={<IconCopy aria-hidden />} onClick={copy} fullWidth data-testid="device-copy-link">
        {t('devices.help.copy_link')}
      </Button>
      <div role="status" aria-live="polite">
        {state === 'copied' && <Text c="dark.9">{t('devices.help.link_copied')}</Text>}
        {state === 'failed' && (
          <Text c="dark.9" style={{ overflowWrap: 'anywhere', userSelect: 'all' }} data-testid="device-link-text">
            {window.location.href}
          </Text>
        )}
      </div>
    </Stack>
  )
}

function canChooseSpeakerSafe() {
  return typeof window !== 'undefined' && canChooseSpeaker()
}
