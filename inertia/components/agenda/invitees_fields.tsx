import { MultiSelect, Stack } from '@mantine/core'
import { useT } from '~/lib/i18n'
import PersonPicker from '~/components/agenda/person_picker'
import NewClientFields, { newClientPayload, type NewClientData } from '~/components/agenda/new_client_fields'
import type { GroupChoice, PersonOption } from '~/components/agenda/appointment_types'
import { arrayError } from '~/components/agenda/form_errors'

export type InviteesData = {
  clients: PersonOption[]
  externalParticipants: PersonOption[]
  groupIds: number[]
  withNewClient: boolean
  newClient: NewClientData
}

type Errors = Record<string, string | undefined>

/** The error keys this block can show next to a field */
export const INVITEE_ERROR_FIELDS = ['clientIds', 'externalParticipantIds', 'groupIds', 'newClient']

/** What the server receives for the invitees */
export function inviteesPayload(data: InviteesData) {
  return {
    clientIds: data.clients.map((client) => client.id),
    externalParticipantIds: data.externalParticipants.map((participant) => participant.id),
    groupIds: data.groupIds,
    ...(data.withNewClient ? { newClient: newClientPayload(data.newClient) } : {}),
  }
}

type Props = {
  value: InviteesData
  onChange: <K extends keyof InviteesData>(field: K, value: InviteesData[K]) => void
  errors: Errors
  groups: GroupChoice[]
}

/** Clients (found or new), external participants and whole groups of external participants */
export default function InviteesFields({ value, onChange, errors, groups }: Props) {
  const t = useT()
  return (
    <Stack gap="md">
      <PersonPicker
        label={t('appointments_ui.form.clients')}
        description={t('appointments_ui.form.clients_help')}
        placeholder={t('appointments_ui.form.clients_placeholder')}
        endpoint="/clients/search"
        value={value.clients}
        onChange={(clients) => onChange('clients', clients)}
        error={arrayError(errors, 'clientIds')}
        searchTestId="client-search"
        optionTestId="client-option"
        chipTestId="client-chip"
      />
      <NewClientFields
        enabled={value.withNewClient}
        onToggle={(enabled) => onChange('withNewClient', enabled)}
        value={value.newClient}
        onChange={(field, text) => onChange('newClient', { ...value.newClient, [field]: text })}
        errors={errors}
      />
      <PersonPicker
        label={t('appointments_ui.form.externals')}
        description={t('appointments_ui.form.externals_help')}
        placeholder={t('appointments_ui.form.externals_placeholder')}
        endpoint="/external-participants/search"
        value={value.externalParticipants}
        onChange={(people) => onChange('externalParticipants', people)}
        error={arrayError(errors, 'externalParticipantIds')}
        searchTestId="external-search"
        optionTestId="external-option"
        chipTestId="external-chip"
      />
      {groups.length > 0 && (
        <MultiSelect
          label={t('appointments_ui.form.groups')}
          description={t('appointments_ui.form.groups_help')}
          placeholder={value.groupIds.length === 0 ? t('appointments_ui.form.groups_placeholder') : undefined}
          data={groups.map((group) => ({ value: String(group.id), label: group.name }))}
          value={value.groupIds.map(String)}
          onChange={(ids) => onChange('groupIds', ids.map(Number))}
          searchable
          clearable
          hidePickedOptions
          nothingFoundMessage={t('appointments_ui.form.no_group_found')}
          error={arrayError(errors, 'groupIds')}
          data-testid="appointment-groups"
        />
      )}
    </Stack>
  )
}
