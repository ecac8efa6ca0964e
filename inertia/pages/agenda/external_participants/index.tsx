import { Head, Link } from '@inertiajs/react'
import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core'
import { IconPencil, IconTrash, IconUserPlus, IconUsersPlus } from '@tabler/icons-react'
import { useI18n } from '~/lib/i18n'
import { useConfirmDelete } from '~/components/confirm_modal'
import ListEmptyState from '~/components/list_empty_state'
import ListPagination from '~/components/list_pagination'
import { FilterSelect, useListSearch, visitList } from '~/components/list_filters'
import { RowAction, RowActions } from '~/components/row_actions'
import { formatBirthDate, PersonDeleteModal, PersonSearchBar, type PersonRecord } from '~/components/agenda/person_fields'
import ListTable from '~/components/list_table'
import PageHeader from '~/components/page_header'

type ParticipantRow = PersonRecord & { groups: { id: number; name: string }[] }

type Props = {
  participants: ParticipantRow[]
  meta: { currentPage: number; lastPage: number; total: number }
  filters: { search: string; group: string }
  groups: { id: number; name: string }[]
  can: { manage: boolean }
}

type Query = { search: string; group: string; page?: number }

const visit = (query: Query) => visitList('/external-participants', query)

export default function ExternalParticipantsIndex({ participants, meta, filters, groups, can }: Props) {
  const { t, locale } = useI18n()
  const search = useListSearch(filters.search, (value) => visit({ ...filters, search: value }))
  const remove = useConfirmDelete((participant: ParticipantRow) => `/external-participants/${participant.id}`, {
    closeOnFinish: true,
  })
  const hasFilters = Boolean(filters.search || filters.group)

  function clearFilters() {
    search.reset()
    visit({ search: '', group: '' })
  }

  return (
    <Stack gap="lg">
      <Head title={t('clients.external.title')} />

      <PageHeader title={t('clients.external.title')} intro={t('clients.external.intro')}>
        {can.manage && (
          <Button
            component={Link}
            href="/external-participants/new"
            leftSection={<IconUserPlus size={16} aria-hidden />}
            data-testid="participant-new"
          >
            {t('clients.external.new')}
          </Button>
        )}
      </PageHeader>

      <PersonSearchBar
        label={t('clients.external.filters.label')}
        search={search}
        searchTestId="participants-search"
        active={hasFilters}
        onClear={clearFilters}
      >
        {groups.length > 0 && (
          <FilterSelect
            label={t('clients.external.filters.group')}
            placeholder={t('clients.external.filters.all_groups')}
            data={groups.map((group) => ({ value: String(group.id), label: group.name }))}
            value={filters.group}
            onChange={(group) => visit({ ...filters, search: search.value, group })}
            nothingFoundMessage={t('clients.external.form.no_group_found')}
            data-testid="participants-group-filter"
          />
        )}
      </PersonSearchBar>

      {participants.length === 0 ? (
        <ListEmptyState
          icon={IconUsersPlus}
          title={hasFilters ? t('clients.external.empty.filtered_title') : t('clients.external.empty.title')}
          body={
            hasFilters
              ? t('clients.empty.filtered_body')
              : can.manage
                ? t('clients.external.empty.body')
                : t('clients.external.empty.body_no_manage')
          }
          testId="participants-empty"
        >
          {hasFilters && (
            <Button variant="default" onClick={clearFilters}>
              {t('clients.filters.clear')}
            </Button>
          )}
        </ListEmptyState>
      ) : (
        <ListTable
          caption={t('clients.external.table.caption', { total: meta.total })}
          columns={[
            t('clients.table.name'),
            t('clients.table.date_of_birth'),
            t('clients.table.email'),
            t('clients.external.table.groups'),
            can.manage && { label: t('clients.table.actions'), align: 'right', hidden: true },
          ]}
          minWidth={760}
        >
          {participants.map((participant) => (
            <Table.Tr key={participant.id} data-testid="participant-row">
              <Table.Td>
                {can.manage ? (
                  <Anchor component={Link} href={`/external-participants/${participant.id}/edit`} size="sm" fw={600}>
                    {participant.displayName}
                  </Anchor>
                ) : (
                  <Text size="sm" fw={600}>
                    {participant.displayName}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatBirthDate(participant.dateOfBirth, locale)}</Text>
              </Table.Td>
              <Table.Td>
                <Anchor size="sm" href={`mailto:${participant.email}`}>
                  {participant.email}
                </Anchor>
              </Table.Td>
              <Table.Td>
                {participant.groups.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('clients.external.table.no_groups')}
                  </Text>
                ) : (
                  <Group gap={4}>
                    {participant.groups.map((group) => (
                      <Badge key={group.id} variant="light" size="sm" tt="none">
                        {group.name}
                      </Badge>
                    ))}
                  </Group>
                )}
              </Table.Td>
              {can.manage && (
                <Table.Td>
                  <RowActions>
                    <RowAction
                      label={t('clients.actions.edit')}
                      name={t('clients.external.actions.edit_named', { name: participant.displayName })}
                      icon={IconPencil}
                      href={`/external-participants/${participant.id}/edit`}
                    />
                    <RowAction
                      label={t('clients.actions.delete')}
                      name={t('clients.external.actions.delete_named', { name: participant.displayName })}
                      icon={IconTrash}
                      color="red"
                      onClick={() => remove.ask(participant)}
                      testId="participant-delete"
                    />
                  </RowActions>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </ListTable>
      )}

      <ListPagination
        meta={meta}
        keys="clients.pagination"
        onChange={(page) => visit({ ...filters, search: search.value, page })}
      />

      <PersonDeleteModal
        modalProps={remove.modalProps}
        title={t('clients.external.delete.title', { name: remove.target?.displayName ?? '' })}
        body={t('clients.external.delete.body', { name: remove.target?.displayName ?? '' })}
        confirmLabel={t('clients.external.delete.confirm')}
      />
    </Stack>
  )
}
