import { useEffect, useState, type FormEvent } from 'react'
import { Head, Link, useForm, usePage } from '@inertiajs/react'
import { Alert, Button, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core'
import { IconAlertCircle, IconUser } from '@tabler/icons-react'
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
  appointment: { id: number } | null
  initial: {
    handlerId: number | null
    departmentId: number | null
    date: string
    time: string
    durationMinutes: number
    personalMessage: string
    clients: PersonOption[]
    externalParticipants: PersonOption[]
    groupIds: number[]
  }
  handlers: HandlerChoice[]
  departments: DepartmentRef[]
  groups: GroupChoice[]
  strictDepartments: boolean
}

type AppointmentForm = InviteesData & {
  handlerId: string
  departmentId: string
  date: string
  time: string
  durationMinutes: number | ''
  personalMessage: string
}

const WHOLE_DEPARTMENT = 'whole-department'

export default function AppointmentFormPage({ appointment, initial, handlers, departments, groups, strictDepartments }: Props) {
  const t = useT()
  const { flash, user } = usePage<SharedProps>().props
  const isNew = appointment === null
  /* one key per form mount: a double submit (or a retry after a lost answer) plans one appointment */
  const [submissionKey] = useState(newSubmissionKey)
  /* a handler plans for themselves; only with strict departments may they plan for their whole department */
  const ownAgendaOnly = user?.role === 'handler' && !strictDepartments

  const form = useForm<AppointmentForm>({
    handlerId: initial.handlerId ? String(initial.handlerId) : '',
    departmentId: initial.departmentId ? String(initial.departmentId) : '',
    date: initial.date,
    time: initial.time,
    durationMinutes: initial.durationMinutes,
    personalMessage: initial.personalMessage,
    clients: initial.clients,
    externalParticipants: initial.externalParticipants,
    groupIds: initial.groupIds,
    withNewClient: false,
    newClient: EMPTY_NEW_CLIENT,
  })

  const errors = form.errors as Record<string, string | undefined>
  const department = departments.find((candidate) => String(candidate.id) === form.data.departmentId) ?? null
  /* "whole department" is an explicit option: a Select's clear button cannot be reached with the keyboard */
  const handlerOptions = [
    ...(strictDepartments ? [{ value: WHOLE_DEPARTMENT, label: t('appointments_ui.form.whole_department_option') }] : []),
    ...handlers
      .filter((handler) => !strictDepartments || !department || handler.departmentIds.includes(department.id))
      .map((handler) => ({ value: String(handler.id), label: handler.name })),
  ]
  const ownHandler = handlers.find((handler) => String(handler.id) === form.data.handlerId) ?? null

  /* With strict departments a chosen handler brings their (first usable) department along */
  useEffect(() => {
    if (!strictDepartments || form.data.departmentId || !ownHandler) return
    const first = departments.find((candidate) => ownHandler.departmentIds.includes(candidate.id))
    if (first) form.setData('departmentId', String(first.id))
  }, [form.data.handlerId])

  function chooseDepartment(value: string | null) {
    const next = value ?? ''
    form.setData((data) => {
      const handler = handlers.find((candidate) => String(candidate.id) === data.handlerId)
      const keepsHandler = !next || !handler || handler.departmentIds.includes(Number(next))
      return { ...data, departmentId: next, handlerId: keepsHandler ? data.handlerId : '' }
    })
  }

  /* errors of visible fields sit next to them; any other message is shown above the form */
  const visibleFields = ['date', 'time', 'durationMinutes', 'personalMessage', ...INVITEE_ERROR_FIELDS]
  if (!ownAgendaOnly) visibleFields.push('handlerId')
  if (strictDepartments) visibleFields.push('departmentId')
  const generalError = generalErrorOf(errors, visibleFields, flash?.error)

  function submit(event: FormEvent) {
    event.preventDefault()
    if (form.processing) return
    form.transform((data) => ({
      ...(data.handlerId ? { handlerId: Number(data.handlerId) } : {}),
      ...(strictDepartments && data.departmentId ? { departmentId: Number(data.departmentId) } : {}),
      date: data.date,
      time: data.time,
      durationMinutes: data.durationMinutes,
      personalMessage: data.personalMessage,
      ...inviteesPayload(data),
      ...(isNew ? { submissionKey } : {}),
    }))
    if (isNew) form.post('/appointments', { preserveScroll: true })
    else form.put(`/appointments/${appointment.id}`, { preserveScroll: true })
  }

  const title = isNew ? t('appointments_ui.form.create_title') : t('appointments_ui.form.edit_title')
  const back = isNew ? '/appointments' : `/appointments/${appointment.id}`

  return (
    <Stack gap="lg" maw={820}>
      <Head title={title} />

      <div>
        <BackLink href={back}>{isNew ? t('appointments_ui.back_to_list') : t('appointments_ui.back_to_appointment')}</BackLink>
        <Title order={1} mt="xs">
          {title}
        </Title>
        {!isNew && (
          <Text size="sm" c="dimmed" maw={680}>
            {t('appointments_ui.form.edit_intro')}
          </Text>
        )}
      </div>

      {generalError && (
        <Alert color="red" icon={<IconAlertCircle size={18} aria-hidden />} role="alert" data-testid="appointment-form-error">
          {generalError}
        </Alert>
      )}

      <form onSubmit={submit} noValidate data-testid="appointment-form">
        <Stack gap="lg">
          <FormSection id="appointment-when" title={t('appointments_ui.form.when')}>
            <Stack gap="md">
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
                <TextInput
                  type="date"
                  label={t('appointments_ui.form.date')}
                  required
                  value={form.data.date}
                  onChange={(event) => form.setData('date', event.currentTarget.value)}
                  error={errors.date}
                  name="date"
                  data-testid="appointment-date"
                />
                <TextInput
                  type="time"
                  label={t('appointments_ui.form.time')}
                  description={t('appointments_ui.form.time_help')}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  required
                  step={300}
                  value={form.data.time}
                  onChange={(event) => form.setData('time', event.currentTarget.value)}
                  error={errors.time}
                  name="time"
                  data-testid="appointment-time"
                />
              </SimpleGrid>
              <DurationField
                value={form.data.durationMinutes}
                onChange={(minutes) => form.setData('durationMinutes', minutes)}
                error={errors.durationMinutes}
              />
            </Stack>
          </FormSection>

          <FormSection id="appointment-who" title={t('appointments_ui.form.holder')}>
            {ownAgendaOnly ? (
              <Group gap="xs" wrap="nowrap" data-testid="appointment-handler-self">
                <IconUser size={16} aria-hidden />
                <Text size="sm">{t('appointments_ui.form.handler_self', { name: ownHandler?.name ?? user?.fullName ?? '' })}</Text>
              </Group>
            ) : (
              <SimpleGrid cols={{ base: 1, sm: strictDepartments ? 2 : 1 }} spacing="md">
                {strictDepartments && (
                  <Select
                    label={t('appointments_ui.form.department')}
                    description={t('appointments_ui.form.department_help')}
                    placeholder={t('appointments_ui.form.department_placeholder')}
                    data={departments.map((candidate) => ({ value: String(candidate.id), label: candidate.name }))}
                    value={form.data.departmentId || null}
                    onChange={chooseDepartment}
                    searchable
                    clearable
                    nothingFoundMessage={t('appointments_ui.form.nothing_found')}
                    error={errors.departmentId}
                    name="departmentId"
                    data-testid="appointment-department"
                  />
                )}
                <Select
                  label={t('appointments_ui.form.handler')}
                  description={strictDepartments ? t('appointments_ui.form.handler_help_strict') : undefined}
                  placeholder={t('appointments_ui.form.handler_placeholder')}
                  required={!strictDepartments}
                  data={handlerOptions}
                  value={form.data.handlerId || (strictDepartments ? WHOLE_DEPARTMENT : null)}
                  onChange={(value) => form.setData('handlerId', value && value !== WHOLE_DEPARTMENT ? value : '')}
                  allowDeselect={false}
                  searchable
                  nothingFoundMessage={t('appointments_ui.form.nothing_found')}
                  error={errors.handlerId}
                  name="handlerId"
                  data-testid="appointment-handler"
                />
              </SimpleGrid>
            )}
          </FormSection>

          <InvitationSections
            idPrefix="appointment"
            value={form.data}
            onChange={(field, value) => form.setData(field, value as never)}
            errors={errors}
            groups={groups}
            messageRows={{ min: 3, max: 10 }}
          />

          <Group justify="flex-end" gap="sm">
            <Button component={Link} href={back} variant="default">
              {t('appointments_ui.actions.discard')}
            </Button>
            <Button type="submit" loading={form.processing} disabled={form.processing} data-testid="appointment-submit">
              {isNew ? t('appointments_ui.form.submit_new') : t('appointments_ui.form.submit_edit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  )
}
