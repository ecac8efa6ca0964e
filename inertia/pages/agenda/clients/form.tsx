import { Head, Link } from '@inertiajs/react'
import { Button, Group, MultiSelect, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconCalendarPlus, IconVideo } from '@tabler/icons-react'
import { useI18n } from '~/lib/i18n'
import BackLink from '~/components/back_link'
import { useConfirmDelete } from '~/components/confirm_modal'
import { PersonDeleteModal, personValues, type PersonRecord, type PersonValues } from '~/components/agenda/person_fields'
import { arrayError } from '~/components/agenda/form_errors'
import { PersonForm, usePersonForm } from '~/components/agenda/person_form'

/* ------------------------------------------------------------------------
 * The client form (new and edit)
 * ---------------------------------------------------------------------- */

type DepartmentRef = { id: number; name: string; color: string }

type ClientRecord = PersonRecord & {
  department: DepartmentRef | null
  handlers: { id: number; fullName: string }[]
  /* placeholder until the chat module exists: always null */
  chatStatus: 'active' | 'none' | null
}

type Props = {
  client: ClientRecord | null
  upcomingAppointments: number
  departments: DepartmentRef[]
  defaultDepartmentId: number | null
  handlers: { id: number; fullName: string }[]
  locales: string[]
  rules: { departmentRequired: boolean; strictClients: boolean; canAssignHandlers: boolean }
}

type ClientForm = PersonValues & {
  departmentId: string
  handlerIds: number[]
  confirmDuplicates: boolean
}

export default function ClientFormPage({
  client,
  upcomingAppointments,
  departments,
  defaultDepartmentId,
  handlers,
  locales,
  rules,
}: Props) {
  const { t } = useI18n()
  const isNew = client === null
  const person = usePersonForm<ClientForm>({
    basePath: '/clients',
    person: client,
    initial: {
      ...personValues(client),
      departmentId: client?.department ? String(client.department.id) : defaultDepartmentId ? String(defaultDepartmentId) : '',
      handlerIds: client?.handlers.map((handler) => handler.id) ?? [],
      confirmDuplicates: false,
    },
    payload: (data) => ({ departmentId: data.departmentId ? Number(data.departmentId) : null }),
  })
  const { form, errors } = person
  const remove = useConfirmDelete((record: ClientRecord) => `/clients/${record.id}`, { closeOnFinish: true })
  const handlerOptions = [
    ...handlers,
    ...(client?.handlers ?? []).filter((assigned) => !handlers.some((option) => option.id === assigned.id)),
  ]

  const title = isNew ? t('clients.form.create_title') : t('clients.form.edit_title', { name: client.displayName })

  return (
    <Stack gap="lg" maw={820}>
      <Head title={title} />
      <div>
        <BackLink href="/clients">{t('clients.form.back')}</BackLink>
        <Title order={1} mt="xs">
          {title}
        </Title>
        {isNew && (
          <Text size="sm" c="dimmed" maw={680}>
            {t('clients.form.search_first')}
          </Text>
        )}
      </div>

      {client && (
        <Group gap="sm" wrap="wrap">
          <Button
            component={Link}
            href={`/appointments/new?clientId=${client.id}`}
            leftSection={<IconCalendarPlus size={16} aria-hidden />}
            data-testid="client-make-appointment"
          >
            {t('clients.actions.make_appointment')}
          </Button>
          <Button
            component={Link}
            href={`/appointments/quick?clientId=${client.id}`}
            variant="default"
            leftSection={<IconVideo size={16} aria-hidden />}
          >
            {t('clients.actions.quick_consultation')}
          </Button>
          {upcomingAppointments > 0 && (
            <Text size="sm" c="dimmed" data-testid="client-upcoming">
              {t('clients.form.upcoming', { count: upcomingAppointments })}
            </Text>
          )}
        </Group>
      )}

      <PersonForm
        state={person}
        testId="client-form"
        numberHelp={t('clients.form.client_number_help')}
        withAppointmentLinks={true}
        noneLabel={t('clients.duplicates.none')}
        locales={locales}
        onDelete={client && (() => remove.ask(client))}
        deleteTestId="client-delete"
        submitLabel={isNew ? t('clients.form.submit_new') : t('clients.form.submit_edit')}
        submitTestId="client-submit"
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label={t('clients.form.department')}
            description={rules.departmentRequired ? t('clients.form.department_help_strict') : t('clients.form.department_help')}
            placeholder={t('clients.form.department_placeholder')}
            required={rules.departmentRequired}
            data={departments.map((department) => ({ value: String(department.id), label: department.name }))}
            value={form.data.departmentId || null}
            onChange={(value) => {
              form.setData('departmentId', value ?? '')
              form.clearErrors('departmentId')
            }}
            clearable={!rules.departmentRequired}
            searchable
            nothingFoundMessage={t('clients.form.no_department_found')}
            error={errors.departmentId}
            name="departmentId"
            data-testid="client-department"
          />
          {rules.canAssignHandlers ? (
            <MultiSelect
              label={t('clients.form.handlers')}
              description={rules.strictClients ? t('clients.form.handlers_help_strict') : t('clients.form.handlers_help')}
              data={handlerOptions.map((handler) => ({ value: String(handler.id), label: handler.fullName }))}
              value={form.data.handlerIds.map(String)}
              onChange={(values) => {
                form.setData('handlerIds', values.map(Number))
                form.clearErrors('handlerIds')
              }}
              searchable
              clearable
              hidePickedOptions
              nothingFoundMessage={t('clients.form.no_handler_found')}
              error={arrayError(errors, 'handlerIds')}
              name="handlerIds"
              data-testid="client-handlers"
            />
          ) : (
            <div>
              <Text size="sm" fw={500}>
                {t('clients.form.handlers')}
              </Text>
              <Text size="sm" c="dimmed">
                {isNew
                  ? t('clients.form.handlers_self')
                  : client.handlers.map((handler) => handler.fullName).join(', ') || t('clients.form.handlers_none')}
              </Text>
            </div>
          )}
        </SimpleGrid>
      </PersonForm>

      {client && (
        <PersonDeleteModal
          modalProps={remove.modalProps}
          title={t('clients.delete.title', { name: client.displayName })}
          body={t('clients.delete.body', { name: client.displayName })}
          upcomingAppointments={upcomingAppointments}
          confirmLabel={t('clients.delete.confirm')}
        />
      )}
    </Stack>
  )
}
