import { useMemo, type FormEvent } from 'react'
import { Head, useForm } from '@inertiajs/react'
import {
  Alert,
  Box,
  Button,
  Card,
  Group,
  Input,
  Modal,
  NumberInput,
  Paper,
  SegmentedControl,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useI18n } from '~/lib/i18n'

type SettingValue = boolean | number | string | null

type Setting = {
  key: string
  type: 'boolean' | 'integer' | 'url' | 'text' | 'choice'
  default: SettingValue
  options: string[] | null
  min?: number
  max?: number
  maxLength?: number
  requires?: string
}

type Props = {
  groups: { key: string; settings: Setting[] }[]
  values: Record<string, SettingValue>
}

/** Anonymization destroys data for good: saving it switched on (or sooner) asks first */
const ANONYMIZE = 'anonymize_appointments'
const ANONYMIZE_DAYS = 'anonymize_after_days'

/** What the server expects: numbers as numbers, blank text as null */
function normalize(settings: Setting[], data: Record<string, SettingValue>) {
  const out: Record<string, SettingValue> = {}
  for (const setting of settings) {
    const value = data[setting.key]
    switch (setting.type) {
      case 'boolean':
        out[setting.key] = value === true
        break
      case 'integer':
        out[setting.key] = value === '' || value === null || value === undefined ? null : Number(value)
        break
      case 'url':
      case 'text':
        out[setting.key] = typeof value === 'string' && value.trim() !== '' ? value : null
        break
      default:
        out[setting.key] = value
    }
  }
  return out
}

function SettingField({
  setting,
  value,
  error,
  disabled,
  onChange,
}: {
  setting: Setting
  value: SettingValue
  error?: string
  disabled: boolean
  onChange: (value: SettingValue) => void
}) {
  const { t } = useI18n()
  const label = t(`advanced.settings.${setting.key}.label`)
  const help = t(`advanced.settings.${setting.key}.help`)
  const id = `setting-${setting.key}`

  switch (setting.type) {
    case 'boolean':
      return (
        <Switch
          id={id}
          name={setting.key}
          label={label}
          description={help}
          checked={value === true}
          onChange={(event) => onChange(event.currentTarget.checked)}
          disabled={disabled}
          error={error}
        />
      )
    case 'integer':
      return (
        <NumberInput
          id={id}
          name={setting.key}
          label={label}
          description={help}
          min={setting.min}
          max={setting.max}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          maw={240}
          value={typeof value === 'number' || typeof value === 'string' ? value : ''}
          onChange={(next) => onChange(next === '' ? null : next)}
          disabled={disabled}
          error={error}
        />
      )
    case 'url':
      return (
        <TextInput
          id={id}
          name={setting.key}
          type="url"
          inputMode="url"
          label={label}
          description={help}
          placeholder="https://"
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
          disabled={disabled}
          error={error}
        />
      )
    case 'text':
      return (
        <Textarea
          id={id}
          name={setting.key}
          label={label}
          description={help}
          autosize
          minRows={3}
          maxRows={14}
          maxLength={setting.maxLength}
          ff={setting.key.endsWith('_html') ? 'monospace' : undefined}
          spellCheck={!setting.key.endsWith('_html')}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
          disabled={disabled}
          error={error}
        />
      )
    case 'choice':
      return (
        <Input.Wrapper id={id} label={label} description={help} error={error} labelElement="div">
          <Box mt={6}>
            <SegmentedControl
              name={setting.key}
              aria-labelledby={`${id}-label`}
              aria-describedby={`${id}-description${error ? ` ${id}-error` : ''}`}
              data={(setting.options ?? []).map((option) => ({
                value: option,
                label: t(`advanced.settings.${setting.key}.options.${option}`),
              }))}
              value={typeof value === 'string' ? value : String(setting.default ?? '')}
              onChange={(next) => onChange(next)}
              disabled={disabled}
            />
          </Box>
        </Input.Wrapper>
      )
  }
}

/** Advanced settings (PRODUCT.md 1.8): every toggle, grouped and explained */
export default function AdvancedSettings({ groups, values }: Props) {
  const { t } = useI18n()
  const allSettings = useMemo(() => groups.flatMap((group) => group.settings), [groups])
  const form = useForm<Record<string, SettingValue>>({ ...values })
  const [anonymizeOpened, anonymizeModal] = useDisclosure(false)
  const errors = form.errors as Record<string, string | undefined>

  function save() {
    /* The server expects the values under `settings`; its errors come back as settings.<key> */
    form.transform((data) => ({ settings: normalize(allSettings, data) }) as any)
    form.put('/organization/advanced', { preserveScroll: true, onFinish: anonymizeModal.close })
  }

  /** Switching anonymization on, or shortening its period, destroys data for good */
  function anonymizationGetsStricter() {
    if (form.data[ANONYMIZE] !== true) return false
    if (values[ANONYMIZE] !== true) return true
    const before = Number(values[ANONYMIZE_DAYS])
    const after = Number(form.data[ANONYMIZE_DAYS])
    return Number.isFinite(before) && Number.isFinite(after) && after < before
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (anonymizationGetsStricter()) anonymizeModal.open()
    else save()
  }

  function renderSetting(setting: Setting, dependents: Setting[]) {
    const parentOff = setting.requires !== undefined && form.data[setting.requires] !== true
    return (
      <Box key={setting.key} data-setting={setting.key}>
        <SettingField
          setting={setting}
          value={form.data[setting.key] ?? null}
          error={errors[`settings.${setting.key}`] ?? errors[setting.key]}
          disabled={parentOff}
          onChange={(value) => form.setData(setting.key, value)}
        />
        {setting.key === ANONYMIZE && form.data[ANONYMIZE] === true && (
          <Alert mt="xs" ml={54} color="orange" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
            {t('advanced.anonymize_warning')}
          </Alert>
        )}
        {dependents.length > 0 && (
          <Stack
            gap="sm"
            mt="sm"
            ml={54}
            pl="md"
            style={{ borderLeft: '2px solid var(--mantine-color-default-border)' }}
          >
            {dependents.map((dependent) => renderSetting(dependent, []))}
          </Stack>
        )}
      </Box>
    )
  }

  return (
    <Stack maw={900} gap="lg">
      <Head title={t('advanced.title')} />
      <div>
        <Title order={1}>{t('advanced.title')}</Title>
        <Text c="dimmed">{t('advanced.intro')}</Text>
      </div>
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          {groups.map((group) => {
            const keys = new Set(group.settings.map((setting) => setting.key))
            const topLevel = group.settings.filter((setting) => !setting.requires || !keys.has(setting.requires))
            return (
              <Card withBorder component="section" key={group.key} aria-labelledby={`group-${group.key}`}>
                <Stack gap="md">
                  <div>
                    <Title order={2} size="h3" id={`group-${group.key}`}>
                      {t(`advanced.groups.${group.key}.title`)}
                    </Title>
                    <Text size="sm" c="dimmed">
                      {t(`advanced.groups.${group.key}.description`)}
                    </Text>
                  </div>
                  {topLevel.map((setting) =>
                    renderSetting(
                      setting,
                      group.settings.filter((dependent) => dependent.requires === setting.key)
                    )
                  )}
                </Stack>
              </Card>
            )
          })}

          <Paper
            withBorder
            shadow="sm"
            p="sm"
            pos="sticky"
            bottom={0}
            style={{ zIndex: 2 }}
          >
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm" c={form.hasErrors ? 'red' : 'dimmed'} role={form.hasErrors ? 'alert' : undefined}>
                {form.hasErrors
                  ? t('advanced.has_errors')
                  : form.isDirty
                    ? t('advanced.unsaved_changes')
                    : t('advanced.all_saved')}
              </Text>
              <Button type="submit" loading={form.processing}>
                {t('advanced.save')}
              </Button>
            </Group>
          </Paper>
        </Stack>
      </form>

      <Modal opened={anonymizeOpened} onClose={anonymizeModal.close} title={t('advanced.anonymize_confirm.title')} centered>
        <Stack>
          <Text>
            {t('advanced.anonymize_confirm.text', { days: Number(form.data[ANONYMIZE_DAYS]) || 0 })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={anonymizeModal.close} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={save} loading={form.processing}>
              {t('advanced.anonymize_confirm.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  )
}
