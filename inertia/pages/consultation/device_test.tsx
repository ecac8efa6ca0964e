import { useState } from 'react'
import { Head } from '@inertiajs/react'
import { Alert, Divider, Paper, Stack, Text, Title } from '@mantine/core'
import { IconCircleCheck } from '@tabler/icons-react'
import { useT } from '~/lib/i18n'
import DeviceCheck from '~/components/consultation/device_check'
import { stopStream } from '~/components/consultation/media_devices'
import ConnectionCheck from '~/components/consultation/connection_check'
import { probeMediaServer } from '~/components/consultation/media_server_probe'

/**
 * The network & hardware test (PRODUCT §4.9), open before logging in on an
 * organization's subdomain and on the platform domain. Nothing is sent
 * anywhere except the connection probes to the app itself and, on an
 * organization's host, a test picture through the media server and back.
 */
type Props = {
  /** the organization's host has the media server's relay; the platform domain does not */
  mediaCheck: boolean
}

export default function DeviceTest({ mediaCheck }: Props) {
  const t = useT()
  const [ready, setReady] = useState(false)
  return (
    <>
      <Head title={t('devices.page.title')} />
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <Stack gap="lg">
          <Title order={1} size="h2">
            {t('devices.page.title')}
          </Title>
          <Text>{t('devices.page.intro')}</Text>
          <DeviceCheck
            onReady={({ stream }) => {
              /* this page only tests: the camera and microphone go off once the user is done */
              stopStream(stream)
              setReady(true)
            }}
          />
          {ready && (
            <Alert color="green" variant="outline" icon={<IconCircleCheck aria-hidden />} role="status" data-testid="devices-ready">
              <Text c="dark.9">{t('devices.page.ready')}</Text>
            </Alert>
          )}
          <Divider />
          <ConnectionCheck mediaServerCheck={mediaCheck ? probeMediaServer : undefined} />
        </Stack>
      </Paper>
    </>
  )
}
