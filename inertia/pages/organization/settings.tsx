import type { FormEvent, ReactNode } from 'react'
import { Head, router, useForm } from '@inertiajs/react'
import {
  Alert,
  Box,
  Button,
  Card,
  Code,
  CopyButton,
  FileInput,
  Group,
  Image,
  Modal,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle, IconCheck, IconCopy, IconKey, IconPhoto, IconTrash, IconUpload } from '@tabler/icons-react'
import type { Data } from '@generated/data'
import { useI18n } from '~/lib/i18n'
import { BackgroundImagesCard } from '~/components/consultation/effects/background_images_card'

type Props = {
  /* named apart from the shared `organization` prop, which it extends */
  settings: Data.Organization.Variants['forSettings']
  timezones: string[]
  locales: string[]
  logoBox: { width: number; height: number }
  newApiKey: string | null
}

type DetailsForm = {
  name: string
  contactEmail: string
  contactPhone: string
  address: string
  website: string
  addressFormNl: string
  addressFormEn: string
  addressFormDe: string
  timezone: string
  defaultLocale: string
}

/** A confirmation dialog that names what is about to be destroyed */
function ConfirmModal(props: {
  opened: boolean
  onClose: () => void
  title: string
  children: ReactNode
  confirmLabel: string
  onConfirm: () => void
  loading?: boolean
}) {
  const { t } = useI18n()
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} centered>
      <Stack>
        {props.children}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={props.onConfirm} loading={props.loading}>
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}

function DetailsCard({ settings: organization, timezones, locales }: Pick<Props, 'settings' | 'timezones' | 'locales'>) {
  const { t } = useI18n()
  const form = useForm<DetailsForm>({
    name: organization.name ?? '',
    contactEmail: organization.contactEmail ?? '',
    contactPhone: organization.contactPhone ?? '',
    address: organization.address ?? '',
    website: organization.website ?? '',
    addressFormNl: organization.addressFormNl ?? '',
    addressFormEn: organization.addressFormEn ?? '',
    addressFormDe: organization.addressFormDe ?? '',
    timezone: organization.timezone,
    defaultLocale: organization.defaultLocale,
  })

  const text = (field: Exclude<keyof DetailsForm, 'timezone' | 'defaultLocale'>) => ({
    value: form.data[field],
    onChange: (event: { currentTarget: { value: string } }) => form.setData(field, event.currentTarget.value),
    error: form.errors[field],
    name: field,
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    form.put('/organization/settings', { preserveScroll: true })
  }

  return (
    <Card withBorder component="section" aria-labelledby="details-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <div>
            <Title order={2} size="h3" id="details-title">
              {t('organization.details.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('organization.details.description')}
            </Text>
          </div>
          <TextInput label={t('organization.details.name')} required autoComplete="organization" {...text('name')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="email"
              label={t('organization.details.contact_email')}
              description={t('organization.details.contact_email_help')}
              autoComplete="email"
              {...text('contactEmail')}
            />
            <TextInput
              type="tel"
              label={t('organization.details.contact_phone')}
              description={t('organization.details.contact_phone_help')}
              autoComplete="tel"
              {...text('contactPhone')}
            />
          </SimpleGrid>
          <Textarea
            label={t('organization.details.address')}
            autosize
            minRows={2}
            maxRows={5}
            autoComplete="street-address"
            {...text('address')}
          />
          <TextInput
            type="url"
            label={t('organization.details.website')}
            description={t('organization.details.website_help')}
            placeholder="https://"
            autoComplete="url"
            {...text('website')}
          />

          <Box component="fieldset" p={0} m={0} style={{ border: 0 }}>
            <Text component="legend" fw={500} size="sm" p={0}>
              {t('organization.details.address_forms')}
            </Text>
            <Text size="xs" c="dimmed" mb="xs">
              {t('organization.details.address_forms_help')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t('organization.details.address_form_nl')}
                description={t('organization.details.address_form_nl_example')}
                lang="nl"
                {...text('addressFormNl')}
              />
              <TextInput
                label={t('organization.details.address_form_en')}
                description={t('organization.details.address_form_en_example')}
                lang="en"
                {...text('addressFormEn')}
              />
              <TextInput
                label={t('organization.details.address_form_de')}
                description={t('organization.details.address_form_de_example')}
                lang="de"
                {...text('addressFormDe')}
              />
            </SimpleGrid>
          </Box>

          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('organization.details.timezone')}
              description={t('organization.details.timezone_help')}
              data={timezones}
              searchable
              allowDeselect={false}
              nothingFoundMessage={t('organization.details.timezone_not_found')}
              required
              name="timezone"
              value={form.data.timezone}
              onChange={(value) => value && form.setData('timezone', value)}
              error={form.errors.timezone}
            />
            <Select
              label={t('organization.details.default_locale')}
              description={t('organization.details.default_locale_help')}
              data={locales.map((locale) => ({ value: locale, label: t(`common.languages.${locale}`) }))}
              allowDeselect={false}
              required
              name="defaultLocale"
              value={form.data.defaultLocale}
              onChange={(value) => value && form.setData('defaultLocale', value)}
              error={form.errors.defaultLocale}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={form.processing}>
              {t('organization.details.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  )
}

function LogoCard({ settings: organization, logoBox }: Pick<Props, 'settings' | 'logoBox'>) {
  const { t } = useI18n()
  const form = useForm<{ logo: File | null }>({ logo: null })
  const [confirmOpened, confirm] = useDisclosure(false)
  const [removing, setRemoving] = useDisclosure(false)

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!form.data.logo) return
    form.post('/organization/logo', {
      forceFormData: true,
      preserveScroll: true,
      onSuccess: () => form.reset(),
    })
  }

  function remove() {
    router.delete('/organization/logo', {
      preserveScroll: true,
      onStart: setRemoving.open,
      onFinish: () => {
        setRemoving.close()
        confirm.close()
      },
      onSuccess: () => notifications.show({ color: 'green', message: t('organization.logo.removed') }),
    })
  }

  return (
    <Card withBorder component="section" aria-labelledby="logo-title">
      <Stack>
        <div>
          <Title order={2} size="h3" id="logo-title">
            {t('organization.logo.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('organization.logo.description')}
          </Text>
        </div>
        <Group align="center" gap="md">
          <Box
            w={logoBox.width + 16}
            h={logoBox.height + 16}
            p={8}
            style={{
              border: '1px dashed var(--mantine-color-default-border)',
              borderRadius: 'var(--mantine-radius-sm)',
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
            }}
          >
            {organization.logoUrl ? (
              <Image
                src={organization.logoUrl}
                alt={t('organization.logo.current_alt', { name: organization.name })}
                maw={logoBox.width}
                mah={logoBox.height}
                fit="contain"
              />
            ) : (
              <IconPhoto size={24} stroke={1.5} aria-hidden color="var(--mantine-color-dimmed)" />
            )}
          </Box>
          {!organization.logoUrl && (
            <Text size="sm" c="dimmed">
              {t('organization.logo.none')}
            </Text>
          )}
          {organization.logoUrl && (
            <Button variant="subtle" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={confirm.open}>
              {t('organization.logo.remove')}
            </Button>
          )}
        </Group>
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <Group align="flex-end" wrap="wrap">
              <FileInput
                style={{ flex: 1, minWidth: 240 }}
                label={organization.logoUrl ? t('organization.logo.replace_label') : t('organization.logo.upload_label')}
                description={t('organization.logo.hint', { width: logoBox.width, height: logoBox.height })}
                placeholder={t('organization.logo.choose')}
                accept="image/*"
                name="logo"
                clearable
                leftSection={<IconUpload size={16} aria-hidden />}
                value={form.data.logo}
                onChange={(file) => form.setData('logo', file)}
                error={form.errors.logo}
              />
              <Button type="submit" loading={form.processing} disabled={!form.data.logo}>
                {t('organization.logo.upload')}
              </Button>
            </Group>
            {form.progress && (
              <Progress
                value={form.progress.percentage ?? 0}
                aria-label={t('organization.logo.uploading')}
                size="sm"
                animated
              />
            )}
          </Stack>
        </form>
      </Stack>
      <ConfirmModal
        opened={confirmOpened}
        onClose={confirm.close}
        title={t('organization.logo.remove_title')}
        confirmLabel={t('organization.logo.remove_confirm')}
        onConfirm={remove}
        loading={removing}
      >
        <Text>{t('organization.logo.remove_text', { name: organization.name })}</Text>
      </ConfirmModal>
    </Card>
  )
}

function ApiKeyCard({ settings: organization, newApiKey }: Pick<Props, 'settings' | 'newApiKey'>) {
  const { t, locale } = useI18n()
  const [rotateOpened, rotateModal] = useDisclosure(false)
  const [revokeOpened, revokeModal] = useDisclosure(false)
  const [busy, setBusy] = useDisclosure(false)
  const hasKey = Boolean(organization.apiKeyPrefix)
  const prefix = `${organization.apiKeyPrefix ?? ''}…`
  const createdAt = organization.apiKeyCreatedAt
    ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(organization.apiKeyCreatedAt))
    : null

  function rotate() {
    router.post(
      '/organization/api-key',
      {},
      {
        preserveScroll: true,
        onStart: setBusy.open,
        onFinish: () => {
          setBusy.close()
          rotateModal.close()
        },
      }
    )
  }

  function revoke() {
    router.delete('/organization/api-key', {
      preserveScroll: true,
      onStart: setBusy.open,
      onFinish: () => {
        setBusy.close()
        revokeModal.close()
      },
    })
  }

  return (
    <Card withBorder component="section" aria-labelledby="api-key-title">
      <Stack>
        <div>
          <Title order={2} size="h3" id="api-key-title">
            {t('organization.api_key.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('organization.api_key.description')}
          </Text>
        </div>

        {newApiKey && (
          <Alert
            color="yellow"
            variant="light"
            icon={<IconAlertTriangle size={20} aria-hidden />}
            title={t('organization.api_key.new_title')}
            data-testid="new-api-key"
          >
            <Stack gap="xs">
              <Text size="sm">{t('organization.api_key.new_warning')}</Text>
              <Group gap="xs" wrap="nowrap" align="center">
                <Code block style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} aria-label={t('organization.api_key.new_label')}>
                  {newApiKey}
                </Code>
                <CopyButton value={newApiKey} timeout={3000}>
                  {({ copied, copy }) => (
                    <Button
                      variant={copied ? 'filled' : 'default'}
                      color={copied ? 'teal' : undefined}
                      leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                      onClick={copy}
                      aria-live="polite"
                    >
                      {copied ? t('organization.api_key.copied') : t('organization.api_key.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </Stack>
          </Alert>
        )}

        {hasKey ? (
          <Group gap="md" align="center">
            <IconKey size={20} aria-hidden />
            <div>
              <Text size="sm">
                {t('organization.api_key.current')} <Code>{prefix}</Code>
              </Text>
              {createdAt && (
                <Text size="xs" c="dimmed">
                  {t('organization.api_key.created_at', { date: createdAt })}
                </Text>
              )}
            </div>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('organization.api_key.none')}
          </Text>
        )}

        <Group>
          <Button
            leftSection={<IconKey size={16} aria-hidden />}
            onClick={hasKey ? rotateModal.open : rotate}
            loading={busy && !hasKey}
          >
            {t('organization.api_key.generate')}
          </Button>
          {hasKey && (
            <Button variant="subtle" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={revokeModal.open}>
              {t('organization.api_key.revoke')}
            </Button>
          )}
        </Group>
      </Stack>

      <ConfirmModal
        opened={rotateOpened}
        onClose={rotateModal.close}
        title={t('organization.api_key.rotate_title')}
        confirmLabel={t('organization.api_key.rotate_confirm')}
        onConfirm={rotate}
        loading={busy}
      >
        <Text>{t('organization.api_key.rotate_text', { prefix })}</Text>
      </ConfirmModal>
      <ConfirmModal
        opened={revokeOpened}
        onClose={revokeModal.close}
        title={t('organization.api_key.revoke_title')}
        confirmLabel={t('organization.api_key.revoke_confirm')}
        onConfirm={revoke}
        loading={busy}
      >
        <Text>{t('organization.api_key.revoke_text', { prefix })}</Text>
      </ConfirmModal>
    </Card>
  )
}

/** Organization settings (PRODUCT.md 1.7): details, logo, API key, package */
export default function OrganizationSettings({ settings: organization, timezones, locales, logoBox, newApiKey }: Props) {
  const { t } = useI18n()
  return (
    <Stack maw={900} gap="lg">
      <Head title={t('organization.title')} />
      <div>
        <Title order={1}>{t('organization.title')}</Title>
        <Text c="dimmed">{t('organization.intro')}</Text>
      </div>
      <DetailsCard settings={organization} timezones={timezones} locales={locales} />
      <LogoCard settings={organization} logoBox={logoBox} />
      <BackgroundImagesCard />
      <ApiKeyCard settings={organization} newApiKey={newApiKey} />
      <Card withBorder component="section" aria-labelledby="package-title">
        <Title order={2} size="h3" id="package-title">
          {t('organization.package.title')}
        </Title>
        <Text mt="xs" data-testid="max-users">
          {t('organization.package.max_users', { count: organization.maxUsers })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('organization.package.help')}
        </Text>
      </Card>
    </Stack>
  )
}
