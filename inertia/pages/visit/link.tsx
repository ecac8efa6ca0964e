import { useEffect, useState } from 'react'
import { Head } from '@inertiajs/react'
import { Alert, Anchor, Button, Group, List, Loader, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconAlertCircle, IconCalendarOff, IconClockHour4, IconDoorEnter, IconHourglass, IconLinkOff, IconWifiOff } from '@tabler/icons-react'
import { useI18n } from '~/lib/i18n'
import { postJson } from '~/lib/xsrf'
import { formatLocalDate } from '~/components/agenda/format'

type Contact = { name: string; phone: string | null; email: string | null; website: string | null }

type Props = {
  state: 'open' | 'too_early' | 'too_late' | 'cancelled' | 'invalid'
  appointment: {
    date: string
    time: string
    endTime: string
    opensDate: string
    opensTime: string
    opensAt: string
    handler: string | null
    name: string | null
  } | null
  contact: Contact
}

type WaitingRoomContent = {
  text?: string | null
  announcements?: { id: number; message: string }[]
}

function ContactDetails({ contact }: { contact: Contact }) {
  const { t } = useI18n()
  const ways = [
    contact.phone && (
      <List.Item key="phone">
        {t('visit.contact.phone')}: <Anchor href={`tel:${contact.phone.replace(/[^+0-9]/g, '')}`}>{contact.phone}</Anchor>
      </List.Item>
    ),
    contact.email && (
      <List.Item key="email">
        {t('visit.contact.email')}: <Anchor href={`mailto:${contact.email}`}>{contact.email}</Anchor>
      </List.Item>
    ),
    contact.website && (
      <List.Item key="website">
        <Anchor href={contact.website} target="_blank" rel="noopener noreferrer">
          {contact.website}
        </Anchor>
      </List.Item>
    ),
  ].filter(Boolean)
  if (ways.length === 0) return <Text>{t('visit.contact.reply_to_email', { organization: contact.name })}</Text>
  return (
    <Stack gap={4}>
      <Text>{t('visit.contact.intro', { organization: contact.name })}</Text>
      <List>{ways}</List>
    </Stack>
  )
}

/** Polls the waiting-room info text and the live announcements */
function useWaitingRoomContent(enabled: boolean) {
  const [content, setContent] = useState<WaitingRoomContent | null>(null)
  useEffect(() => {
    if (!enabled) return
    let stopped = false
    const load = async () => {
      try {
        const response = await fetch(`${window.location.pathname}/content`, { headers: { accept: 'application/json' } })
        if (response.ok && !stopped) setContent(await response.json())
      } catch {
        /* offline for a moment: keep what is shown, try again at the next tick */
      }
    }
    load()
    const timer = window.setInterval(load, 30_000)
    return () => {
      stopped = true
      window.clearInterval(timer)
    }
  }, [enabled])
  return content
}

/** How often the waiting page reports in (the server forgets a page after 40 s of silence) */
const CHECK_IN_MS = 10_000

type Presence = 'waiting' | 'admitted' | 'offline'

/**
 * Keeps the patient in the waiting room: checks in every 10 s. The server
 * keeps the place (waiting_since) while check-ins go on, also across a
 * reload. When the link closed meanwhile (410: too late, cancelled) or no
 * longer exists, the page reloads and shows why.
 */
function useCheckIn(enabled: boolean) {
  const [presence, setPresence] = useState<Presence>('waiting')
  useEffect(() => {
    if (!enabled) return
    let stopped = false
    const checkIn = async () => {
      try {
        const response = await postJson(`${window.location.pathname}/check-in`)
        if (stopped) return
        if (response.status === 410 || response.status === 404) {
          /* the page itself says why (too late, cancelled); reload once, never in a loop */
          const key = `consult.reloaded:${window.location.pathname}`
          if (sessionStorage.getItem(key)) return setPresence('offline')
          sessionStorage.setItem(key, '1')
          return window.location.reload()
        }
        if (!response.ok) return setPresence('offline')
        const { admitted } = (await response.json()) as { admitted: boolean }
        if (!stopped) setPresence(admitted ? 'admitted' : 'waiting')
      } catch {
        /* offline for a moment: the place is kept for 40 s, the next tick tries again */
        if (!stopped) setPresence('offline')
      }
    }
    checkIn()
    const timer = window.setInterval(checkIn, CHECK_IN_MS)
    return () => {
      stopped = true
      window.clearInterval(timer)
    }
  }, [enabled])
  return presence
}

function PresenceStatus({ presence }: { presence: Presence }) {
  const { t } = useI18n()
  /*
   * "Being let in" is as far as this step goes: the consultation room (media
   * session, ticket from POST /visit/:token/media-ticket) arrives with the next
   * step of issue 4 and takes over from here.
   */
  return (
    <Alert
      role="status"
      aria-live="polite"
      variant="light"
      color={presence === 'admitted' ? 'green' : presence === 'offline' ? 'orange' : 'blue'}
      data-testid="visit-presence"
      data-presence={presence}
    >
      <Group gap="sm" wrap="nowrap">
        {presence === 'admitted' ? (
          <Loader size="sm" color="green" aria-hidden />
        ) : presence === 'offline' ? (
          <IconWifiOff size={20} aria-hidden />
        ) : (
          <IconHourglass size={20} aria-hidden />
        )}
        <Text fw={600}>
          {t(
            presence === 'admitted'
              ? 'waiting_list.patient.admitted'
              : presence === 'offline'
                ? 'waiting_list.patient.connection_lost'
                : 'waiting_list.patient.waiting'
          )}
        </Text>
      </Group>
    </Alert>
  )
}

export default function VisitLink({ state, appointment, contact }: Props) {
  const { t, locale } = useI18n()
  const content = useWaitingRoomContent(state === 'open')
  const presence = useCheckIn(state === 'open' && appointment !== null)

  /* a patient who opens the link early is let in as soon as it opens, without reloading by hand */
  useEffect(() => {
    if (state !== 'too_early' || !appointment) return
    const wait = new Date(appointment.opensAt).getTime() - Date.now()
    if (wait > 0 && wait < 24 * 3600 * 1000) {
      const timer = window.setTimeout(() => window.location.reload(), wait + 1000)
      return () => window.clearTimeout(timer)
    }
  }, [state, appointment])

  if (state === 'invalid' || !appointment) {
    return (
      <Paper withBorder p="xl" radius="md" data-testid="visit-invalid">
        <Head title={t('visit.invalid.title')} />
        <Stack>
          <ThemeIcon size="xl" radius="xl" variant="light" color="gray" aria-hidden>
            <IconLinkOff />
          </ThemeIcon>
          <Title order={1} size="h2">
            {t('visit.invalid.title')}
          </Title>
          <Text>{t('visit.invalid.body')}</Text>
          <ContactDetails contact={contact} />
        </Stack>
      </Paper>
    )
  }

  const when = { date: formatLocalDate(locale, appointment.date, 'long'), time: appointment.time, endTime: appointment.endTime }

  if (state === 'too_early') {
    return (
      <Paper withBorder p="xl" radius="md" data-testid="visit-too-early">
        <Head title={t('visit.too_early.title')} />
        <Stack>
          <ThemeIcon size="xl" radius="xl" variant="light" color="blue" aria-hidden>
            <IconClockHour4 />
          </ThemeIcon>
          <Title order={1} size="h2">
            {t('visit.too_early.title')}
          </Title>
          <Text>{t('visit.appointment_at', when)}</Text>
          <Text fw={600} data-testid="visit-opens">
            {t('visit.too_early.opens', { date: formatLocalDate(locale, appointment.opensDate, 'long'), time: appointment.opensTime })}
          </Text>
          <Text c="dimmed" size="sm">
            {t('visit.too_early.keep_link')}
          </Text>
        </Stack>
      </Paper>
    )
  }

  if (state === 'too_late' || state === 'cancelled') {
    const cancelled = state === 'cancelled'
    return (
      <Paper withBorder p="xl" radius="md" data-testid={cancelled ? 'visit-cancelled' : 'visit-too-late'}>
        <Head title={t(cancelled ? 'visit.cancelled.title' : 'visit.too_late.title')} />
        <Stack>
          <ThemeIcon size="xl" radius="xl" variant="light" color={cancelled ? 'red' : 'gray'} aria-hidden>
            {cancelled ? <IconCalendarOff /> : <IconAlertCircle />}
          </ThemeIcon>
          <Title order={1} size="h2">
            {t(cancelled ? 'visit.cancelled.title' : 'visit.too_late.title')}
          </Title>
          <Text>{t(cancelled ? 'visit.cancelled.body' : 'visit.too_late.body', when)}</Text>
          <ContactDetails contact={contact} />
        </Stack>
      </Paper>
    )
  }

  return (
    <Paper withBorder p="xl" radius="md" data-testid="visit-waiting-room">
      <Head title={t('visit.open.title')} />
      <Stack>
        <ThemeIcon size="xl" radius="xl" variant="light" color="teal" aria-hidden>
          <IconDoorEnter />
        </ThemeIcon>
        <Title order={1} size="h2">
          {appointment.name ? t('visit.open.welcome_named', { name: appointment.name }) : t('visit.open.welcome')}
        </Title>
        <Text>
          {appointment.handler
            ? t('visit.open.appointment_with', { ...when, handler: appointment.handler })
            : t('visit.appointment_at', when)}
        </Text>
        <PresenceStatus presence={presence} />
        {content?.text && <Text style={{ whiteSpace: 'pre-line' }}>{content.text}</Text>}
        {(content?.announcements ?? []).map((announcement) => (
          <Alert key={announcement.id} color="yellow" variant="light" role="status">
            {announcement.message}
          </Alert>
        ))}
        <Text c="dimmed" size="sm">
          {t('visit.open.stay')}
        </Text>
        <Button variant="light" onClick={() => window.location.reload()}>
          {t('visit.open.refresh')}
        </Button>
      </Stack>
    </Paper>
  )
}
