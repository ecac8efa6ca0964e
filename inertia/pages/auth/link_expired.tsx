import { Head, Link } from '@inertiajs/react'
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core'
import { useT } from '~/lib/i18n'

export default function LinkExpired() {
  const t = useT()
  return (
    <Paper withBorder shadow="sm" p="xl" radius="md">
      <Head title={t('auth.link_expired_title')} />
      <Stack>
        <Title order={1} size="h2">
          {t('auth.link_expired_title')}
        </Title>
        <Text>{t('auth.link_expired_body')}</Text>
        <Anchor component={Link} href="/forgot-password">
          {t('auth.forgot_password')}
        </Anchor>
      </Stack>
    </Paper>
  )
}
