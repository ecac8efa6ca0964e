import type { ReactNode } from 'react'
import { usePage } from '@inertiajs/react'
import { Box, Center, Image, Stack, Text } from '@mantine/core'
import { I18nProvider } from '~/lib/i18n'
import FlashNotifications from '~/components/flash_notifications'
import type { SharedProps } from '~/types'

/** Login, password links, platform and error pages: one calm column, the organization's logo on top */
export default function PublicLayout({ children }: { children: ReactNode }) {
  const page = usePage<SharedProps>()
  const { locale, organization, appName } = page.props
  /* tables (support overview, dev outbox) need room; forms stay one narrow column */
  const wide = page.component === 'platform/support' || page.component === 'dev/outbox'
  return (
    <I18nProvider locale={locale}>
      <FlashNotifications />
      <Box component="main" id="main" bg="gray.0" mih="100vh" py="xl" px="md">
        <Center>
          <Stack w="100%" maw={wide ? 960 : 440} gap="lg">
            <Center>
              {organization?.logoUrl ? (
                <Image src={organization.logoUrl} alt={organization.name} maw={180} mah={50} fit="contain" />
              ) : (
                <Text fw={600} size="xl">
                  {organization?.name ?? appName}
                </Text>
              )}
            </Center>
            {children}
          </Stack>
        </Center>
      </Box>
    </I18nProvider>
  )
}
