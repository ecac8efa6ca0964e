import { Head } from '@inertiajs/react'
import { Alert, Stack, Text, Title } from '@mantine/core'
import { useT } from '~/lib/i18n'

type Props = { module: { key: string; name: string; description: string } }

/** Landing page of a switched-on module whose screens come in a later release */
export default function ModulePlaceholder({ module }: Props) {
  const t = useT()
  return (
    <Stack maw={720}>
      <Head title={module.name} />
      <Title order={1}>{module.name}</Title>
      <Text>{module.description}</Text>
      <Alert color="blue">{t('modules.placeholder')}</Alert>
    </Stack>
  )
}
