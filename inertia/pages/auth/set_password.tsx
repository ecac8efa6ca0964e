import { Head, useForm } from '@inertiajs/react'
import { Button, Paper, Stack, Text, Title } from '@mantine/core'
import { useT } from '~/lib/i18n'
import PasswordField from '~/components/password_field'

type Props = { token: string; purpose: 'invitation' | 'password_reset'; email: string; fullName: string }

/** Reached from the invitation or password-reset e-mail */
export default function SetPassword({ token, purpose, email, fullName }: Props) {
  const t = useT()
  const form = useForm({ password: '', password_confirmation: '' })
  const invitation = purpose === 'invitation'
  const title = invitation
    ? t('auth.set_password_title_invitation', { name: fullName })
    : t('auth.set_password_title_reset')

  return (
    <Paper withBorder shadow="sm" p="xl" radius="md">
      <Head title={title} />
      <form
        onSubmit={(event) => {
          event.preventDefault()
          form.post(`/password/${token}`, { onFinish: () => form.reset() })
        }}
        noValidate
      >
        <Stack>
          <Title order={1} size="h2">
            {title}
          </Title>
          <Text c="dimmed">
            {invitation ? t('auth.set_password_intro_invitation', { email }) : t('auth.set_password_intro_reset', { email })}
          </Text>
          <PasswordField
            label={t('auth.new_password')}
            description={t('auth.new_password_hint')}
            name="password"
            autoComplete="new-password"
            required
            value={form.data.password}
            onChange={(event) => form.setData('password', event.currentTarget.value)}
            error={form.errors.password}
          />
          <PasswordField
            label={t('auth.confirm_password')}
            name="password_confirmation"
            autoComplete="new-password"
            required
            value={form.data.password_confirmation}
            onChange={(event) => form.setData('password_confirmation', event.currentTarget.value)}
            error={form.errors.password_confirmation}
          />
          <Button type="submit" loading={form.processing} size="md">
            {t('auth.save_password')}
          </Button>
        </Stack>
      </form>
    </Paper>
  )
}
