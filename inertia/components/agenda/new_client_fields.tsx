import { Collapse, Paper, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core'
import { languageName, useT } from '~/lib/i18n'

export type NewClientData = {
  initials: string
  lastName: string
  dateOfBirth: string
  email: string
  clientNumber: string
  phone: string
  locale: string
}

export const EMPTY_NEW_CLIENT: NewClientData = {
  initials: '',
  lastName: '',
  dateOfBirth: '',
  email: '',
  clientNumber: '',
  phone: '',
  locale: '',
}

/* the languages the server's validator accepts for a client */
const CLIENT_LOCALES = ['en', 'nl', 'de', 'pl'] as const

/** What the server receives: optional fields left out when empty */
export function newClientPayload(data: NewClientData) {
  const trimmed = Object.fromEntries(Object.entries(data).map(([key, value]) => [key, value.trim()]))
  return {
    initials: trimmed.initials,
    lastName: trimmed.lastName,
    dateOfBirth: trimmed.dateOfBirth,
    email: trimmed.email,
    ...(trimmed.clientNumber ? { clientNumber: trimmed.clientNumber } : {}),
    ...(trimmed.phone ? { phone: trimmed.phone } : {}),
    ...(trimmed.locale ? { locale: trimmed.locale } : {}),
  }
}

type Props = {
  enabled: boolean
  onToggle: (enabled: boolean) => void
  value: NewClientData
  onChange: (field: keyof NewClientData, value: string) => void
  errors: Record<string, string | undefined>
}

/** A switch that reveals the fields of a client created together with the appointment */
export default function NewClientFields({ enabled, onToggle, value, onChange, errors }: Props) {
  const t = useT()
  const error = (field: keyof NewClientData) => errors[`newClient.${field}`]
  const today = new Date().toISOString().slice(0, 10)

  return (
    <Stack gap="xs">
      <Switch
        label={t('appointments_ui.new_client.toggle')}
        description={t('appointments_ui.new_client.toggle_help')}
        checked={enabled}
        onChange={(event) => onToggle(event.currentTarget.checked)}
        data-testid="new-client-toggle"
      />
      <Collapse expanded={enabled} transitionDuration={150}>
        {enabled && (
          <Paper withBorder p="md" radius="md" component="fieldset" style={{ margin: 0 }}>
            <Text component="legend" size="sm" fw={600} px={4}>
              {t('appointments_ui.new_client.legend')}
            </Text>
            {errors.newClient && (
              <Text size="sm" c="red.8" mb="xs" role="alert">
                {errors.newClient}
              </Text>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('appointments_ui.new_client.initials')}
                description={t('appointments_ui.new_client.initials_help')}
                required
                maxLength={20}
                autoComplete="off"
                value={value.initials}
                onChange={(event) => onChange('initials', event.currentTarget.value)}
                error={error('initials')}
                data-testid="new-client-initials"
              />
              <TextInput
                label={t('appointments_ui.new_client.last_name')}
                required
                maxLength={120}
                autoComplete="off"
                value={value.lastName}
                onChange={(event) => onChange('lastName', event.currentTarget.value)}
                error={error('lastName')}
                data-testid="new-client-last-name"
              />
              <TextInput
                type="date"
                label={t('appointments_ui.new_client.date_of_birth')}
                required
                max={today}
                value={value.dateOfBirth}
                onChange={(event) => onChange('dateOfBirth', event.currentTarget.value)}
                error={error('dateOfBirth')}
                data-testid="new-client-birth"
              />
              <TextInput
                type="email"
                label={t('appointments_ui.new_client.email')}
                description={t('appointments_ui.new_client.email_help')}
                required
                maxLength={254}
                autoComplete="off"
                value={value.email}
                onChange={(event) => onChange('email', event.currentTarget.value)}
                error={error('email')}
                data-testid="new-client-email"
              />
              <TextInput
                label={t('appointments_ui.new_client.client_number')}
                maxLength={64}
                autoComplete="off"
                value={value.clientNumber}
                onChange={(event) => onChange('clientNumber', event.currentTarget.value)}
                error={error('clientNumber')}
                data-testid="new-client-number"
              />
              <TextInput
                type="tel"
                label={t('appointments_ui.new_client.phone')}
                maxLength={40}
                autoComplete="off"
                value={value.phone}
                onChange={(event) => onChange('phone', event.currentTarget.value)}
                error={error('phone')}
                data-testid="new-client-phone"
              />
              <Select
                label={t('appointments_ui.new_client.locale')}
                description={t('appointments_ui.new_client.locale_help')}
                placeholder={t('appointments_ui.new_client.locale_default')}
                data={CLIENT_LOCALES.map((code) => ({ value: code, label: languageName(t, code) }))}
                value={value.locale || null}
                onChange={(locale) => onChange('locale', locale ?? '')}
                clearable
                error={error('locale')}
                data-testid="new-client-locale"
              />
            </SimpleGrid>
          </Paper>
        )}
      </Collapse>
    </Stack>
  )
}
