import { Head, Link, useForm } from '@inertiajs/react'
import { Anchor, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { useT } from '~/lib/i18n'

export default function ForgotPassword() {
  const t = useT()
  const form = useForm({ email: '' })
  return (
    <Paper withBorder shadow="sm" p="xl" radius="md">
      <Head title={t('auth.forgot_title')} />
      <form
        onSubmit={(event) => {
          event.preventDefault()
          form.post('/forgot-password')
        }}
        noValidate
      >
        <Stack>
          <Title order={1} size="h2">
            {t('auth.forgot_title')}
          </Title>
          <Text c="dimmed">{t('auth.forgot_intro')}</Text>
          <TextInput
            label={t('auth.email')}
            type="email"
            name="email"
            autoComplete="username"
            required
            value={form.data.email}
            onChange={(event) => form.setData('email', event.currentTarget.value)}
            error={form.errors.email}
          />
          <Button type="submit" loading={form.processing}>
            {t('auth.send_link')}
          </Button>
          <Anchor component={Link} href="/login" size="sm" ta="center">
            {t('auth.back_to_login')}
          </Anchor>
        </Stack>
      </form>
    </Paper>
  )
}
