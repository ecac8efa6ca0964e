import { type FormEvent } from 'react'
import { Head, useForm } from '@inertiajs/react'
import { MultiSelect, Paper, Stack, Text, Title } from '@mantine/core'
import { useI18n } from '~/lib/i18n'
import BackLink from '~/components/back_link'
import { useConfirmDelete } from '~/components/confirm_modal'
import {
  arrayError,
  ContactFields,
  GeneralError,
  IdentifyingFields,
  PersonDeleteModal,
  PersonFormActions,
  personValues,
  type PersonRecord,
  type PersonValues,
} from '~/components/agenda/person_fields'
import { DuplicateCheckSection, useDuplicateCheck } from '~/components/agenda/person_duplicates'

type Participant = PersonRecord & { groups: { id: number; name: string }[] }

type Props = {
  participant: Participant | null
  upcomingAppointments: number
  groups: { id: number; name: string }[]
  locales: string[]
}

type ParticipantForm = PersonValues & { groupIds: number[]; confirmDuplicates: boolean }

export default function ExternalParticipantFormPage({ participant, upcomingAppointments, groups, locales }: Props) {
  const { t } = useI18n()
  const isNew = participant === null
  const form = useForm<ParticipantForm>({
    ...personValues(participant),
    groupIds: participant?.groups.map((group) => group.id) ?? [],
    confirmDuplicates: false,
  })
  const errors = form.errors as Record<string, string | undefined>
  const check = useDuplicateCheck({
    url: '/external-participants/duplicates',
    exceptId: participant?.id ?? null,
    isNew,
    values: form.data,
    confirmed: form.data.confirmDuplicates,
    setConfirmed: (value) => form.setData('confirmDuplicates', value),
    showErrors: (found) => {
      form.clearErrors()
      for (const [field, message] of Object.entries(found)) form.setError(field as keyof ParticipantForm, message)
    },
  })
  const remove = useConfirmDelete((person: Participant) => `/external-participants/${person.id}`, { closeOnFinish: true })

  function setField(field: keyof PersonValues, value: string) {
    form.setData(field, value)
    form.clearErrors(field)
  }

  function save(confirm: boolean) {
    form.transform((data) => ({ ...data, confirmDuplicates: confirm }))
    const options = {
      preserveScroll: true,
      onError: (formErrors: Record<string, string>) => {
        if (formErrors.confirmDuplicates) void check.runCheck()
      },
    }
    if (isNew) form.post('/external-participants', options)
    else form.put(`/external-participants/${participant.id}`, options)
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (await check.maySave()) save(form.data.confirmDuplicates)
  }

  function confirmNewPerson() {
    form.setData('confirmDuplicates', true)
    if (!isNew) save(true)
  }

  const title = isNew
    ? t('clients.external.form.create_title')
    : t('clients.external.form.edit_title', { name: participant.displayName })

  return (
    <Stack gap="lg" maw={820}>
      <Head title={title} />
      <div>
        <BackLink href="/external-participants">{t('clients.external.form.back')}</BackLink>
        <Title order={1} mt="xs">
          {title}
        </Title>
        {isNew && (
          <Text size="sm" c="dimmed" maw={680}>
            {t('clients.external.form.search_first')}
          </Text>
        )}
        {!isNew && upcomingAppointments > 0 && (
          <Text size="sm" c="dimmed" data-testid="participant-upcoming">
            {t('clients.form.upcoming', { count: upcomingAppointments })}
          </Text>
        )}
      </div>

      <GeneralError errors={errors} />

      <Paper withBorder p="lg" radius="md">
        <form onSubmit={submit} noValidate data-testid="participant-form">
          <Stack gap="md">
            <IdentifyingFields
              values={form.data}
              setField={setField}
              errors={errors}
              autoFocus={isNew}
              numberHelp={t('clients.external.form.client_number_help')}
            />

            <DuplicateCheckSection
              check={check}
              isNew={isNew}
              basePath="/external-participants"
              withAppointmentLinks={false}
              confirmError={errors.confirmDuplicates}
              onConfirm={confirmNewPerson}
              noneLabel={t('clients.external.duplicates_none')}
            />

            {check.showDetails && (
              <>
                <ContactFields values={form.data} setField={setField} errors={errors} locales={locales} />
                <MultiSelect
                  label={t('clients.external.form.groups')}
                  description={
                    groups.length === 0 ? t('clients.external.form.no_groups_yet') : t('clients.external.form.groups_help')
                  }
                  data={groups.map((group) => ({ value: String(group.id), label: group.name }))}
                  value={form.data.groupIds.map(String)}
                  onChange={(values) => {
                    form.setData('groupIds', values.map(Number))
                    form.clearErrors('groupIds')
                  }}
                  searchable
                  clearable
                  hidePickedOptions
                  nothingFoundMessage={t('clients.external.form.no_group_found')}
                  error={arrayError(errors, 'groupIds')}
                  name="groupIds"
                  data-testid="participant-groups"
                />

                <PersonFormActions
                  onDelete={participant && (() => remove.ask(participant))}
                  deleteTestId="participant-delete"
                  cancelHref="/external-participants"
                  submitLabel={isNew ? t('clients.external.form.submit_new') : t('clients.form.submit_edit')}
                  submitTestId="participant-submit"
                  loading={form.processing || check.checking}
                />
              </>
            )}
          </Stack>
        </form>
      </Paper>

      {participant && (
        <PersonDeleteModal
          modalProps={remove.modalProps}
          title={t('clients.external.delete.title', { name: participant.displayName })}
          body={t('clients.external.delete.body', { name: participant.displayName })}
          upcomingAppointments={upcomingAppointments}
          confirmLabel={t('clients.external.delete.confirm')}
        />
      )}
    </Stack>
  )
}
