import { Head, useForm, usePage } from '@inertiajs/react'
import { Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { useT } from '~/lib/i18n'
import type { SharedProps } from '~/types'

export default function PlatformHome() {
  const t = useT()
  const { appName } = usePage<SharedProps>().props
  const form = useForm({ slug: '' })
  const domain = typeof window === 'undefined' ? '' : window.location.hostname
  return (
    <Stack>
      <Head title={appName} />
      <Title order={1} ta="center">{t('platform.title')}</Title>
      <Text ta="center" c="dimmed">{t('platform.intro')}</Text>
      <Paper withBorder p="xl" radius="md">
        <form
          onSubmit={(event) => {
            event.preventDefault()
            form.post('/find-organization')
          }}
        >
          <Stack>
            <Title order={2} size="h4">{t('platform.find_title')}</Title>
            <TextInput
              label={t('platform.find_label')}
              description={t('platform.find_hint', { domain })}
              name="slug"
              required
              value={form.data.slug}
              onChange={(event) => form.setData('slug', event.currentTarget.value)}
              error={form.errors.slug}
            />
            <Button type="submit" loading={form.processing}>{t('platform.find_action')}</Button>
          </Stack>
        </form>
      </Paper>
    </Stack>
  )
}
