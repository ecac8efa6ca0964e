import { Head, Link } from '@inertiajs/react'
import { Anchor, Badge, Button, Group, Menu, Stack, Table, Text } from '@mantine/core'
import { IconAddressBook, IconCalendarPlus, IconPencil, IconTrash, IconUserPlus, IconVideo } from '@tabler/icons-react'
import { useI18n } from '~/lib/i18n'
import { useConfirmDelete } from '~/components/confirm_modal'
import ListEmptyState from '~/components/list_empty_state'
import ListPagination from '~/components/list_pagination'
import { FilterSelect, useListSearch, visitList } from '~/components/list_filters'
import { RowAction, RowActions, RowMenu } from '~/components/row_actions'
import { formatBirthDate, PersonDeleteModal, PersonSearchBar, type PersonRecord } from '~/components/agenda/person_fields'
import ListTable from '~/components/list_table'
import PageHeader from '~/components/page_header'

type DepartmentRef = { id: number; name: string; color: string }

type ClientRow = PersonRecord & {
  department: DepartmentRef | null
  handlers: { id: number; fullName: string }[]
  /*
   * Chat status (PRODUCT.md 3.1: dark icon = chat channel active, white =
   * none). The chat module is not built yet: the server always sends null
   * and no icon is shown. Render it here once the chat module provides it.
   */
  chatStatus: 'active' | 'none' | null
}

type Props = {
  clients: ClientRow[]
  meta: { currentPage: number; lastPage: number; total: number }
  filters: { search: string; department: string }
  departments: DepartmentRef[]
}

type Query = { search: string; department: string; page?: number }

const visit = (query: Query) => visitList('/clients', query)

export default function ClientsIndex({ clients, meta, filters, departments }: Props) {
  const { t, locale } = useI18n()
  const search = useListSearch(filters.search, (value) => visit({ ...filters, search: value }))
  const remove = useConfirmDelete((client: ClientRow) => `/clients/${client.id}`, { closeOnFinish: true })
  const hasFilters = Boolean(filters.search || filters.department)

  function clearFilters() {
    search.reset()
    visit({ search: '', department: '' })
  }

  return (
    <Stack gap="lg">
      <Head title={t('clients.title')} />

      <PageHeader title={t('clients.title')} intro={t('clients.intro')}>
        <Button component={Link} href="/clients/new" leftSection={<IconUserPlus size={16} aria-hidden />} data-testid="client-new">
          {t('clients.new')}
        </Button>
      </PageHeader>

      <PersonSearchBar
        label={t('clients.filters.label')}
        search={search}
        searchTestId="clients-search"
        active={hasFilters}
        onClear={clearFilters}
      >
        {departments.length > 0 && (
          <FilterSelect
            label={t('clients.filters.department')}
            placeholder={t('clients.filters.all_departments')}
            data={departments.map((department) => ({ value: String(department.id), label: department.name }))}
            value={filters.department}
            onChange={(department) => visit({ ...filters, search: search.value, department })}
            nothingFoundMessage={t('clients.form.no_department_found')}
            data-testid="clients-department-filter"
          />
        )}
      </PersonSearchBar>

      {clients.length === 0 ? (
        <ListEmptyState
          icon={IconAddressBook}
          title={hasFilters ? t('clients.empty.filtered_title') : t('clients.empty.title')}
          body={hasFilters ? t('clients.empty.filtered_body') : t('clients.empty.body')}
          testId="clients-empty"
        >
          <Group gap="sm">
            {hasFilters && (
              <Button variant="default" onClick={clearFilters}>
                {t('clients.filters.clear')}
              </Button>
            )}
            <Button component={Link} href="/clients/new" leftSection={<IconUserPlus size={16} aria-hidden />}>
              {t('clients.new')}
            </Button>
          </Group>
        </ListEmptyState>
      ) : (
        <ListTable
          caption={t('clients.table.caption', { total: meta.total })}
          columns={[
            t('clients.table.name'),
            t('clients.table.date_of_birth'),
            t('clients.table.client_number'),
            t('clients.table.email'),
            t('clients.table.department'),
            { label: t('clients.table.actions'), align: 'right', hidden: true },
          ]}
          minWidth={820}
        >
          {clients.map((client) => (
            <Table.Tr key={client.id} data-testid="client-row">
              <Table.Td>
                <Anchor component={Link} href={`/clients/${client.id}/edit`} size="sm" fw={600}>
                  {client.displayName}
                </Anchor>
                {client.handlers.length > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('clients.table.handlers', { names: client.handlers.map((h) => h.fullName).join(', ') })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatBirthDate(client.dateOfBirth, locale)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={client.clientNumber ? undefined : 'dimmed'}>
                  {client.clientNumber ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Anchor size="sm" href={`mailto:${client.email}`}>
                  {client.email}
                </Anchor>
              </Table.Td>
              <Table.Td>
                {client.department ? (
                  <Badge color={client.department.color} autoContrast variant="filled" size="sm" tt="none">
                    {client.department.name}
                  </Badge>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('clients.table.no_department')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <RowActions>
                  <RowAction
                    label={t('clients.actions.make_appointment')}
                    name={t('clients.actions.make_appointment_named', { name: client.displayName })}
                    icon={IconCalendarPlus}
                    href={`/appointments/new?clientId=${client.id}`}
                    variant="light"
                    testId="client-make-appointment"
                  />
                  <RowAction
                    label={t('clients.actions.quick_consultation')}
                    name={t('clients.actions.quick_consultation_named', { name: client.displayName })}
                    icon={IconVideo}
                    href={`/appointments/quick?clientId=${client.id}`}
                    testId="client-quick-consultation"
                  />
                  {/* Chat status icon: placeholder until the chat module exists (client.chatStatus is always null) */}
                  <RowMenu name={t('clients.actions.menu', { name: client.displayName })} testId="client-actions">
                    <Menu.Item
                      component={Link}
                      href={`/clients/${client.id}/edit`}
                      leftSection={<IconPencil size={16} aria-hidden />}
                    >
                      {t('clients.actions.edit')}
                    </Menu.Item>
                    <Menu.Divider />
                    <Menu.Item
                      color="red"
                      leftSection={<IconTrash size={16} aria-hidden />}
                      onClick={() => remove.ask(client)}
                      data-testid="client-delete"
                    >
                      {t('clients.actions.delete')}
                    </Menu.Item>
                  </RowMenu>
                </RowActions>
              </Table.Td>
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
        title={t('clients.delete.title', { name: remove.target?.displayName ?? '' })}
        body={t('clients.delete.body', { name: remove.target?.displayName ?? '' })}
        confirmLabel={t('clients.delete.confirm')}
      />
    </Stack>
  )
}
