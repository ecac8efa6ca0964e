import { useState, type FormEvent } from 'react'
import { Head, Link, router, useForm } from '@inertiajs/react'
import { Button, Group, MultiSelect, Paper, Stack, Text, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconTrash } from '@tabler/icons-react'
import { useI18n } from '~/lib/i18n'
import {
  arrayError,
  BackLink,
  ConfirmDeleteModal,
  ContactFields,
  DuplicateCheckSection,
  GeneralError,
  IdentifyingFields,
  personValues,
  useDuplicateCheck,
  type PersonRecord,
  type PersonValues,
} from '../clients/form'

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
  const [deleteOpened, deleteModal] = useDisclosure(false)
  const [deleting, setDeleting] = useState(false)

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

  function confirmDelete() {
    if (!participant) return
    router.delete(`/external-participants/${participant.id}`, {
      preserveScroll: true,
      onStart: () => setDeleting(true),
      onFinish: () => {
        setDeleting(false)
        deleteModal.close()
      },
    })
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

                <Group justify="space-between" gap="sm" mt="sm" wrap="wrap">
                  <div>
                    {participant && (
                      <Button
                        variant="subtle"
                        color="red"
                        leftSection={<IconTrash size={16} aria-hidden />}
                        onClick={deleteModal.open}
                        data-testid="participant-delete"
                      >
                        {t('clients.actions.delete')}
                      </Button>
                    )}
                  </div>
                  <Group gap="sm">
                    <Button component={Link} href="/external-participants" variant="default">
                      {t('clients.actions.cancel')}
                    </Button>
                    <Button type="submit" loading={form.processing || check.checking} data-testid="participant-submit">
                      {isNew ? t('clients.external.form.submit_new') : t('clients.form.submit_edit')}
                    </Button>
                  </Group>
                </Group>
              </>
            )}
          </Stack>
        </form>
      </Paper>

      {participant && (
        <ConfirmDeleteModal
          opened={deleteOpened}
          onClose={deleteModal.close}
          title={t('clients.external.delete.title', { name: participant.displayName })}
          body={t('clients.external.delete.body', { name: participant.displayName })}
          note={
            upcomingAppointments > 0
              ? t('clients.delete.has_upcoming', { count: upcomingAppointments })
              : t('clients.delete.past_kept')
          }
          confirmLabel={t('clients.external.delete.confirm')}
          onConfirm={confirmDelete}
          processing={deleting}
        />
      )}
    </Stack>
  )
}
