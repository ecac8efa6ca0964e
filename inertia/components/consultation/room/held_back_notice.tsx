import { useState } from 'react'
import { Alert, Button, Stack, Text } from '@mantine/core'
import { IconRefresh } from '@tabler/icons-react'
import { useT } from '~/lib/i18n'

/**
 * Not in the call yet, and why: six people are in already, or (an external
 * participant) the client has not joined yet. The page asks again by itself
 * every few seconds and as soon as someone leaves or the client arrives;
 * "Try again" asks now.
 */
export function HeldBackNotice({ status, onRetry }: { status: 'full' | 'waiting_for_client'; onRetry: () => Promise<void> }) {
  const t = useT()
  const [asking, setAsking] = useState(false)
  const retry = async () => {
    setAsking(true)
    try {
      await onRetry()
    } finally {
      setAsking(false)
    }
  }
  return (
    <Alert color="blue" variant="filled" maw={560} data-testid={`room-${status}`} style={{ pointerEvents: 'auto' }}>
      <Stack gap="sm">
        <Text size="sm" role="status">
          {t(`room.status.${status}`)}
        </Text>
        <Button variant="white" color="dark" leftSection={<IconRefresh aria-hidden size={18} />} loading={asking} onClick={retry} data-testid="room-retry">
          {t('room.retry')}
        </Button>
      </Stack>
    </Alert>
  )
}
