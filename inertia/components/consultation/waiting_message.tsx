import { useId, useState, type FormEvent } from 'react'
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconMessage } from '@tabler/icons-react'
import { useT } from '~/lib/i18n'
import { postJson } from '~/lib/xsrf'
import { MESSAGE_MAX_LENGTH } from '~/components/consultation/room/chat_panel'

/**
 * "Message" on a waiting list entry: a short note to the person waiting
 * ("I am running 10 minutes late"), which they read in the waiting room even
 * where waiting-room chat is off (POST /waiting-room/:id/message).
 */
export function WaitingMessageButton({ entry }: { entry: { id: number; name: string } }) {
  const t = useT()
  const [opened, setOpened] = useState(false)
  const [body, setBody] = useState('')
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const helpId = useId()

  const close = () => {
    setOpened(false)
    setError(null)
  }

  const send = async (event: FormEvent) => {
    event.preventDefault()
    const text = body.trim()
    if (!text) {
      setError(t('room_chat.errors.empty'))
      return
    }
    if (text.length > MESSAGE_MAX_LENGTH) {
      setError(t('room_chat.errors.too_long', { max: MESSAGE_MAX_LENGTH }))
      return
    }
    setSending(true)
    try {
      const response = await postJson(`/waiting-room/${entry.id}/message`, { body: text })
      if (response.ok) {
        notifications.show({
          color: 'green',
          message: t('room_chat.waiting_message.sent', { name: entry.name }),
          closeButtonProps: { 'aria-label': t('common.close') },
        })
        setBody('')
        close()
      } else if (response.status === 422) {
        const answer = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null
        setError(answer?.errors?.[0]?.message ?? t('room_chat.send_failed'))
      } else if (response.status === 429) {
        setError(t('room_chat.errors.too_many_requests'))
      } else {
        setError(t('room_chat.waiting_message.failed', { name: entry.name }))
      }
    } catch {
      setError(t('room_chat.send_failed'))
    } finally {
      setSending(false)
    }
  }

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconMessage size={16} aria-hidden />}
        onClick={() => setOpened(true)}
        aria-label={t('room_chat.waiting_message.action_label', { name: entry.name })}
        data-testid="waiting-message"
      >
        {t('room_chat.waiting_message.action')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('room_chat.waiting_message.title', { name: entry.name })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        centered
      >
        <form onSubmit={send} noValidate>
          <Stack gap="sm">
            <Text size="sm" id={helpId}>
              {t('room_chat.waiting_message.help', { name: entry.name })}
            </Text>
            <Textarea
              label={t('room_chat.input_label')}
              aria-describedby={helpId}
              value={body}
              onChange={(event) => {
                setBody(event.currentTarget.value)
                setError(null)
              }}
              autosize
              minRows={3}
              maxRows={8}
              error={error}
              data-autofocus
              styles={{ input: { fontSize: 16 } }}
              data-testid="waiting-message-input"
            />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={close}>
                {t('room_chat.waiting_message.cancel')}
              </Button>
              <Button type="submit" loading={sending} data-testid="waiting-message-send">
                {t('room_chat.waiting_message.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  )
}
