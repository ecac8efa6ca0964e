import { useEffect, useState } from 'react'
import { Head } from '@inertiajs/react'
import { Alert, Anchor, Box, Button, Checkbox, Group, List, Loader, Paper, ScrollArea, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconAlertCircle, IconCalendarOff, IconClockHour4, IconDoorEnter, IconHourglass, IconLinkOff, IconWifiOff } from '@tabler/icons-react'
import { useI18n } from '~/lib/i18n'
import { postJson } from '~/lib/xsrf'
import { listen } from '~/lib/transmit'
import { usePolledJson } from '~/lib/use_polled_json'
import { formatLocalDate } from '~/components/agenda/format'
import DeviceCheck from '~/components/consultation/device_check'
import { stopStream } from '~/components/consultation/media_devices'
import WaitingExplainer from '~/components/consultation/waiting_explainer'
import { ChatPanel } from '~/components/consultation/room/chat_panel'
import { ConsultationRoom } from '~/components/consultation/room/consultation_room'

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
  /** the waiting room's extras (modules/consultation visit_waiting_room.ts); only while the link is open */
  waitingRoom: WaitingRoomFeatures | null
}

type WaitingRoomFeatures = {
  organizationName: string
  uid: string
  disclaimer: { text: string; accepted: boolean } | null
  explainer: boolean
  iframeUrl: string | null
  chat: boolean
}

type WaitingRoomContent = {
  text?: string | null
  announcements?: { id: number; message: string }[]
  /** where the content-free "changed" pings arrive */
  channel?: string
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

/**
 * The waiting-room info text and the live announcements: fetched on opening,
 * again whenever the waiting room's channel pings (content-free), and every
 * 30 s in case a ping is missed.
 */
function useWaitingRoomContent(enabled: boolean) {
  const [version, setVersion] = useState(0)
  const { data: content } = usePolledJson<WaitingRoomContent>(`${window.location.pathname}/content`, { intervalMs: 30_000, version, enabled })
  const channel = content?.channel ?? null
  useEffect(() => {
    if (!enabled || !channel) return
    return listen<{ type?: string }>(channel, (message) => {
      if (message?.type === 'changed') setVersion((current) => current + 1)
    })
  }, [enabled, channel])
  return content
}

/** How often the waiting page reports in (the server forgets a page after 40 s of silence) */
const CHECK_IN_MS = 10_000

/* arriving: shown as waiting, until the server confirmed the first check-in */
type Presence = 'arriving' | 'waiting' | 'admitted' | 'offline' | 'ended'

/**
 * What the waiting invitee waits for besides the practitioner: 'client' for
 * an external participant, who may enter only while the client is in the
 * room (modules/consultation visit_waiting_room.ts)
 */
type WaitingFor = 'client' | null

/**
 * Keeps the patient in the waiting room: checks in every 10 s. The server
 * keeps the place (waiting_since) while check-ins go on, also across a
 * reload. When the link closed meanwhile (410: too late, cancelled) or no
 * longer exists, the page reloads and shows why.
 * Being let in arrives within a second when the check-in names a real-time
 * channel for this invitee (a content-free ping: check in again now); the
 * 10 s check-in stays as the fallback. `version` goes up whenever the
 * waiting-room chat may have changed. `waitingFor` says whether an external
 * participant still waits for the client (then the page checks in every 5 s,
 * and moves on by itself once the client is there).
 */
function useCheckIn(enabled: boolean) {
  const [presence, setPresence] = useState<Presence>('arriving')
  const [waitingFor, setWaitingFor] = useState<WaitingFor>(null)
  const [chatVersion, setChatVersion] = useState(0)
  /* its own channel is subscribed: "you are let in" arrives at once rather than at the next check-in */
  const [live, setLive] = useState(false)
  useEffect(() => {
    if (!enabled) return
    let stopped = false
    let stopListening: (() => void) | null = null
    let channel: string | null = null
    let timer: number | undefined
    const stop = () => {
      stopped = true
      window.clearTimeout(timer)
      stopListening?.()
      stopListening = null
    }
    const checkIn = async () => {
      /* over (the consultation ended, or the page moved on): no more check-ins, whatever still pings */
      if (stopped) return
      /* one next check-in at a time, whoever asked for this one (the timer or a ping) */
      window.clearTimeout(timer)
      try {
        const response = await postJson(`${window.location.pathname}/check-in`)
        if (stopped) return
        if (response.status === 410 && ((await response.clone().json().catch(() => ({}))) as { error?: string }).error === 'ended') {
          /* the consultation is over: the room shows its closing screen, nothing to check in to */
          stop()
          return setPresence('ended')
        }
        if (response.status === 410 || response.status === 404 || response.status === 409) {
          /* the page itself says why (too late, cancelled, a disclaimer to accept first); reload once, never in a loop */
          const key = `consult.reloaded:${window.location.pathname}`
          if (sessionStorage.getItem(key)) return setPresence('offline')
          sessionStorage.setItem(key, '1')
          return window.location.reload()
        }
        if (!response.ok) return setPresence('offline')
        const answer = (await response.json()) as { admitted: boolean; waitingFor?: WaitingFor; channel?: string }
        if (stopped) return
        const forClient = !answer.admitted && answer.waitingFor === 'client'
        setWaitingFor(forClient ? 'client' : null)
        setPresence(answer.admitted ? 'admitted' : 'waiting')
        if (typeof answer.channel === 'string' && answer.channel !== channel) {
          stopListening?.()
          channel = answer.channel
          /* "look again": let in, sent back, or a message from the practice */
          stopListening = listen(
            answer.channel,
            () => {
              setChatVersion((version) => version + 1)
              checkIn()
            },
            () => !stopped && setLive(true)
          )
        }
        /* without a channel, the chat catches up at each check-in */
        if (!channel) setChatVersion((version) => version + 1)
      } catch {
        /* offline for a moment: the place is kept for 40 s, the next tick tries again */
        if (!stopped) setPresence('offline')
      } finally {
        if (!stopped) {
          window.clearTimeout(timer)
          timer = window.setTimeout(checkIn, CHECK_IN_MS)
        }
      }
    }
    checkIn()
    return stop
  }, [enabled])
  return { presence, waitingFor, chatVersion, live }
}

function PresenceStatus({ presence, waitingFor, live }: { presence: Presence; waitingFor: WaitingFor; live: boolean }) {
  const { t } = useI18n()
  const forClient = waitingFor === 'client' && presence === 'waiting'
  return (
    <Alert
      role="status"
      aria-live="polite"
      variant="light"
      color={presence === 'admitted' ? 'green' : presence === 'offline' ? 'orange' : 'blue'}
      data-testid="visit-presence"
      data-presence={presence}
      data-waiting-for={forClient ? 'client' : undefined}
      data-live={live ? 'true' : undefined}
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
                : forClient
                  ? 'waiting_list.patient.waiting_for_client'
                  : 'waiting_list.patient.waiting'
          )}
        </Text>
      </Group>
    </Alert>
  )
}

/** The waiting room's steps: the disclaimer (when asked), the device check, then waiting */
type Step = 'disclaimer' | 'devices' | 'waiting'

/*
 * a reload (or a lost connection) goes straight back to the waiting room: the
 * devices were checked (or the check skipped: 'skipped') in this tab
 */
const devicesCheckedKey = () => `consult.devices-checked:${window.location.pathname}`
const devicesCheckDone = () => {
  const done = sessionStorage.getItem(devicesCheckedKey())
  return done !== null && done !== 'skipped'
}

function firstStep(features: WaitingRoomFeatures | null): Step {
  if (features?.disclaimer && !features.disclaimer.accepted) return 'disclaimer'
  if (typeof window !== 'undefined' && sessionStorage.getItem(devicesCheckedKey())) return 'waiting'
  return 'devices'
}

/**
 * The organization's disclaimer (PRODUCT 1.8): read, tick, continue. The
 * acceptance is recorded with its moment; the page never asks again for this
 * link, also after a reload.
 */
function DisclaimerStep({ text, organization, onAccepted }: { text: string; organization: string; onAccepted: () => void }) {
  const { t } = useI18n()
  const [checked, setChecked] = useState(false)
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)
  const accept = async () => {
    setBusy(true)
    setFailed(false)
    try {
      const response = await postJson(`${window.location.pathname}/disclaimer`)
      if (response.status === 410) return window.location.reload()
      if (!response.ok) throw new Error(`disclaimer: ${response.status}`)
      onAccepted()
    } catch {
      setFailed(true)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Stack gap="sm" component="section" aria-labelledby="disclaimer-title" data-testid="visit-disclaimer">
      <Title order={2} size="h3" id="disclaimer-title">
        {t('waiting_room.disclaimer.title')}
      </Title>
      <Text>{t('waiting_room.disclaimer.intro', { organization })}</Text>
      <ScrollArea.Autosize mah={280} type="auto" offsetScrollbars>
        <Box
          p="sm"
          bg="gray.0"
          style={{ whiteSpace: 'pre-line', borderRadius: 'var(--mantine-radius-sm)', overflowWrap: 'anywhere' }}
          data-testid="disclaimer-text"
          tabIndex={0}
          aria-label={t('waiting_room.disclaimer.text_label')}
        >
          {text}
        </Box>
      </ScrollArea.Autosize>
      <Checkbox
        size="md"
        checked={checked}
        onChange={(event) => setChecked(event.currentTarget.checked)}
        label={t('waiting_room.disclaimer.accept_label')}
        data-testid="disclaimer-checkbox"
      />
      <div role="status" aria-live="polite">
        {failed && (
          <Text c="red.9" size="sm">
            {t('waiting_room.disclaimer.failed')}
          </Text>
        )}
      </div>
      <Button size="lg" fullWidth disabled={!checked} loading={busy} onClick={accept} data-testid="disclaimer-accept">
        {t('waiting_room.disclaimer.continue')}
      </Button>
    </Stack>
  )
}

/**
 * The device check before the waiting room. The camera goes off again when
 * the patient continues (the consultation room opens the devices chosen
 * here, remembered on this device). A patient whose camera will not work can
 * still wait: the practitioner can help or phone.
 */
function DevicesStep({ onDone }: { onDone: (checked: boolean) => void }) {
  const { t } = useI18n()
  return (
    <Stack gap="sm" data-testid="visit-devices">
      <Text>{t('waiting_room.devices.intro')}</Text>
      <DeviceCheck
        titleOrder={2}
        continueLabel={t('waiting_room.devices.continue')}
        onReady={({ stream }) => {
          stopStream(stream)
          onDone(true)
        }}
      />
      {/* a finger-sized target on a phone; the long label may wrap on a narrow screen */}
      <Button variant="subtle" size="md" h="auto" mih={42} py={6} styles={{ label: { whiteSpace: 'normal', textAlign: 'center', lineHeight: 1.35, overflow: 'visible' } }} onClick={() => onDone(false)} data-testid="devices-skip">
        {t('waiting_room.devices.skip')}
      </Button>
    </Stack>
  )
}

/** The organization's own page, framed without access to this page (no referrer: the link is a credential) */
function OwnFrame({ url, organization }: { url: string; organization: string }) {
  const { t } = useI18n()
  /* a page of this very site must not get scripts together with this origin's rights */
  const sameSite = typeof window !== 'undefined' && new URL(url, window.location.href).origin === window.location.origin
  return (
    <Box
      component="iframe"
      src={url}
      title={t('waiting_room.iframe.title', { organization })}
      sandbox={sameSite ? 'allow-scripts allow-popups allow-forms' : 'allow-scripts allow-same-origin allow-popups allow-forms'}
      referrerPolicy="no-referrer"
      loading="lazy"
      data-testid="waiting-iframe"
      w="100%"
      h={360}
      style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-md)', display: 'block' }}
    />
  )
}

export default function VisitLink({ state, appointment, contact, waitingRoom }: Props) {
  const { t, locale } = useI18n()
  const open = state === 'open' && appointment !== null
  const [step, setStep] = useState<Step>(() => firstStep(waitingRoom))
  const content = useWaitingRoomContent(open && step === 'waiting')
  /* once the consultation ended in the room, its closing screen stays (no more check-ins) */
  const [roomEnded, setRoomEnded] = useState(false)
  const { presence, waitingFor, chatVersion, live } = useCheckIn(open && step === 'waiting' && !roomEnded)
  /* in the room from being let in until sent back: a lost check-in (offline) throws nobody out */
  const [inRoom, setInRoom] = useState(false)
  useEffect(() => {
    if (presence === 'admitted' || presence === 'ended') setInRoom(true)
    else if (presence === 'waiting') setInRoom(false)
    if (presence === 'ended') setRoomEnded(true)
  }, [presence])

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

  const organization = waitingRoom?.organizationName ?? contact.name
  const devicesChecked = (checked: boolean) => {
    sessionStorage.setItem(devicesCheckedKey(), checked ? 'checked' : 'skipped')
    setStep('waiting')
  }

  /* let in (also when the page opens on a consultation that just ended): the room takes the whole screen */
  if (step === 'waiting' && (inRoom || roomEnded)) {
    return (
      <>
        <Head title={t('visit.open.title')} />
        {/* with the organization's "settings screen first", the check before waiting was that screen: not asked twice */}
        <ConsultationRoom base={`${window.location.pathname}/room`} mode="patient" devicesChecked={devicesCheckDone()} onEnded={() => setRoomEnded(true)} />
      </>
    )
  }

  return (
    <Paper withBorder p={{ base: 'md', sm: 'xl' }} radius="md" data-testid="visit-waiting-room" data-step={step}>
      <Head title={t('visit.open.title')} />
      <Stack>
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon size="xl" radius="xl" variant="light" color="teal" aria-hidden>
            <IconDoorEnter />
          </ThemeIcon>
          <Text fw={600} data-testid="visit-organization">
            {t('waiting_room.organization', { organization })}
          </Text>
        </Group>
        <Title order={1} size="h2">
          {appointment.name ? t('visit.open.welcome_named', { name: appointment.name }) : t('visit.open.welcome')}
        </Title>
        <Text>
          {appointment.handler
            ? t('visit.open.appointment_with', { ...when, handler: appointment.handler })
            : t('visit.appointment_at', when)}
        </Text>

        {step === 'disclaimer' && waitingRoom?.disclaimer && (
          <DisclaimerStep
            text={waitingRoom.disclaimer.text}
            organization={organization}
            onAccepted={() => setStep(firstStep(null))}
          />
        )}

        {step === 'devices' && <DevicesStep onDone={devicesChecked} />}

        {step === 'waiting' && (
          <>
            <PresenceStatus presence={presence} waitingFor={waitingFor} live={live} />
            {content?.text && <Text style={{ whiteSpace: 'pre-line' }}>{content.text}</Text>}
            {(content?.announcements ?? []).map((announcement) => (
              <Alert key={announcement.id} color="yellow" variant="light" role="status">
                {announcement.message}
              </Alert>
            ))}
            {waitingRoom?.explainer && <WaitingExplainer />}
            {waitingRoom && (
              /* with the chat off the patient cannot write, but still reads what the practice sends */
              <Stack
                gap="xs"
                component="section"
                aria-label={t('waiting_room.chat.title')}
                data-testid="waiting-chat"
                data-chat={waitingRoom.chat ? 'on' : 'off'}
              >
                {waitingRoom.chat && (
                  <Text fw={600} aria-hidden>
                    {t('waiting_room.chat.title')}
                  </Text>
                )}
                {/* read once the first check-in put this page on record (before it the messages are refused) */}
                {presence !== 'arriving' && (
                  <ChatPanel
                    base={`${window.location.pathname}/room`}
                    me={{ uid: waitingRoom.uid }}
                    version={chatVersion}
                    disabled={!waitingRoom.chat}
                  />
                )}
              </Stack>
            )}
            {waitingRoom?.iframeUrl && <OwnFrame url={waitingRoom.iframeUrl} organization={organization} />}
            <Text c="dimmed" size="sm">
              {t('visit.open.stay')}
            </Text>
            <Button variant="light" size="md" onClick={() => window.location.reload()}>
              {t('visit.open.refresh')}
            </Button>
          </>
        )}
      </Stack>
    </Paper>
  )
}
