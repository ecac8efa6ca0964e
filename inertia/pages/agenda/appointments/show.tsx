import { useState, type ReactNode } from 'react'
import { Head, Link, router } from '@inertiajs/react'
import {
  ActionIcon,
  Alert,
  Badge,
  Box,
  Button,
  CopyButton,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import {
  IconCalendarX,
  IconCheck,
  IconCopy,
  IconEyeOff,
  IconLinkOff,
  IconPencil,
  IconVideo,
} from '@tabler/icons-react'
import { useT } from '~/lib/i18n'
import BackLink from '~/components/back_link'
import { useAgendaFormat } from '~/components/agenda/format'
import ConfirmModal from '~/components/confirm_modal'
import { AccessBadge, EmailStatusBadge, HolderLabel, KindBadge, StatusBadge } from '~/components/agenda/appointment_badges'
import type { AppointmentView, ParticipantView } from '~/components/agenda/appointment_types'
import FormSection from '~/components/agenda/form_section'

type Props = {
  appointment: AppointmentView
  /** the personal message of the invitation (null when there is none or it was anonymized) */
  personalMessage: string | null
  /** each participant's access link by participant id; null once anonymized */
  links: Record<string, string | null>
  can: { change: boolean }
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} mt={2}>
        {children}
      </Text>
    </div>
  )
}

export default function AppointmentShow({ appointment, personalMessage, links, can }: Props) {
  const t = useT()
  const format = useAgendaFormat()
  const [cancelOpened, cancelModal] = useDisclosure(false)
  const [cancelling, setCancelling] = useState(false)
  const cancelled = appointment.status === 'cancelled'
  const date = format.date(appointment.date, 'long')
  const times = format.timeRange(appointment.time, appointment.endTime)
  const title = t('appointments_ui.show.title', { date: format.date(appointment.date), time: format.time(appointment.time) })

  function confirmCancel() {
    router.post(
      `/appointments/${appointment.id}/cancel`,
      {},
      {
        preserveScroll: true,
        onStart: () => setCancelling(true),
        onSuccess: () => cancelModal.close(),
        onFinish: () => setCancelling(false),
      }
    )
  }

  function personName(participant: ParticipantView) {
    return participant.name ?? t('appointments_ui.show.anonymized_person')
  }

  return (
    <Stack gap="lg">
      <Head title={title} />

      <div>
        <BackLink href="/appointments">{t('appointments_ui.back_to_list')}</BackLink>
        <Group justify="space-between" align="flex-start" mt="xs" wrap="wrap" gap="sm">
          <div>
            <Title order={1} td={cancelled ? 'line-through' : undefined} c={cancelled ? 'dimmed' : undefined}>
              {title}
            </Title>
            <Group gap={6} mt={6}>
              <StatusBadge status={appointment.status} />
              <KindBadge kind={appointment.kind} />
              {!cancelled && <AccessBadge access={appointment.access} />}
            </Group>
          </div>
          {can.change && (
            <Group gap="sm">
              <Button
                component={Link}
                href={`/appointments/${appointment.id}/room`}
                leftSection={<IconVideo size={16} aria-hidden />}
                data-testid="appointment-room"
              >
                {t('appointments_ui.actions.room')}
              </Button>
              <Button
                component={Link}
                href={`/appointments/${appointment.id}/edit`}
                variant="default"
                leftSection={<IconPencil size={16} aria-hidden />}
                data-testid="appointment-edit"
              >
                {t('appointments_ui.actions.edit')}
              </Button>
              <Button
                color="red"
                variant="light"
                leftSection={<IconCalendarX size={16} aria-hidden />}
                onClick={cancelModal.open}
                data-testid="appointment-cancel"
              >
                {t('appointments_ui.actions.cancel')}
              </Button>
            </Group>
          )}
        </Group>
      </div>

      {cancelled && (
        <Alert color="red" variant="light" icon={<IconCalendarX size={18} aria-hidden />} title={t('appointments_ui.show.cancelled_title')} data-testid="appointment-cancelled">
          {t('appointments_ui.show.cancelled_body')}
        </Alert>
      )}
      {appointment.anonymized && (
        <Alert color="gray" variant="light" icon={<IconEyeOff size={18} aria-hidden />} data-testid="appointment-anonymized">
          {t('appointments_ui.show.anonymized')}
        </Alert>
      )}

      <FormSection id="appointment-details" title={t('appointments_ui.show.details')}>
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 4 }} spacing="md" m={0}>
          <Detail label={t('appointments_ui.show.date')}>{date}</Detail>
          <Detail label={t('appointments_ui.show.time')}>{times}</Detail>
          <Detail label={t('appointments_ui.show.duration')}>
            {t('appointments_ui.form.minutes', { count: appointment.durationMinutes })}
          </Detail>
          <Detail label={t('appointments_ui.show.holder')}>
            <HolderLabel appointment={appointment} />
          </Detail>
          <Detail label={t('appointments_ui.show.kind')}>{t(`appointments_ui.kind.${appointment.kind}`)}</Detail>
          <Detail label={t('appointments_ui.show.status')}>{t(`appointments_ui.status.${appointment.status}`)}</Detail>
          {!cancelled && <Detail label={t('appointments_ui.show.access')}>{t(`appointments_ui.access_help.${appointment.access}`)}</Detail>}
        </SimpleGrid>
        {personalMessage && (
          <Box component="dl" m={0} mt="md">
            <Detail label={t('appointments_ui.form.message')}>
              <span style={{ whiteSpace: 'pre-line' }} data-testid="appointment-personal-message">
                {personalMessage}
              </span>
            </Detail>
          </Box>
        )}
      </FormSection>

      <Paper withBorder radius="md" component="section" aria-labelledby="appointment-participants">
        <Title order={2} size="h4" id="appointment-participants" p="lg" pb="xs">
          {t('appointments_ui.show.participants', { count: appointment.participants.length })}
        </Title>
        {appointment.participants.length === 0 ? (
          <Text size="sm" c="dimmed" px="lg" pb="lg">
            {t('appointments_ui.show.no_participants')}
          </Text>
        ) : (
          /* one block per invitee (not a table): the link stays fully usable on a phone */
          <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
            {appointment.participants.map((participant) => {
              const link = links[String(participant.id)] ?? null
              return (
                <Box
                  component="li"
                  key={participant.id}
                  px="lg"
                  py="sm"
                  style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
                  data-testid="participant-row"
                >
                  <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
                    <div style={{ minWidth: 0 }}>
                      <Group gap={6} wrap="wrap">
                        <Text size="sm" fw={600}>
                          {personName(participant)}
                        </Text>
                        <Badge size="xs" variant="outline" color="gray" tt="none">
                          {t(`appointments_ui.role.${participant.role}`)}
                        </Badge>
                        {participant.groupId !== null && (
                          <Text size="xs" c="dimmed">
                            {participant.groupName
                              ? t('appointments_ui.show.via_group_named', { group: participant.groupName })
                              : t('appointments_ui.show.via_group')}
                          </Text>
                        )}
                      </Group>
                      <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                        {participant.email ?? '—'}
                      </Text>
                    </div>
                    <Group gap={6} wrap="nowrap" align="flex-start">
                      <Text size="xs" c="dimmed" mt={2}>
                        {t('appointments_ui.show.email_status')}:
                      </Text>
                      <EmailStatusBadge status={participant.emailStatus} error={participant.emailError} />
                    </Group>
                  </Group>
                  {link ? (
                    <Group gap={4} wrap="nowrap" mt="xs">
                      <TextInput
                        readOnly
                        value={link}
                        size="xs"
                        flex={1}
                        aria-label={t('appointments_ui.show.link_of', { name: personName(participant) })}
                        onFocus={(event) => event.currentTarget.select()}
                        data-testid="participant-link"
                      />
                      <CopyButton value={link} timeout={2000}>
                        {({ copied, copy }) => (
                          <Tooltip label={copied ? t('appointments_ui.show.copied') : t('appointments_ui.show.copy')} withArrow>
                            <ActionIcon
                              variant={copied ? 'filled' : 'default'}
                              color={copied ? 'teal' : undefined}
                              onClick={copy}
                              aria-label={
                                copied
                                  ? t('appointments_ui.show.copied')
                                  : t('appointments_ui.show.copy_named', { name: personName(participant) })
                              }
                              data-testid="participant-link-copy"
                            >
                              {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                            </ActionIcon>
                          </Tooltip>
                        )}
                      </CopyButton>
                    </Group>
                  ) : (
                    <Group gap={4} wrap="nowrap" c="dimmed" mt="xs">
                      <IconLinkOff size={14} aria-hidden />
                      <Text size="xs">{t('appointments_ui.show.no_link')}</Text>
                    </Group>
                  )}
                </Box>
              )
            })}
          </Stack>
        )}
        {!cancelled && appointment.participants.length > 0 && (
          <Text size="xs" c="dimmed" px="lg" pb="md">
            {t('appointments_ui.show.links_help')}
          </Text>
        )}
      </Paper>

      <ConfirmModal
        opened={cancelOpened}
        onClose={cancelModal.close}
        title={t('appointments_ui.cancel.title')}
        closeLabel={t('common.close')}
        cancelLabel={t('appointments_ui.cancel.keep')}
        confirmLabel={t('appointments_ui.cancel.confirm')}
        onConfirm={confirmCancel}
        processing={cancelling}
        confirmTestId="appointment-cancel-confirm"
      >
        <Text size="sm">{t('appointments_ui.cancel.body', { date, time: times })}</Text>
        <Text size="sm">{t('appointments_ui.cancel.notified', { count: appointment.participants.length })}</Text>
      </ConfirmModal>
    </Stack>
  )
}
