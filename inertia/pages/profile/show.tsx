import type { FormEvent } from 'react'
import { Head, router, useForm, usePage } from '@inertiajs/react'
import {
  Avatar,
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  Modal,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { IconTrash, IconUpload } from '@tabler/icons-react'
import { useI18n } from '~/lib/i18n'
import PasswordField from '~/components/password_field'
import type { SharedProps } from '~/types'

type Props = {
  departments: { id: number; name: string; color: string }[]
  locales: string[]
}

const AVATAR_MAX_BYTES = 5 * 1024 * 1024
const AVATAR_ACCEPT = 'image/png,image/jpeg,image/webp,image/gif'

type User = NonNullable<SharedProps['user']>

function DetailsCard({ user, locales }: { user: User; locales: string[] }) {
  const { t, locale } = useI18n()
  const form = useForm<{ fullName: string; phone: string; locale: string }>({
    fullName: String(user.fullName ?? ''),
    phone: String(user.phone ?? ''),
    locale: String(user.locale ?? locale),
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    form.put('/profile', { preserveScroll: true })
  }

  return (
    <Card withBorder component="section" aria-labelledby="profile-details-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h3" id="profile-details-title">
            {t('profile.details.title')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('profile.details.full_name')}
              name="fullName"
              autoComplete="name"
              required
              value={form.data.fullName}
              onChange={(event) => form.setData('fullName', event.currentTarget.value)}
              error={form.errors.fullName}
            />
            <TextInput
              label={t('profile.details.email')}
              description={t('profile.details.email_help')}
              type="email"
              value={user.email}
              readOnly
              variant="filled"
            />
            <TextInput
              label={t('profile.details.phone')}
              description={t('profile.details.phone_help')}
              name="phone"
              type="tel"
              autoComplete="tel"
              value={form.data.phone}
              onChange={(event) => form.setData('phone', event.currentTarget.value)}
              error={form.errors.phone}
            />
            <Select
              label={t('profile.details.language')}
              description={t('profile.details.language_help')}
              name="locale"
              required
              allowDeselect={false}
              data={locales.map((code) => ({ value: code, label: t(`common.languages.${code}`) }))}
              renderOption={({ option }) => <span lang={option.value}>{option.label}</span>}
              value={form.data.locale}
              onChange={(value) => value && form.setData('locale', value)}
              error={form.errors.locale}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={form.processing}>
              {t('profile.details.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  )
}

function PasswordCard({ email }: { email: string }) {
  const { t } = useI18n()
  const form = useForm({ currentPassword: '', password: '', password_confirmation: '' })

  function submit(event: FormEvent) {
    event.preventDefault()
    form.put('/profile/password', {
      preserveScroll: true,
      onSuccess: () => form.reset(),
      onError: () => form.reset('password', 'password_confirmation'),
    })
  }

  return (
    <Card withBorder component="section" aria-labelledby="profile-password-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <div>
            <Title order={2} size="h3" id="profile-password-title">
              {t('profile.password.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('profile.password.description')}
            </Text>
          </div>
          {/* Lets password managers file the new password under the right account */}
          <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
          <PasswordField
            label={t('profile.password.current')}
            name="currentPassword"
            autoComplete="current-password"
            required
            maw={420}
            value={form.data.currentPassword}
            onChange={(event) => form.setData('currentPassword', event.currentTarget.value)}
            error={form.errors.currentPassword}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <PasswordField
              label={t('profile.password.new')}
              description={t('profile.password.new_help')}
              name="password"
              autoComplete="new-password"
              required
              value={form.data.password}
              onChange={(event) => form.setData('password', event.currentTarget.value)}
              error={form.errors.password}
            />
            <PasswordField
              label={t('profile.password.confirm')}
              name="password_confirmation"
              autoComplete="new-password"
              required
              value={form.data.password_confirmation}
              onChange={(event) => form.setData('password_confirmation', event.currentTarget.value)}
              error={form.errors.password_confirmation}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={form.processing}>
              {t('profile.password.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  )
}

function PhotoCard({ user }: { user: User }) {
  const { t } = useI18n()
  const form = useForm<{ avatar: File | null }>({ avatar: null })
  const [confirmOpened, confirm] = useDisclosure(false)
  const [removing, setRemoving] = useDisclosure(false)

  function choose(file: File | null) {
    form.setData('avatar', file)
    if (file && file.size > AVATAR_MAX_BYTES) form.setError('avatar', t('profile.photo.too_large'))
    else form.clearErrors('avatar')
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!form.data.avatar || form.data.avatar.size > AVATAR_MAX_BYTES) return
    form.post('/profile/avatar', {
      forceFormData: true,
      preserveScroll: true,
      onSuccess: () => form.reset(),
    })
  }

  function remove() {
    router.delete('/profile/avatar', {
      preserveScroll: true,
      onStart: setRemoving.open,
      onFinish: () => {
        setRemoving.close()
        confirm.close()
      },
      onSuccess: () => notifications.show({ color: 'green', message: t('profile.photo.removed') }),
    })
  }

  return (
    <Card withBorder component="section" aria-labelledby="profile-photo-title">
      <Stack>
        <div>
          <Title order={2} size="h3" id="profile-photo-title">
            {t('profile.photo.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('profile.photo.description')}
          </Text>
        </div>
        <Group align="center" gap="lg" wrap="wrap">
          <Avatar
            src={user.avatarUrl}
            alt={user.avatarUrl ? t('profile.photo.current_alt', { name: user.fullName }) : undefined}
            size={80}
            radius="xl"
            color="blue"
          >
            {user.initials}
          </Avatar>
          <form onSubmit={submit} noValidate style={{ flex: 1, minWidth: 260 }}>
            <Stack gap="xs">
              <Group align="flex-end" wrap="wrap">
                <FileInput
                  style={{ flex: 1, minWidth: 220 }}
                  label={user.avatarUrl ? t('profile.photo.replace_label') : t('profile.photo.upload_label')}
                  description={t('profile.photo.hint')}
                  placeholder={t('profile.photo.choose')}
                  accept={AVATAR_ACCEPT}
                  name="avatar"
                  clearable
                  leftSection={<IconUpload size={16} aria-hidden />}
                  value={form.data.avatar}
                  onChange={choose}
                  error={form.errors.avatar}
                />
                <Button type="submit" loading={form.processing} disabled={!form.data.avatar}>
                  {t('profile.photo.upload')}
                </Button>
              </Group>
              {form.progress && (
                <Progress value={form.progress.percentage ?? 0} aria-label={t('profile.photo.uploading')} size="sm" animated />
              )}
            </Stack>
          </form>
        </Group>
        {user.avatarUrl && (
          <Group>
            <Button variant="subtle" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={confirm.open}>
              {t('profile.photo.remove')}
            </Button>
          </Group>
        )}
      </Stack>
      <Modal opened={confirmOpened} onClose={confirm.close} title={t('profile.photo.remove_title')} centered>
        <Stack>
          <Text>{t('profile.photo.remove_text')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={remove} loading={removing}>
              {t('profile.photo.remove_confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  )
}

/** "My profile": name, phone, language, password and photo of the logged-in employee */
export default function ProfileShow({ departments, locales }: Props) {
  const { t } = useI18n()
  const { user } = usePage<SharedProps>().props
  if (!user) return null

  return (
    <Stack maw={900} gap="lg">
      <Head title={t('profile.title')} />
      <div>
        <Title order={1}>{t('profile.title')}</Title>
        <Text c="dimmed">{t('profile.intro')}</Text>
      </div>

      <Card withBorder component="section" aria-labelledby="profile-role-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="profile-role-title">
            {t('profile.role.title')}
          </Title>
          <Group gap="xs" align="center">
            <Text size="sm" fw={500}>
              {t('profile.role.role')}
            </Text>
            <Badge variant="light" data-testid="profile-role">
              {t(`common.roles.${user.role}`)}
            </Badge>
          </Group>
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('profile.role.departments')}
            </Text>
            {departments.length === 0 ? (
              <Text size="sm" c="dimmed">
                {user.role === 'org_admin' ? t('profile.role.no_departments_admin') : t('profile.role.no_departments')}
              </Text>
            ) : (
              <Group gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                {departments.map((department) => (
                  <li key={department.id}>
                    <Badge variant="dot" color={department.color} size="lg" tt="none">
                      {department.name}
                    </Badge>
                  </li>
                ))}
              </Group>
            )}
          </div>
          <Text size="xs" c="dimmed">
            {t('profile.role.help')}
          </Text>
        </Stack>
      </Card>

      <DetailsCard user={user} locales={locales} />
      <PhotoCard user={user} />
      <PasswordCard email={user.email} />
    </Stack>
  )
}
