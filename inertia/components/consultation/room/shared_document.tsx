import { useEffect, useState, type CSSProperties, type FormEvent } from 'react'
import { Anchor, Button, Group, Modal, Paper, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconExternalLink, IconFileText } from '@tabler/icons-react'
import { useT } from '~/lib/i18n'
import { xsrfToken } from '~/lib/xsrf'

/** The longest address the server accepts (SHARED_DOCUMENT_MAX_LENGTH) */
const MAX_LENGTH = 2000

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return ''
  }
}

/**
 * The shared-document link (PRODUCT.md 4.4), as everyone in the room sees it:
 * labelled, with the site it leads to, opening in a new tab. Announced to
 * screen readers when it appears or changes.
 */
export function SharedDocumentLink({ url }: { url: string | null }) {
  const t = useT()
  return (
    <div role="status" aria-live="polite">
      {url && (
        <Paper radius="md" px="sm" py={6} bg="dark.6" data-testid="room-shared-document">
          <Group gap="xs" wrap="nowrap">
            <IconFileText size={18} aria-hidden style={{ flexShrink: 0 }} />
            <Text size="sm" c="gray.3" style={{ flexShrink: 0 }}>
              {t('room_document.label')}:
            </Text>
            <Anchor
              href={url}
              target="_blank"
              rel="noopener noreferrer"
              c="white"
              fw={600}
              size="sm"
              underline="always"
              truncate
              data-testid="room-shared-document-link"
            >
              {t('room_document.open')}
              {hostOf(url) && ` (${hostOf(url)})`}
              <IconExternalLink size={14} aria-hidden style={{ marginLeft: 4, verticalAlign: 'middle' }} />
              <VisuallyHidden> {t('room_document.new_tab')}</VisuallyHidden>
            </Anchor>
          </Group>
        </Paper>
      )}
    </div>
  )
}

/** Staff: set or clear the room's shared-document link (PUT / DELETE <base>/shared-document) */
export function SharedDocumentModal({
  base,
  opened,
  onClose,
  current,
  onChanged,
}: {
  base: string
  opened: boolean
  onClose: () => void
  current: string | null
  onChanged: () => void
}) {
  const t = useT()
  const [value, setValue] = useState(current ?? '')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState<'save' | 'clear' | null>(null)
  const closeButtonProps = { 'aria-label': t('common.close') }

  useEffect(() => {
    if (!opened) return
    setValue(current ?? '')
    setError(null)
  }, [opened, current])

  const send = async (method: 'PUT' | 'DELETE') => {
    setBusy(method === 'PUT' ? 'save' : 'clear')
    try {
      const response = await fetch(`${base}/shared-document`, {
        method,
        credentials: 'same-origin',
        headers: { 'Accept': 'application/json', 'Content-Type': 'application/json', 'X-XSRF-TOKEN': xsrfToken() },
        body: method === 'PUT' ? JSON.stringify({ url: value.trim() }) : undefined,
      })
      if (response.status === 422) {
        const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[] }
        setError(body.errors?.[0]?.message ?? t('room_document.errors.invalid'))
        return
      }
      if (!response.ok) throw new Error(`shared document: ${response.status}`)
      notifications.show({ color: 'green', message: t(method === 'PUT' ? 'room_document.saved' : 'room_document.cleared'), closeButtonProps })
      onChanged()
      onClose()
    } catch {
      notifications.show({ color: 'red', message: t('room_document.failed'), closeButtonProps })
    } finally {
      setBusy(null)
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    /* an empty field is said at once; whether the address is acceptable, the server says (in the user's language) */
    if (!value.trim()) return setError(t('room_document.errors.required'))
    send('PUT')
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('room_document.title')} closeButtonProps={closeButtonProps} data-testid="room-shared-document-modal">
      {/* the error in a red dark enough to read (WCAG 1.4.3; Mantine's default red is too light on white) */}
      <form onSubmit={submit} noValidate style={{ '--mantine-color-error': 'var(--mantine-color-red-9)' } as CSSProperties}>
        <Stack gap="md">
          <Text size="sm">{t('room_document.intro')}</Text>
          <TextInput
            type="url"
            inputMode="url"
            autoComplete="off"
            label={t('room_document.field')}
            placeholder={t('room_document.placeholder')}
            value={value}
            onChange={(event) => {
              setValue(event.currentTarget.value)
              if (error) setError(null)
            }}
            error={error}
            errorProps={{ role: 'alert', 'data-testid': 'room-shared-document-error' }}
            maxLength={MAX_LENGTH}
            data-autofocus
            data-testid="room-shared-document-input"
          />
          <Group justify="space-between" gap="sm">
            {current ? (
              <Button variant="subtle" color="red" onClick={() => send('DELETE')} loading={busy === 'clear'} disabled={busy !== null} data-testid="room-shared-document-clear">
                {t('room_document.clear')}
              </Button>
            ) : (
              <span />
            )}
            <Group gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('room_document.cancel')}
              </Button>
              <Button type="submit" loading={busy === 'save'} disabled={busy !== null} data-testid="room-shared-document-save">
                {t('room_document.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
