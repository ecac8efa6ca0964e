import { useState } from 'react'
import { Head, Link, router } from '@inertiajs/react'
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Menu,
  Pagination,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  ThemeIcon,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core'
import { useDebouncedCallback, useDisclosure } from '@mantine/hooks'
import {
  IconAddressBook,
  IconCalendarPlus,
  IconDots,
  IconPencil,
  IconSearch,
  IconTrash,
  IconUserPlus,
  IconVideo,
} from '@tabler/icons-react'
import { useI18n } from '~/lib/i18n'
import { ConfirmDeleteModal, formatBirthDate, type PersonRecord } from './form'

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

function visit(query: Query) {
  const data: Record<string, string | number> = {}
  if (query.search.trim()) data.search = query.search.trim()
  if (query.department) data.department = query.department
  if (query.page && query.page > 1) data.page = query.page
  router.get('/clients', data, { preserveState: true, preserveScroll: true, replace: true })
}

export default function ClientsIndex({ clients, meta, filters, departments }: Props) {
  const { t, locale } = useI18n()
  const [search, setSearch] = useState(filters.search)
  const [deleteOpened, deleteModal] = useDisclosure(false)
  const [deleting, setDeleting] = useState<ClientRow | null>(null)
  const [deleteProcessing, setDeleteProcessing] = useState(false)

  const applySearch = useDebouncedCallback((value: string) => visit({ ...filters, search: value }), 350)
  const hasFilters = Boolean(filters.search || filters.department)

  function clearFilters() {
    applySearch.cancel()
    setSearch('')
    visit({ search: '', department: '' })
  }

  function askDelete(client: ClientRow) {
    setDeleting(client)
    deleteModal.open()
  }

  function confirmDelete() {
    if (!deleting) return
    router.delete(`/clients/${deleting.id}`, {
      preserveScroll: true,
      onStart: () => setDeleteProcessing(true),
      onFinish: () => {
        setDeleteProcessing(false)
        deleteModal.close()
      },
    })
  }

  return (
    <Stack gap="lg">
      <Head title={t('clients.title')} />

      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Title order={1}>{t('clients.title')}</Title>
          <Text c="dimmed" size="sm" maw={720}>
            {t('clients.intro')}
          </Text>
        </div>
        <Button component={Link} href="/clients/new" leftSection={<IconUserPlus size={16} aria-hidden />} data-testid="client-new">
          {t('clients.new')}
        </Button>
      </Group>

      <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label={t('clients.filters.label')}>
        <TextInput
          label={t('clients.filters.search')}
          placeholder={t('clients.filters.search_placeholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => {
            const value = event.currentTarget.value
            setSearch(value)
            applySearch(value)
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              applySearch.cancel()
              visit({ ...filters, search })
            }
          }}
          w={{ base: '100%', sm: 360 }}
          type="search"
          data-testid="clients-search"
        />
        {departments.length > 0 && (
          <Select
            label={t('clients.filters.department')}
            placeholder={t('clients.filters.all_departments')}
            data={departments.map((department) => ({ value: String(department.id), label: department.name }))}
            value={filters.department || null}
            onChange={(value) => visit({ ...filters, search, department: value ?? '' })}
            clearable
            searchable
            nothingFoundMessage={t('clients.form.no_department_found')}
            w={{ base: '100%', sm: 220 }}
            data-testid="clients-department-filter"
          />
        )}
        {hasFilters && (
          <Button variant="subtle" onClick={clearFilters}>
            {t('clients.filters.clear')}
          </Button>
        )}
      </Group>

      {clients.length === 0 ? (
        <Paper withBorder p="xl" radius="md" data-testid="clients-empty">
          <Stack align="center" gap="sm">
            <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
              <IconAddressBook size={28} />
            </ThemeIcon>
            <Text fw={600}>{hasFilters ? t('clients.empty.filtered_title') : t('clients.empty.title')}</Text>
            <Text c="dimmed" size="sm" ta="center" maw={480}>
              {hasFilters ? t('clients.empty.filtered_body') : t('clients.empty.body')}
            </Text>
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
          </Stack>
        </Paper>
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={820}>
            <Table verticalSpacing="xs" highlightOnHover>
              <Table.Caption>{t('clients.table.caption', { total: meta.total })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('clients.table.name')}</Table.Th>
                  <Table.Th scope="col">{t('clients.table.date_of_birth')}</Table.Th>
                  <Table.Th scope="col">{t('clients.table.client_number')}</Table.Th>
                  <Table.Th scope="col">{t('clients.table.email')}</Table.Th>
                  <Table.Th scope="col">{t('clients.table.department')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    <VisuallyHidden>{t('clients.table.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
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
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Tooltip label={t('clients.actions.make_appointment')}>
                          <ActionIcon
                            component={Link}
                            href={`/appointments/new?clientId=${client.id}`}
                            variant="light"
                            aria-label={t('clients.actions.make_appointment_named', { name: client.displayName })}
                            data-testid="client-make-appointment"
                          >
                            <IconCalendarPlus size={18} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t('clients.actions.quick_consultation')}>
                          <ActionIcon
                            component={Link}
                            href={`/appointments/quick?clientId=${client.id}`}
                            variant="subtle"
                            aria-label={t('clients.actions.quick_consultation_named', { name: client.displayName })}
                            data-testid="client-quick-consultation"
                          >
                            <IconVideo size={18} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                        {/* Chat status icon: placeholder until the chat module exists (client.chatStatus is always null) */}
                        <Menu position="bottom-end" withinPortal>
                          <Menu.Target>
                            <ActionIcon
                              variant="subtle"
                              aria-label={t('clients.actions.menu', { name: client.displayName })}
                              data-testid="client-actions"
                            >
                              <IconDots size={18} aria-hidden />
                            </ActionIcon>
                          </Menu.Target>
                          <Menu.Dropdown>
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
                              onClick={() => askDelete(client)}
                              data-testid="client-delete"
                            >
                              {t('clients.actions.delete')}
                            </Menu.Item>
                          </Menu.Dropdown>
                        </Menu>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}

      {meta.lastPage > 1 && (
        <Group justify="space-between" wrap="wrap">
          <Text size="sm" c="dimmed">
            {t('clients.pagination.summary', { page: meta.currentPage, pages: meta.lastPage, total: meta.total })}
          </Text>
          <Pagination
            total={meta.lastPage}
            value={meta.currentPage}
            onChange={(page) => visit({ ...filters, search, page })}
            getControlProps={(control) => ({ 'aria-label': t(`clients.pagination.${control}`) })}
            getItemProps={(page) => ({ 'aria-label': t('clients.pagination.page', { page }) })}
          />
        </Group>
      )}

      <ConfirmDeleteModal
        opened={deleteOpened}
        onClose={deleteModal.close}
        title={t('clients.delete.title', { name: deleting?.displayName ?? '' })}
        body={t('clients.delete.body', { name: deleting?.displayName ?? '' })}
        note={t('clients.delete.past_kept')}
        confirmLabel={t('clients.delete.confirm')}
        onConfirm={confirmDelete}
        processing={deleteProcessing}
      />
    </Stack>
  )
}
