import { useEffect, useRef, useState } from 'react'
import { Alert, Box, Group, Radio, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useT } from '~/lib/i18n'
import { mediaConstraints, rememberedDevices, stopStream } from '~/components/consultation/media_devices'
import {
  applyBackgroundEffect,
  backgroundEffectsSupported,
  BackgroundEffectUnsupported,
  type BackgroundEffect,
} from './background_effect'

export type BackgroundPickerProps = {
  value: BackgroundEffect
  onChange(value: BackgroundEffect): void
  /** addresses of the organization's background images (GET /organization/backgrounds) */
  images: string[]
  /** the organization's "warn about background replacement": say that the effect must be confirmed on each return */
  warnReplacement: boolean
  /**
   * The camera as it comes (not the processed stream): the preview runs the
   * chosen effect on it. Without it the picker opens the remembered camera
   * itself, small, and closes it again when it unmounts.
   */
  camera?: MediaStream | null
  /**
   * A stream that already shows `value` (the published one, in the room):
   * shown as it is, so no second effect runs for the preview.
   */
  previewStream?: MediaStream | null
  /** with `previewStream`: the chosen effect is still being started on it */
  applying?: boolean
  /** with `previewStream`: its background image could not be loaded (it is blurred instead) */
  imageFailed?: boolean
}

type Status = 'preparing' | 'ready' | 'unsupported' | 'no_camera' | 'image_failed'

const optionValue = (effect: BackgroundEffect) => (effect.mode === 'image' ? `image:${effect.imageUrl ?? ''}` : effect.mode)

function effectOf(value: string): BackgroundEffect {
  if (value.startsWith('image:')) return { mode: 'image', imageUrl: value.slice('image:'.length) }
  return { mode: value === 'blur' ? 'blur' : 'none' }
}

/** The camera for the preview when the caller gives none: the remembered device, at a modest size */
function useOwnCamera(wanted: boolean) {
  const [stream, setStream] = useState<MediaStream | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    if (!wanted) return
    let current = true
    let opened: MediaStream | null = null
    const video = mediaConstraints(rememberedDevices()).video
    navigator.mediaDevices
      ?.getUserMedia({ video: { ...(typeof video === 'object' ? video : {}), width: { ideal: 640 }, height: { ideal: 360 } } })
      .then((result) => {
        opened = result
        if (current) setStream(result)
        else stopStream(result)
      })
      .catch(() => current && setFailed(true))
    if (!navigator.mediaDevices) setFailed(true)
    return () => {
      current = false
      stopStream(opened)
    }
  }, [wanted])
  return { stream, failed }
}

/**
 * Background effects (PRODUCT 4.4): none, blur, or one of the images the
 * organization's admin provided, with a live preview of the user's camera.
 * The choice is the caller's to apply (applyBackgroundEffect) and remember
 * (rememberBackgroundEffect).
 */
export function BackgroundPicker({ value, onChange, images, warnReplacement, camera, previewStream, applying = false, imageFailed = false }: BackgroundPickerProps) {
  const t = useT()
  const videoRef = useRef<HTMLVideoElement>(null)
  const supported = backgroundEffectsSupported()
  const own = useOwnCamera(!camera && !previewStream)
  const source = previewStream ?? camera ?? own.stream
  /* the published stream keeps its object when its picture changes (another effect, another camera): its track tells */
  const sourceTrack = source?.getVideoTracks()[0] ?? null
  const [status, setStatus] = useState<Status>('preparing')
  const mode = value.mode
  const imageUrl = value.mode === 'image' ? value.imageUrl : undefined

  useEffect(() => {
    const video = videoRef.current
    if (!video) return
    if (!source) {
      setStatus(own.failed ? 'no_camera' : 'preparing')
      return
    }
    const show = (stream: MediaStream) => {
      if (video.srcObject !== stream) video.srcObject = stream
      video.play().catch(() => {})
    }
    const raw = new MediaStream(sourceTrack ? [sourceTrack] : [])
    if (previewStream) {
      show(raw)
      setStatus(applying ? 'preparing' : imageFailed && mode === 'image' ? 'image_failed' : 'ready')
      return
    }
    if (mode === 'none') {
      show(raw)
      setStatus('ready')
      return
    }
    if (!supported) {
      show(raw)
      setStatus('unsupported')
      return
    }
    let current = true
    let stop: (() => void) | null = null
    setStatus('preparing')
    applyBackgroundEffect(raw, { mode, imageUrl })
      .then((applied) => {
        if (!current) return applied.stop()
        stop = applied.stop
        show(applied.stream)
        setStatus(applied.stats().imageFailed ? 'image_failed' : 'ready')
      })
      .catch((error) => {
        if (!current) return
        show(raw)
        setStatus(error instanceof BackgroundEffectUnsupported ? 'unsupported' : 'no_camera')
      })
    return () => {
      current = false
      stop?.()
    }
  }, [source, sourceTrack, previewStream, applying, imageFailed, mode, imageUrl, supported, own.failed])

  useEffect(() => {
    const video = videoRef.current
    return () => {
      if (video) video.srcObject = null
    }
  }, [])

  const message =
    status === 'ready'
      ? t(`effects.picker.ready_${mode}`)
      : status === 'preparing'
        ? t('effects.picker.preparing')
        : t(`effects.picker.${status}`)

  return (
    <Stack gap="sm" data-testid="background-picker">
      <Box
        pos="relative"
        style={{ aspectRatio: '16 / 9', background: 'var(--mantine-color-dark-7)', borderRadius: 'var(--mantine-radius-md)', overflow: 'hidden' }}
      >
        <video
          ref={videoRef}
          muted
          autoPlay
          playsInline
          aria-label={t('effects.picker.preview')}
          data-testid="background-preview"
          style={{ width: '100%', height: '100%', objectFit: 'cover', transform: 'scaleX(-1)' }}
        />
      </Box>
      <Text size="sm" c={status === 'ready' || status === 'preparing' ? 'dark.6' : 'red.9'} aria-live="polite" data-testid="background-status">
        {message}
      </Text>

      <Radio.Group
        value={optionValue(value)}
        onChange={(next) => onChange(effectOf(next))}
        label={t('effects.picker.label')}
      >
        <Stack gap="xs" mt={6}>
          <Radio value="none" label={t('effects.picker.none')} />
          <Radio value="blur" label={t('effects.picker.blur')} disabled={!supported} />
          {images.map((url, index) => (
            <Radio
              key={url}
              value={`image:${url}`}
              disabled={!supported}
              label={
                <Group gap="xs" wrap="nowrap" component="span">
                  <img src={url} alt="" width={64} height={36} style={{ objectFit: 'cover', borderRadius: 4 }} loading="lazy" />
                  <span>{t('effects.picker.image', { number: index + 1 })}</span>
                </Group>
              }
            />
          ))}
        </Stack>
      </Radio.Group>

      {warnReplacement && mode !== 'none' && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} data-testid="background-warning">
          {t('effects.picker.warning')}
        </Alert>
      )}
    </Stack>
  )
}
