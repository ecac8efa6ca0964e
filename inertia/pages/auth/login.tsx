import { Head, Link, useForm, usePage } from '@inertiajs/react'
import { Anchor, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { useT } from '~/lib/i18n'
import PasswordField from '~/components/password_field'
import type { SharedProps } from '~/types'

export default function Login() {
  const t = useT()
  const { organization } = usePage<SharedProps>().props
  const form = useForm({ email: '', password: '' })

  return (
    <Paper withBorder shadow="sm" p="xl" radius="md">
      <Head title={t('auth.login_title')} />
      <form
        onSubmit={(event) => {
          event.preventDefault()
          form.post('/login', { onFinish: () => form.reset('password') })
        }}
        noValidate
      >
        <Stack>
          <Title order={1} size="h2">
            {t('auth.login_title')}
          </Title>
          <Text c="dimmed">
            {organization ? t('auth.login_intro', { organization: organization.name }) : t('auth.login_intro_platform')}
          </Text>
          <TextInput
            label={t('auth.email')}
            name="email"
            type="email"
            autoComplete="username"
            required
            autoFocus
            value={form.data.email}
            onChange={(event) => form.setData('email', event.currentTarget.value)}
            error={form.errors.email}
          />
          <PasswordField
            label={t('auth.password')}
            name="password"
            autoComplete="current-password"
            required
            value={form.data.password}
            onChange={(event) => form.setData('password', event.currentTarget.value)}
            error={form.errors.password}
          />
          <Button type="submit" loading={form.processing} fullWidth size="md">
            {t('auth.login')}
          </Button>
          {organization && (
            <Anchor component={Link} href="/forgot-password" size="sm" ta="center">
              {t('auth.forgot_password')}
            </Anchor>
          )}
        </Stack>
      </form>
    </Paper>
  )
}
