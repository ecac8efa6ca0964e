import { useCallback, useId, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { ActionIcon, Alert, Badge, Box, Group, Paper, Stack, Text, Textarea, Tooltip, VisuallyHidden } from '@mantine/core'
import { IconSend } from '@tabler/icons-react'
import { useI18n } from '~/lib/i18n'
import { postJson } from '~/lib/xsrf'
import { usePolledJson } from '~/lib/use_polled_json'
import classes from './chat_panel.module.css'

/** One message as GET <base>/messages gives it (RoomChat.list on the server) */
export type ChatMessage = {
  id: number
  uid: string
  name: string
  role: string
  isStaff: boolean
  body: string
  mine: boolean
  direct: boolean
  createdAt: string
}

/** The server's limit (MESSAGE_MAX_LENGTH) */
export const MESSAGE_MAX_LENGTH = 2000
/* the counter appears when a message gets close to the limit */
const COUNTER_FROM = 1800
/** The fallback when a real-time ping does not arrive */
const POLL_MS = 20_000

type ChatAnswer = { messages: ChatMessage[]; canPost: boolean }

/**
 * The messages of a consultation for this member, refetched whenever
 * `version` changes (a 'messages' ping on the room's channel) and every 20 s.
 */
export function useChatMessages(base: string, version: number) {
  const { data, setData, failed, refresh } = usePolledJson<ChatAnswer>(`${base}/messages`, { intervalMs: POLL_MS, version })
  /** A message this page just sent, shown at once (the next fetch has it too) */
  const addMessage = useCallback(
    (message: ChatMessage) =>
      setData((answer) => (answer && !answer.messages.some((m) => m.id === message.id) ? { ...answer, messages: [...answer.messages, message] } : answer)),
    [setData]
  )
  return { messages: data?.messages ?? null, addMessage, canPost: data?.canPost ?? false, failed, refresh }
}

/** What went wrong with a send, in the reader's language */
async function sendError(response: Response, t: (key: string, values?: Record<string, unknown>) => string) {
  if (response.status === 429) return t('room_chat.errors.too_many_requests')
  try {
    const body = (await response.json()) as { message?: string; errors?: { message?: string }[] }
    return body.errors?.[0]?.message ?? body.message ?? t('room_chat.send_failed')
  } catch {
    return t('room_chat.send_failed')
  }
}

function MessageItem({ message, time }: { message: ChatMessage; time: string }) {
  const { t } = useI18n()
  return (
    <Box
      component="li"
      data-testid="chat-message"
      data-mine={message.mine || undefined}
      style={{ display: 'flex', justifyContent: message.mine ? 'flex-end' : 'flex-start' }}
    >
      <Paper
        radius="md"
        px="sm"
        py={6}
        maw="85%"
        bg={message.mine ? 'blue.0' : 'gray.0'}
        withBorder
        style={{ borderColor: message.direct ? 'var(--mantine-color-orange-5)' : undefined }}
      >
        <Group gap={6} wrap="wrap" mb={2}>
          <Text size="xs" fw={700} c="dark.6" data-testid="chat-sender">
            {message.mine ? t('room_chat.you') : message.name}
          </Text>
          {message.isStaff && !message.mine && (
            <Badge size="xs" variant="light" color="blue" tt="none">
              {t('room_chat.staff_badge')}
            </Badge>
          )}
          {message.direct && (
            <Badge size="xs" variant="light" color="orange" tt="none">
              {message.mine ? t('room_chat.direct_staff') : t('room_chat.direct')}
            </Badge>
          )}
          <Text size="xs" c="dark.4" component="time" dateTime={message.createdAt}>
            {time}
          </Text>
        </Group>
        <Text size="sm" c="dark.9" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="chat-body">
          {message.body}
        </Text>
      </Paper>
    </Box>
  )
}

/**
 * The consultation's chat: the messages with sender and time (a log that
 * screen readers announce as messages arrive), and a box to write in (Enter
 * sends, Shift+Enter starts a new line). `disabled` (and a server that says
 * this member may not write, e.g. waiting where waiting-room chat is off)
 * leaves the messages readable.
 */
export function ChatPanel(props: { base: string; me: { uid: string }; version: number; disabled?: boolean }) {
  const { base, me, version, disabled } = props
  const { t, locale } = useI18n()
  const { messages, addMessage, canPost, failed } = useChatMessages(base, version)
  const [draft, setDraft] = useState('')
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const listRef = useRef<HTMLDivElement>(null)
  const stickToBottom = useRef(true)
  const writable = canPost && !disabled
  const helpId = useId()
  const errorId = useId()

  const timeFormat = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

  /* keep the newest message in view, unless the reader scrolled up to read back */
  useLayoutEffect(() => {
    const list = listRef.current
    if (list && stickToBottom.current) list.scrollTop = list.scrollHeight
  }, [messages])

  const onScroll = () => {
    const list = listRef.current
    if (list) stickToBottom.current = list.scrollHeight - list.scrollTop - list.clientHeight < 40
  }

  const send = async (event?: FormEvent) => {
    event?.preventDefault()
    const body = draft.trim()
    if (sending || !writable) return
    if (!body) {
      setError(t('room_chat.errors.empty'))
      return
    }
    if (body.length > MESSAGE_MAX_LENGTH) {
      setError(t('room_chat.errors.too_long', { max: MESSAGE_MAX_LENGTH }))
      return
    }
    setSending(true)
    setError(null)
    try {
      const response = await postJson(`${base}/messages`, { body })
      if (!response.ok) {
        setError(await sendError(response, t))
        return
      }
      const { message } = (await response.json()) as { message: ChatMessage }
      setDraft('')
      stickToBottom.current = true
      addMessage(message)
    } catch {
      setError(t('room_chat.send_failed'))
    } finally {
      setSending(false)
    }
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    /* Enter sends; Shift+Enter is a new line; a composition (IME) in progress is left alone */
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault()
      send()
    }
  }

  return (
    /* the page's text colour, also where the panel sits inside the dark room */
    <Stack gap="sm" h="100%" mih={0} c="var(--mantine-color-text)" data-testid="chat-panel" data-uid={me.uid}>
      <VisuallyHidden component="h2">{t('room_chat.title')}</VisuallyHidden>
      {failed && (
        <Text size="sm" c="red.9" role="status">
          {t('room_chat.load_failed')}
        </Text>
      )}
      <Box
        ref={listRef}
        onScroll={onScroll}
        /* scrolls by itself, so the box to write in stays in view under the newest message */
        style={{ flex: 1, minHeight: 48, maxHeight: '60dvh', overflowY: 'auto' }}
        /* reachable by keyboard to scroll back */
        tabIndex={0}
        role="log"
        aria-live="polite"
        aria-relevant="additions"
        aria-label={t('room_chat.log_label')}
      >
        {messages && messages.length === 0 && (
          <Text size="sm" c="dark.4" data-testid="chat-empty">
            {t('room_chat.empty')}
          </Text>
        )}
        <Stack
          component="ol"
          gap={6}
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
        >
          {messages?.map((message) => (
            <MessageItem key={message.id} message={message} time={timeFormat.format(new Date(message.createdAt))} />
          ))}
        </Stack>
      </Box>

      {writable ? (
        <form onSubmit={send} noValidate>
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <Textarea
              style={{ flex: 1 }}
              aria-label={t('room_chat.input_label')}
              aria-describedby={`${helpId}${error ? ` ${errorId}` : ''}`}
              aria-invalid={error ? true : undefined}
              placeholder={t('room_chat.input_placeholder')}
              value={draft}
              onChange={(event) => {
                setDraft(event.currentTarget.value)
                if (error) setError(null)
              }}
              onKeyDown={onKeyDown}
              autosize
              minRows={1}
              maxRows={5}
              /* 16px keeps phones from zooming into the field */
              styles={{ input: { fontSize: 16 } }}
              classNames={{ input: classes.input }}
              data-testid="chat-input"
            />
            <Tooltip label={t('room_chat.send')}>
              <ActionIcon
                type="submit"
                size={42}
                radius="md"
                loading={sending}
                aria-label={sending ? t('room_chat.sending') : t('room_chat.send')}
                data-testid="chat-send"
              >
                <IconSend size={20} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
          <Group justify="space-between" gap="xs" mt={4} wrap="nowrap" align="flex-start">
            <Text size="xs" c="dark.4" id={helpId}>
              {t('room_chat.input_help')}
            </Text>
            {draft.length >= COUNTER_FROM && (
              <Text size="xs" c={draft.trim().length > MESSAGE_MAX_LENGTH ? 'red.9' : 'dark.4'} style={{ whiteSpace: 'nowrap' }}>
                {t('room_chat.counter', { count: draft.trim().length, max: MESSAGE_MAX_LENGTH })}
              </Text>
            )}
          </Group>
          <Text size="sm" c="red.9" id={errorId} role="alert" data-testid="chat-error">
            {error}
          </Text>
        </form>
      ) : (
        messages && (
          <Alert variant="light" color="gray" data-testid="chat-read-only">
            {t('room_chat.read_only')}
          </Alert>
        )
      )}
    </Stack>
  )
}
