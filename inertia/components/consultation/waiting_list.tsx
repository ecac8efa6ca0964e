import { useEffect, useRef, useState } from 'react'
import { router, usePage } from '@inertiajs/react'
import { Badge, Box, Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAlarm, IconCircleCheck, IconDoorEnter, IconWalk } from '@tabler/icons-react'
import type { SharedProps } from '~/types'
import { useT } from '~/lib/i18n'
import { postJson } from '~/lib/xsrf'
import { useNow } from '~/lib/use_now'
import { usePingVersion, usePolledJson } from '~/lib/use_polled_json'
import { newAudioContext } from '~/components/consultation/media_devices'
import { WalkInHeader } from '~/components/consultation/walk_in_toggle'
import { WaitingMessageButton } from '~/components/consultation/waiting_message'

/** One invitee in the waiting room, as GET /waiting-room/list gives it (WaitingRoomService.list) */
export type WaitingEntry = {
  id: number
  name: string
  role: string
  appointmentId: number
  appointmentTime: string
  appointmentDate: string
  handler: string | null
  waitingSince: string
  /** walk_in (yellow): a visitor without an appointment time (from the booking widget, later) */
  punctuality: 'on_time' | 'late' | 'walk_in'
}

/** The fallback when the real-time ping does not arrive (proxy, lost connection) */
const POLL_MS = 20_000
/** "Waiting 4 minutes" moves on by itself */
const TICK_MS = 30_000

const PUNCTUALITY = {
  on_time: { color: 'green', corner: 'var(--mantine-color-green-7)', icon: IconCircleCheck },
  late: { color: 'red', corner: 'var(--mantine-color-red-7)', icon: IconAlarm },
  walk_in: { color: 'yellow', corner: 'var(--mantine-color-yellow-6)', icon: IconWalk },
} as const

/**
 * A short two-tone doorbell made on the spot with WebAudio (nothing is
 * fetched). A browser that has not seen a click on the page yet may refuse
 * to play: the list itself still shows the arrival.
 */
function ringDoorbell() {
  try {
    const context = newAudioContext()
    if (!context) return
    const tone = (frequency: number, start: number, length: number) => {
      const oscillator = context.createOscillator()
      const gain = context.createGain()
      oscillator.type = 'sine'
      oscillator.frequency.value = frequency
      gain.gain.setValueAtTime(0.0001, context.currentTime + start)
      gain.gain.exponentialRampToValueAtTime(0.25, context.currentTime + start + 0.02)
      gain.gain.exponentialRampToValueAtTime(0.0001, context.currentTime + start + length)
      oscillator.connect(gain).connect(context.destination)
      oscillator.start(context.currentTime + start)
      oscillator.stop(context.currentTime + start + length)
    }
    /* ding (E5) – dong (C5) */
    tone(659.25, 0, 0.6)
    tone(523.25, 0.45, 0.9)
    window.setTimeout(() => context.close().catch(() => {}), 1600)
  } catch {
    /* no audio output: the list shows the arrival anyway */
  }
}

/**
 * Who waits now, live: refetched whenever the staff channel pings (a
 * content-free "waiting_list_changed"), and every 20 s in case a ping is
 * missed. Each entry says on time / late in words and colour. Rings the
 * doorbell (when asked) for anyone not on the list before.
 */
export function useWaitingList(options: { doorbell: boolean }) {
  const { organization } = usePage<SharedProps>().props
  const version = usePingVersion(organization ? `organizations/${organization.slug}/staff` : null, 'waiting_list_changed')
  const { data, failed, refresh } = usePolledJson<{ waiting: WaitingEntry[] }>('/waiting-room/list', { intervalMs: POLL_MS, version })
  const waiting = data?.waiting ?? null
  const known = useRef<Set<number> | null>(null)
  const doorbell = useRef(options.doorbell)
  doorbell.current = options.doorbell

  useEffect(() => {
    if (!waiting) return
    /* the first load is no arrival; afterwards anyone not seen before is */
    if (known.current && doorbell.current && waiting.some((entry) => !known.current!.has(entry.id))) ringDoorbell()
    known.current = new Set(waiting.map((entry) => entry.id))
  }, [waiting])

  return { waiting, failed, refresh }
}

function WaitingRow({ entry, now, onAdmitted }: { entry: WaitingEntry; now: number; onAdmitted: () => void }) {
  const t = useT()
  const [busy, setBusy] = useState(false)
  const style = PUNCTUALITY[entry.punctuality]
  const Icon = style.icon
  const minutes = Math.max(0, Math.floor((now - new Date(entry.waitingSince).getTime()) / 60_000))

  const bringIn = async () => {
    setBusy(true)
    const closeButtonProps = { 'aria-label': t('common.close') }
    try {
      const response = await postJson(`/waiting-room/${entry.id}/admit`)
      if (response.ok) {
        notifications.show({ color: 'green', message: t('waiting_list.let_in', { name: entry.name }), closeButtonProps })
        /* the practitioner goes into that appointment's room, unless already there */
        const room = `/appointments/${entry.appointmentId}/room`
        if (window.location.pathname !== room) router.visit(room)
      } else {
        notifications.show({ color: 'red', message: t('waiting_list.bring_in_failed', { name: entry.name }), closeButtonProps })
      }
    } catch {
      notifications.show({ color: 'red', message: t('waiting_list.bring_in_failed', { name: entry.name }), closeButtonProps })
    } finally {
      setBusy(false)
      onAdmitted()
    }
  }

  return (
    <Box component="li" data-testid="waiting-entry" data-punctuality={entry.punctuality}>
      <Paper withBorder radius="md" p="sm" style={{ borderLeft: `6px solid ${style.corner}` }}>
        <Group justify="space-between" align="center" wrap="wrap" gap="sm">
          <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
            <Group gap="xs" wrap="wrap">
              <Text fw={600} style={{ overflowWrap: 'anywhere' }} data-testid="waiting-name">
                {entry.name}
              </Text>
              <Badge
                color={style.color}
                variant="light"
                size="sm"
                tt="none"
                leftSection={<Icon size={12} aria-hidden />}
                data-testid="waiting-punctuality"
              >
                {entry.punctuality === 'walk_in' ? t('waiting_room.walk_in.badge') : t(`waiting_list.${entry.punctuality}`)}
              </Badge>
            </Group>
            <Text size="sm">
              {t('waiting_list.appointment_at', { time: entry.appointmentTime })}{' '}
              {entry.handler ? t('waiting_list.with_handler', { handler: entry.handler }) : `· ${t('waiting_list.whole_department')}`}
            </Text>
            <Text size="sm" c="dimmed" data-testid="waiting-waited">
              {t('waiting_list.waited', { minutes })}
            </Text>
          </Stack>
          <Group gap="xs" wrap="wrap">
            <WaitingMessageButton entry={entry} />
            <Button
              leftSection={<IconDoorEnter size={16} aria-hidden />}
              loading={busy}
              onClick={bringIn}
              aria-label={t('waiting_list.bring_in_label', { name: entry.name })}
              data-testid="waiting-bring-in"
            >
              {t('waiting_list.bring_in')}
            </Button>
          </Group>
        </Group>
      </Paper>
    </Box>
  )
}

/**
 * The practitioner's waiting list: green = on time, red = late (always with
 * the word as well), the appointment's exact time, how long they waited, and
 * "Bring in". Reports the count so the page can show it in the tab title.
 */
export default function WaitingList({ doorbell, onCountChange }: { doorbell: boolean; onCountChange?: (count: number) => void }) {
  const t = useT()
  const { waiting, failed, refresh } = useWaitingList({ doorbell })
  const now = useNow(TICK_MS)
  const count = waiting?.length ?? 0

  useEffect(() => {
    onCountChange?.(count)
  }, [count, onCountChange])

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="waiting-list-title" data-testid="waiting-list">
      <Stack gap="sm">
        <Group gap="xs">
          <Title order={2} size="h4" id="waiting-list-title">
            {t('waiting_list.title')}
          </Title>
          <Badge
            color={count > 0 ? 'blue' : 'gray'}
            variant={count > 0 ? 'filled' : 'light'}
            circle={count < 10}
            data-testid="waiting-count"
            aria-hidden
          >
            {count}
          </Badge>
          <VisuallyHidden>{t('waiting_list.count_label', { count })}</VisuallyHidden>
        </Group>
        <WalkInHeader />
        <div role="status" aria-live="polite">
          {failed && (
            <Text size="sm" c="red.9">
              {t('waiting_list.refresh_failed')}
            </Text>
          )}
        </div>
        {waiting && waiting.length === 0 && (
          <Text size="sm" c="dimmed" data-testid="waiting-empty">
            {t('waiting_list.empty')}
          </Text>
        )}
        {waiting && waiting.length > 0 && (
          <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('waiting_list.count_label', { count })}>
            {waiting.map((entry) => (
              <WaitingRow key={entry.id} entry={entry} now={now} onAdmitted={refresh} />
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  )
}
