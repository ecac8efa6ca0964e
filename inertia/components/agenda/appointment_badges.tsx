import type { ReactNode } from 'react'
import { Badge, ColorSwatch, Group, Text } from '@mantine/core'
import {
  IconBolt,
  IconCalendarCheck,
  IconCalendarX,
  IconClock,
  IconDoorEnter,
  IconDoorOff,
  IconMailCheck,
  IconMailOff,
  IconMailX,
  IconUsers,
} from '@tabler/icons-react'
import { useT } from '~/lib/i18n'
import type { AppointmentView } from '~/components/agenda/appointment_types'

/* Every state is shown with text and an icon, never colour alone */

const ICON = { size: 12, 'aria-hidden': true } as const

function StateBadge({ color, icon, label, testId }: { color: string; icon: ReactNode; label: string; testId?: string }) {
  return (
    <Badge color={color} variant="light" size="sm" tt="none" leftSection={icon} data-testid={testId}>
      {label}
    </Badge>
  )
}

export function StatusBadge({ status }: { status: string }) {
  const t = useT()
  return status === 'cancelled' ? (
    <StateBadge color="gray" icon={<IconCalendarX {...ICON} />} label={t('appointments_ui.status.cancelled')} testId="appointment-status" />
  ) : (
    <StateBadge color="green" icon={<IconCalendarCheck {...ICON} />} label={t('appointments_ui.status.scheduled')} testId="appointment-status" />
  )
}

/** Only quick consultations are marked; a regular appointment needs no badge */
export function KindBadge({ kind }: { kind: string }) {
  const t = useT()
  if (kind !== 'quick') return null
  return <StateBadge color="violet" icon={<IconBolt {...ICON} />} label={t('appointments_ui.kind.quick')} testId="appointment-kind" />
}

export function AccessBadge({ access }: { access: string }) {
  const t = useT()
  const label = t(`appointments_ui.access.${access}`)
  switch (access) {
    case 'open':
      return <StateBadge color="green" icon={<IconDoorEnter {...ICON} />} label={label} testId="appointment-access" />
    case 'too_early':
      return <StateBadge color="blue" icon={<IconClock {...ICON} />} label={label} testId="appointment-access" />
    case 'cancelled':
      return <StateBadge color="gray" icon={<IconCalendarX {...ICON} />} label={label} testId="appointment-access" />
    default:
      return <StateBadge color="gray" icon={<IconDoorOff {...ICON} />} label={label} testId="appointment-access" />
  }
}

/** The e-mail's state; a delivery failure shows the reason as text (a tooltip would hide it from touch and keyboard users) */
export function EmailStatusBadge({ status, error }: { status: string; error: string | null }) {
  const t = useT()
  const label = t(`appointments_ui.email_status.${status}`)
  switch (status) {
    case 'sent':
      return <StateBadge color="green" icon={<IconMailCheck {...ICON} />} label={label} testId="participant-email-status" />
    case 'failed':
      return (
        <div>
          <StateBadge color="red" icon={<IconMailX {...ICON} />} label={label} testId="participant-email-status" />
          {error && (
            <Text size="xs" c="red.8" mt={4} maw={320} style={{ overflowWrap: 'anywhere' }} data-testid="participant-email-error">
              {error}
            </Text>
          )}
        </div>
      )
    case 'skipped':
      return <StateBadge color="gray" icon={<IconMailOff {...ICON} />} label={label} testId="participant-email-status" />
    default:
      return <StateBadge color="yellow" icon={<IconClock {...ICON} />} label={label} testId="participant-email-status" />
  }
}

/** Who holds the appointment: the handler, or a whole department; the department's colour as a dot beside its name */
export function HolderLabel({ appointment, size = 'sm' }: { appointment: Pick<AppointmentView, 'handler' | 'department'>; size?: 'xs' | 'sm' | 'md' }) {
  const t = useT()
  const { handler, department } = appointment
  return (
    <Group gap={6} wrap="nowrap" align="center">
      {department && <ColorSwatch color={department.color} size={10} withShadow={false} aria-hidden style={{ flexShrink: 0 }} />}
      <div style={{ minWidth: 0 }}>
        {handler ? (
          <Text size={size} fw={600} truncate>
            {handler.name}
          </Text>
        ) : (
          <Group gap={4} wrap="nowrap">
            <IconUsers size={14} aria-hidden />
            <Text size={size} fw={600} truncate>
              {t('appointments_ui.whole_department')}
            </Text>
          </Group>
        )}
        {department && (
          <Text size="xs" c="dimmed" truncate>
            {department.name}
          </Text>
        )}
      </div>
    </Group>
  )
}
