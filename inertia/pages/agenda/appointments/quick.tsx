import { useState, type FormEvent } from 'react'
import { Head, Link, useForm, usePage } from '@inertiajs/react'
import { Alert, Button, Group, Select, Stack, Text, Title } from '@mantine/core'
import { IconAlertCircle, IconBolt, IconInfoCircle, IconUser } from '@tabler/icons-react'
import { useT } from '~/lib/i18n'
import BackLink from '~/components/back_link'
import type { SharedProps } from '~/types'
import DurationField from '~/components/agenda/duration_field'
import { INVITEE_ERROR_FIELDS, inviteesPayload, type InviteesData } from '~/components/agenda/invitees_fields'
import { EMPTY_NEW_CLIENT } from '~/components/agenda/new_client_fields'
import { newSubmissionKey } from '~/components/agenda/format'
import { generalErrorOf } from '~/components/agenda/form_errors'
import type { DepartmentRef, GroupChoice, HandlerChoice, PersonOption } from '~/components/agenda/appointment_types'
import FormSection from '~/components/agenda/form_section'
import InvitationSections from '~/components/agenda/invitation_sections'

type Props = {
  initial: {
    handlerId: number
    durationMinutes: number
    clients: PersonOption[]
  }
  handlers: HandlerChoice[]
  departments: DepartmentRef[]
  groups: GroupChoice[]
  strictDepartments: boolean
}

type QuickForm = InviteesData & {
  handlerId: string
  durationMinutes: number | ''
  personalMessage: string
}

export default function QuickConsultation({ initial, handlers, groups }: Props) {
  const t = useT()
  const { flash, user } = usePage<SharedProps>().props
  const [submissionKey] = useState(newSubmissionKey)
  /* handlers start consultations for themselves; admins may start one for a colleague */
  const chooseHandler = user?.role !== 'handler' && handlers.length > 1

  const form = useForm<QuickForm>({
    handlerId: String(initial.handlerId),
    durationMinutes: initial.durationMinutes,
    personalMessage: '',
    clients: initial.clients,
    externalParticipants: [],
    groupIds: [],
    withNewClient: false,
    newClient: EMPTY_NEW_CLIENT,
  })

  const errors = form.errors as Record<string, string | undefined>
  const visibleFields = ['durationMinutes', 'personalMessage', ...INVITEE_ERROR_FIELDS, ...(chooseHandler ? ['handlerId'] : [])]
  const generalError = generalErrorOf(errors, visibleFields, flash?.error)
  const self = handlers.find((handler) => handler.id === initial.handlerId)

  function submit(event: FormEvent) {
    event.preventDefault()
    if (form.processing) return
    form.transform((data) => ({
      ...(data.handlerId ? { handlerId: Number(data.handlerId) } : {}),
      durationMinutes: data.durationMinutes,
      personalMessage: data.personalMessage,
      ...inviteesPayload(data),
      submissionKey,
    }))
    form.post('/appointments/quick', { preserveScroll: true })
  }

  const title = t('appointments_ui.quick.title')

  return (
    <Stack gap="lg" maw={820}>
      <Head title={title} />

      <div>
        <BackLink href="/appointments">{t('appointments_ui.back_to_list')}</BackLink>
        <Title order={1} mt="xs">
          {title}
        </Title>
      </div>

      <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} aria-hidden />} data-testid="quick-explanation">
        {t('appointments_ui.quick.explanation')}
      </Alert>

      {generalError && (
        <Alert color="red" icon={<IconAlertCircle size={18} aria-hidden />} role="alert" data-testid="appointment-form-error">
          {generalError}
        </Alert>
      )}

      <form onSubmit={submit} noValidate data-testid="appointment-form">
        <Stack gap="lg">
          <FormSection id="quick-consultation" title={t('appointments_ui.quick.consultation')}>
            <Stack gap="md">
              {chooseHandler ? (
                <Select
                  label={t('appointments_ui.form.handler')}
                  required
                  data={handlers.map((handler) => ({ value: String(handler.id), label: handler.name }))}
                  value={form.data.handlerId || null}
                  onChange={(value) => form.setData('handlerId', value ?? String(initial.handlerId))}
                  allowDeselect={false}
                  searchable
                  nothingFoundMessage={t('appointments_ui.form.nothing_found')}
                  error={errors.handlerId}
                  name="handlerId"
                  data-testid="appointment-handler"
                  w={{ base: '100%', sm: 360 }}
                />
              ) : (
                <Group gap="xs" wrap="nowrap" data-testid="appointment-handler-self">
                  <IconUser size={16} aria-hidden />
                  <Text size="sm">{t('appointments_ui.form.handler_self', { name: self?.name ?? user?.fullName ?? '' })}</Text>
                </Group>
              )}
              <DurationField
                value={form.data.durationMinutes}
                onChange={(minutes) => form.setData('durationMinutes', minutes)}
                error={errors.durationMinutes}
              />
            </Stack>
          </FormSection>

          <InvitationSections
            idPrefix="quick"
            value={form.data}
            onChange={(field, value) => form.setData(field, value as never)}
            errors={errors}
            groups={groups}
            messageRows={{ min: 2, max: 8 }}
          />

          <Group justify="flex-end" gap="sm">
            <Button component={Link} href="/appointments" variant="default">
              {t('appointments_ui.actions.discard')}
            </Button>
            <Button
              type="submit"
              loading={form.processing}
              disabled={form.processing}
              leftSection={<IconBolt size={16} aria-hidden />}
              data-testid="appointment-submit"
            >
              {t('appointments_ui.quick.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  )
}
