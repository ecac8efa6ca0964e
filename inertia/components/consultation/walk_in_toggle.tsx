import { useState } from 'react'
import { usePage } from '@inertiajs/react'
import { Group, Switch, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { SharedProps } from '~/types'
import { useI18n } from '~/lib/i18n'
import { usePingVersion, usePolledJson } from '~/lib/use_polled_json'
import { postJson } from '~/lib/xsrf'

/** GET/POST /walk-in (WalkInService.status) */
type WalkInStatus = {
  available: boolean
  until: string | null
  availableStaff: { id: number; name: string; until: string }[]
}

/* the switch turns itself off (after 4 hours, at midnight): look again now and then */
const REFRESH_MS = 60_000

/**
 * The employee's walk-in availability and who else is available: fetched on
 * mounting, again when a colleague switches (a content-free ping on the
 * staff channel), and every minute, since it ends by itself.
 */
function useWalkIn() {
  const { organization } = usePage<SharedProps>().props
  const version = usePingVersion(organization ? `organizations/${organization.slug}/staff` : null, 'walk_in_changed')
  /* offline for a moment: the last status stays, the next ping or minute tries again */
  const { data: status, setData: setStatus } = usePolledJson<WalkInStatus>('/walk-in', { intervalMs: REFRESH_MS, version })
  const [busy, setBusy] = useState(false)
  const { t } = useI18n()

  const set = async (available: boolean) => {
    const before = status
    /* the switch moves at once; the server's answer (with the end time) follows */
    if (status) setStatus({ ...status, available, until: available ? status.until : null })
    setBusy(true)
    try {
      const response = await postJson('/walk-in', { available })
      if (!response.ok) throw new Error(`walk-in: ${response.status}`)
      setStatus(await response.json())
    } catch {
      setStatus(before)
      notifications.show({ color: 'red', message: t('waiting_room.walk_in.failed'), closeButtonProps: { 'aria-label': t('common.close') } })
    } finally {
      setBusy(false)
    }
  }

  return { status, busy, set, timezone: organization?.timezone }
}

type WalkIn = ReturnType<typeof useWalkIn>

function useTimeFormat(timezone: string | undefined) {
  const { locale } = useI18n()
  return (iso: string) =>
    new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { hour: '2-digit', minute: '2-digit', timeZone: timezone }).format(new Date(iso))
}

function WalkInSwitch({ walkIn }: { walkIn: WalkIn }) {
  const { t } = useI18n()
  const time = useTimeFormat(walkIn.timezone)
  const { status } = walkIn
  return (
    <Switch
      checked={status?.available ?? false}
      /* not disabled while saving: a disabled switch would drop the keyboard focus */
      disabled={!status}
      onChange={(event) => !walkIn.busy && walkIn.set(event.currentTarget.checked)}
      aria-busy={walkIn.busy}
      label={t('waiting_room.walk_in.label')}
      description={status?.available && status.until ? t('waiting_room.walk_in.until', { time: time(status.until) }) : undefined}
      color="yellow.8"
      styles={{ label: { color: 'inherit' }, description: { color: 'inherit' } }}
      data-testid="walk-in-toggle"
      data-available={status?.available ? 'true' : 'false'}
    />
  )
}

/**
 * "I am available for walk-in visitors now" (PRODUCT 4.4), for the room's
 * toolbar: the employee's own switch, with the time it turns itself off.
 */
export function WalkInToggle() {
  return <WalkInSwitch walkIn={useWalkIn()} />
}

/**
 * The waiting list's header: the own switch, and which colleagues are
 * available for walk-ins now.
 */
export function WalkInHeader() {
  const { t } = useI18n()
  const walkIn = useWalkIn()
  const me = usePage<SharedProps>().props.user?.id
  const colleagues = (walkIn.status?.availableStaff ?? []).filter((entry) => entry.id !== me)
  return (
    <Group gap="md" wrap="wrap" align="flex-start" data-testid="walk-in-header">
      <WalkInSwitch walkIn={walkIn} />
      {colleagues.length > 0 && (
        <Text size="sm" data-testid="walk-in-colleagues">
          {t('waiting_room.walk_in.colleagues', { names: colleagues.map((entry) => entry.name).join(', ') })}
        </Text>
      )}
    </Group>
  )
}
