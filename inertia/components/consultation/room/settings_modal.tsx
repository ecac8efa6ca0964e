import { useCallback, useEffect, useRef, useState } from 'react'
import { Alert, Modal, NativeSelect, SegmentedControl, Stack, Text } from '@mantine/core'
import { useT } from '~/lib/i18n'
import { canChooseSpeaker, type DeviceChoice } from '~/components/consultation/media_devices'
import { BackgroundPicker } from '~/components/consultation/effects/background_picker'
import type { BackgroundEffect, Resolution } from './room_types'

type Option = { value: string; label: string }

export type SettingsModalProps = {
  opened: boolean
  onClose: () => void
  devices: DeviceChoice
  onDevices: (choice: DeviceChoice) => Promise<void>
  resolution: Resolution
  onResolution: ((resolution: Resolution) => Promise<void>) | null
  /** null when the organization does not allow background effects */
  background: {
    value: BackgroundEffect
    onChange: (effect: BackgroundEffect) => Promise<void>
    images: string[]
    warnReplacement: boolean
    /** the camera as it comes (the preview's source while nothing is published) */
    camera: MediaStream | null
    /** the published camera, which shows the effect in place: the preview shows it rather than running the effect twice */
    published?: MediaStream | null
    /** the published effect's image could not be loaded (it blurs instead) */
    imageFailed?: boolean
  } | null
}

/**
 * Settings during the consultation: camera, microphone and speaker; the
 * sent picture's size when the organization allows it; a blurred or
 * replaced background when it allows that.
 */
export function SettingsModal({ opened, onClose, devices, onDevices, resolution, onResolution, background }: SettingsModalProps) {
  const t = useT()
  const [cameras, setCameras] = useState<Option[]>([])
  const [microphones, setMicrophones] = useState<Option[]>([])
  const [speakers, setSpeakers] = useState<Option[]>([])
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)
  /* the chosen effect shows at once; the camera follows when the effect is ready */
  const [pendingEffect, setPendingEffect] = useState<BackgroundEffect | null>(null)
  /* the latest choice: an earlier one finishing later does not end the "preparing" of the latest */
  const effectChoice = useRef(0)

  const list = useCallback(async () => {
    if (!navigator.mediaDevices?.enumerateDevices) return
    const found = await navigator.mediaDevices.enumerateDevices()
    const options = (kind: MediaDeviceKind, name: 'camera' | 'microphone' | 'speaker') =>
      found
        .filter((device) => device.kind === kind && device.deviceId && device.deviceId !== 'communications')
        .map((device, index) => ({ value: device.deviceId, label: device.label || t('devices.check.device_fallback', { kind: name, number: index + 1 }) }))
    setCameras(options('videoinput', 'camera'))
    setMicrophones(options('audioinput', 'microphone'))
    setSpeakers(options('audiooutput', 'speaker').filter((option) => option.value !== 'default'))
  }, [t])

  useEffect(() => {
    if (opened) list().catch(() => {})
  }, [opened, list])

  const run = async (action: () => Promise<void>) => {
    setBusy(true)
    setFailed(false)
    try {
      await action()
    } catch {
      setFailed(true)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('room.settings.title')} closeButtonProps={{ 'aria-label': t('room.settings.close') }} data-testid="room-settings">
      <Stack gap="md">
        <NativeSelect
          label={t('devices.check.camera')}
          data={cameras}
          value={devices.videoDeviceId ?? ''}
          disabled={busy || cameras.length === 0}
          onChange={(event) => run(() => onDevices({ ...devices, videoDeviceId: event.currentTarget.value || null }))}
          data-testid="room-settings-camera"
        />
        <NativeSelect
          label={t('devices.check.microphone')}
          data={microphones}
          value={devices.audioDeviceId ?? ''}
          disabled={busy || microphones.length === 0}
          onChange={(event) => run(() => onDevices({ ...devices, audioDeviceId: event.currentTarget.value || null }))}
          data-testid="room-settings-microphone"
        />
        {canChooseSpeaker() && speakers.length > 0 ? (
          <NativeSelect
            label={t('devices.check.speaker')}
            data={[{ value: '', label: t('devices.check.speaker_default') }, ...speakers]}
            value={devices.speakerId ?? ''}
            onChange={(event) => run(() => onDevices({ ...devices, speakerId: event.currentTarget.value || null }))}
            data-testid="room-settings-speaker"
          />
        ) : (
          <Text size="sm" c="dark.7">
            {t('devices.check.speaker_unsupported')}
          </Text>
        )}

        {onResolution && (
          <Stack gap={4}>
            <Text fw={500} size="sm" id="room-resolution-label">
              {t('room.settings.resolution')}
            </Text>
            <SegmentedControl
              aria-labelledby="room-resolution-label"
              value={resolution}
              disabled={busy}
              onChange={(value) => run(() => onResolution(value as Resolution))}
              data={[
                { value: 'qvga', label: t('room.settings.resolution_low') },
                { value: 'vga', label: t('room.settings.resolution_standard') },
                { value: 'hd', label: t('room.settings.resolution_high') },
              ]}
              data-testid="room-settings-resolution"
            />
            <Text size="xs" c="dark.6">
              {t('room.settings.resolution_help')}
            </Text>
          </Stack>
        )}

        {background && (
          <BackgroundPicker
            value={pendingEffect ?? background.value}
            onChange={(effect) => {
              const choice = ++effectChoice.current
              setPendingEffect(effect)
              run(() => background.onChange(effect)).finally(() => {
                if (choice === effectChoice.current) setPendingEffect(null)
              })
            }}
            images={background.images}
            warnReplacement={background.warnReplacement}
            camera={background.camera}
            previewStream={background.published?.getVideoTracks().length ? background.published : null}
            applying={pendingEffect !== null}
            imageFailed={background.imageFailed}
          />
        )}

        {failed && (
          <Alert color="red" variant="outline" role="alert">
            <Text c="dark.9" size="sm">
              {t('room.settings.failed')}
            </Text>
          </Alert>
        )}
      </Stack>
    </Modal>
  )
}
