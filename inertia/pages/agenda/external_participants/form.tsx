import { Head } from '@inertiajs/react'
import { MultiSelect, Stack, Text, Title } from '@mantine/core'
import { useI18n } from '~/lib/i18n'
import BackLink from '~/components/back_link'
import { useConfirmDelete } from '~/components/confirm_modal'
import { PersonDeleteModal, personValues, type PersonRecord, type PersonValues } from '~/components/agenda/person_fields'
import { arrayError } from '~/components/agenda/form_errors'
import { PersonForm, usePersonForm } from '~/components/agenda/person_form'

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
  const person = usePersonForm<ParticipantForm>({
    basePath: '/external-participants',
    person: participant,
    initial: {
      ...personValues(participant),
      groupIds: participant?.groups.map((group) => group.id) ?? [],
      confirmDuplicates: false,
    },
  })
  const { form, errors } = person
  const remove = useConfirmDelete((record: Participant) => `/external-participants/${record.id}`, { closeOnFinish: true })

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

      <PersonForm
        state={person}
        testId="participant-form"
        numberHelp={t('clients.external.form.client_number_help')}
        withAppointmentLinks={false}
        noneLabel={t('clients.external.duplicates_none')}
        locales={locales}
        onDelete={participant && (() => remove.ask(participant))}
        deleteTestId="participant-delete"
        submitLabel={isNew ? t('clients.external.form.submit_new') : t('clients.form.submit_edit')}
        submitTestId="participant-submit"
      >
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
      </PersonForm>

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
