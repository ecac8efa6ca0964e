import { Head } from '@inertiajs/react'
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core'
import { useT } from '~/lib/i18n'

/** Shared body of the error pages */
export default function StatusPage({
  titleKey,
  bodyKey,
  values,
  homeHref = '/',
}: {
  titleKey: string
  bodyKey: string
  values?: Record<string, unknown>
  homeHref?: string
}) {
  const t = useT()
  return (
    <Paper withBorder p="xl" radius="md">
      <Head title={t(titleKey)} />
      <Stack>
        <Title order={1} size="h2">
          {t(titleKey)}
        </Title>
        <Text>{t(bodyKey, values)}</Text>
        <Anchor href={homeHref}>{t('errors.go_home')}</Anchor>
      </Stack>
    </Paper>
  )
}
