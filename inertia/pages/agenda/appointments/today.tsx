import { useState } from 'react'
import { Head, Link } from '@inertiajs/react'
import { Anchor, Box, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconBolt, IconCalendarEvent, IconCalendarPlus, IconChevronRight, IconUsers, IconVideo } from '@tabler/icons-react'
import { useT } from '~/lib/i18n'
import { useAgendaFormat } from '~/components/agenda/format'
import { AccessBadge, KindBadge, StatusBadge } from '~/components/agenda/appointment_badges'
import type { AppointmentView } from '~/components/agenda/appointment_types'
import WaitingList from '~/components/consultation/waiting_list'

type TodayAppointment = AppointmentView & {
  /** the user holds it (or is an admin) and it is on: they may open its consultation room */
  canEnter: boolean
}

type Props = {
  /** today in the organization's time zone (YYYY-MM-DD) */
  date: string
  appointments: TodayAppointment[]
  /** the organization's advanced setting doorbell_sound: ring when someone enters the waiting room */
  doorbell: boolean
}

const NO_DEPARTMENT_COLOR = 'var(--mantine-color-gray-4)'

export default function AgendaToday({ date, appointments, doorbell }: Props) {
  const t = useT()
  const format = useAgendaFormat()
  const title = t('appointments_ui.today.title')
  /* the tab shows who waits even while the practitioner works in another tab: "(2) Today" */
  const [waitingCount, setWaitingCount] = useState(0)

  return (
    <Stack gap="lg" maw={960}>
      <Head title={waitingCount > 0 ? `(${waitingCount}) ${title}` : title} />

      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Title order={1}>{title}</Title>
          <Text c="dimmed" size="sm" data-testid="today-date">
            {format.date(date, 'long')}
          </Text>
        </div>
        <Group gap="sm">
          <Button component={Link} href="/appointments/quick" variant="default" leftSection={<IconBolt size={16} aria-hidden />}>
            {t('appointments_ui.actions.quick')}
          </Button>
          <Button
            component={Link}
            href={`/appointments/new?date=${date}`}
            leftSection={<IconCalendarPlus size={16} aria-hidden />}
          >
            {t('appointments_ui.actions.new')}
          </Button>
        </Group>
      </Group>

      <WaitingList doorbell={doorbell} onCountChange={setWaitingCount} />

      {appointments.length === 0 ? (
        <Paper withBorder p="xl" radius="md" data-testid="today-empty">
          <Stack align="center" gap="sm">
            <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
              <IconCalendarEvent size={28} />
            </ThemeIcon>
            <Text fw={600}>{t('appointments_ui.today.empty_title')}</Text>
            <Text c="dimmed" size="sm" ta="center" maw={480}>
              {t('appointments_ui.today.empty_body')}
            </Text>
            <Group gap="sm" justify="center">
              <Button component={Link} href={`/appointments/new?date=${date}`} leftSection={<IconCalendarPlus size={16} aria-hidden />}>
                {t('appointments_ui.actions.new')}
              </Button>
              <Button component={Link} href="/appointments/quick" variant="default" leftSection={<IconBolt size={16} aria-hidden />}>
                {t('appointments_ui.actions.quick')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : (
        <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('appointments_ui.today.list_label', { count: appointments.length })}>
          {appointments.map((appointment) => {
            const cancelled = appointment.status === 'cancelled'
            const names = appointment.participants.map((participant) => participant.name ?? t('appointments_ui.show.anonymized_person'))
            return (
              <Box component="li" key={appointment.id} data-testid="today-appointment">
                <Paper
                  withBorder
                  radius="md"
                  p="md"
                  style={{
                    borderLeft: `6px solid ${appointment.department?.color ?? NO_DEPARTMENT_COLOR}`,
                    opacity: cancelled ? 0.75 : undefined,
                  }}
                >
                  <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
                    <Group align="flex-start" gap="md" wrap="wrap" style={{ minWidth: 0, flex: 1 }}>
                      <div style={{ minWidth: 96 }}>
                        <Text fw={700} size="lg" td={cancelled ? 'line-through' : undefined} data-testid="today-time">
                          {format.time(appointment.time)}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {t('appointments_ui.today.until', { time: format.time(appointment.endTime) })}
                        </Text>
                      </div>
                      <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
                        <Anchor
                          component={Link}
                          href={`/appointments/${appointment.id}`}
                          fw={600}
                          td={cancelled ? 'line-through' : undefined}
                          style={{ overflowWrap: 'anywhere' }}
                          data-testid="today-appointment-link"
                        >
                          {names.length > 0 ? names.join(', ') : t('appointments_ui.list.no_participants')}
                        </Anchor>
                        <Group gap={6} wrap="wrap">
                          {appointment.handler ? (
                            <Text size="sm">{appointment.handler.name}</Text>
                          ) : (
                            <Group gap={4} wrap="nowrap">
                              <IconUsers size={14} aria-hidden />
                              <Text size="sm">{t('appointments_ui.whole_department')}</Text>
                            </Group>
                          )}
                          {appointment.department && (
                            <Text size="sm" c="dimmed">
                              · {appointment.department.name}
                            </Text>
                          )}
                        </Group>
                        <Group gap={6} wrap="wrap">
                          {cancelled ? <StatusBadge status={appointment.status} /> : <AccessBadge access={appointment.access} />}
                          <KindBadge kind={appointment.kind} />
                        </Group>
                      </Stack>
                    </Group>
                    {appointment.canEnter ? (
                      <Button
                        component={Link}
                        href={`/appointments/${appointment.id}/room`}
                        size="sm"
                        variant="light"
                        leftSection={<IconVideo size={16} aria-hidden />}
                        aria-label={t('appointments_ui.actions.room_label', { names: names.join(', ') || '—' })}
                        data-testid="today-room"
                        style={{ flexShrink: 0 }}
                      >
                        {t('appointments_ui.actions.room')}
                      </Button>
                    ) : (
                      <IconChevronRight size={18} aria-hidden style={{ flexShrink: 0, marginTop: 4, color: 'var(--mantine-color-dimmed)' }} />
                    )}
                  </Group>
                </Paper>
              </Box>
            )
          })}
        </Stack>
      )}
    </Stack>
  )
}
