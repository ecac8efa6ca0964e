import { Head, Link, router, usePage } from '@inertiajs/react'
import { Anchor, Avatar, Badge, Button, Group, Menu, Stack, Table, Text } from '@mantine/core'
import { IconMailForward, IconPencil, IconTrash, IconUserPlus, IconUsers } from '@tabler/icons-react'
import { useT, type Translate } from '~/lib/i18n'
import type { SharedProps } from '~/types'
import ConfirmModal, { useConfirmDelete } from '~/components/confirm_modal'
import ListEmptyState from '~/components/list_empty_state'
import ListPagination from '~/components/list_pagination'
import { FilterBar, FilterSelect, SearchField, useListSearch, visitList } from '~/components/list_filters'
import { RowMenu } from '~/components/row_actions'
import ListTable from '~/components/list_table'
import PageHeader from '~/components/page_header'

type DepartmentRef = { id: number; name: string; color: string }

type Employee = {
  id: number
  fullName: string
  email: string
  phone: string | null
  role: string
  isActive: boolean
  initials: string
  locale: string | null
  pending: boolean
  departments: DepartmentRef[]
  lastLoginAt: string | null
}

type Props = {
  employees: Employee[]
  meta: { currentPage: number; lastPage: number; total: number }
  filters: { search: string; role: string; department: string }
  departments: DepartmentRef[]
  usage: { active: number; max: number }
  can: { manage: boolean }
  roles: string[]
}


/** Role names live in common.json (common.roles.*); fall back to a roles namespace, then the raw value */
function roleLabel(t: Translate, role: string): string {
  for (const key of [`common.roles.${role}`, `roles.${role}`]) {
    const label = t(key)
    if (label !== key) return label
  }
  return role
}

type Query = { search: string; role: string; department: string; page?: number }

const visit = (query: Query) => visitList('/employees', query)

export default function EmployeesIndex({ employees, meta, filters, departments, usage, can, roles }: Props) {
  const t = useT()
  const currentUserId = usePage<SharedProps>().props.user?.id ?? null
  const search = useListSearch(filters.search, (value) => visit({ ...filters, search: value }))
  const remove = useConfirmDelete((employee: Employee) => `/employees/${employee.id}`)

  const hasFilters = Boolean(filters.search || filters.role || filters.department)
  const atCap = usage.active >= usage.max

  function clearFilters() {
    search.reset()
    visit({ search: '', role: '', department: '' })
  }

  function resendInvitation(employee: Employee) {
    router.post(`/employees/${employee.id}/invitation`, {}, { preserveScroll: true })
  }

  return (
    <Stack gap="lg">
      <Head title={t('employees.title')} />

      <PageHeader
        title={t('employees.title')}
        intro={
          <Text size="sm" c={atCap ? 'orange.9' : 'dimmed'} data-testid="employees-usage">
            {t('employees.usage', { active: usage.active, max: usage.max })}
            {atCap && can.manage ? ` — ${t('employees.usage_full')}` : ''}
          </Text>
        }
      >
        {can.manage && (
          <Button
            component={Link}
            href="/employees/new"
            leftSection={<IconUserPlus size={16} aria-hidden />}
            data-testid="employee-new"
          >
            {t('employees.add')}
          </Button>
        )}
      </PageHeader>

      <FilterBar
        label={t('employees.filters.label')}
        active={hasFilters}
        clearLabel={t('employees.filters.clear')}
        onClear={clearFilters}
      >
        <SearchField
          label={t('employees.filters.search')}
          placeholder={t('employees.filters.search_placeholder')}
          {...search.inputProps}
          w={{ base: '100%', sm: 280 }}
          data-testid="employees-search"
        />
        <FilterSelect
          label={t('employees.filters.role')}
          placeholder={t('employees.filters.all_roles')}
          data={roles.map((role) => ({ value: role, label: roleLabel(t, role) }))}
          value={filters.role}
          onChange={(role) => visit({ ...filters, search: search.value, role })}
          searchable={false}
          width={200}
          data-testid="employees-role-filter"
        />
        <FilterSelect
          label={t('employees.filters.department')}
          placeholder={t('employees.filters.all_departments')}
          data={departments.map((department) => ({ value: String(department.id), label: department.name }))}
          value={filters.department}
          onChange={(department) => visit({ ...filters, search: search.value, department })}
          nothingFoundMessage={t('employees.filters.no_department_found')}
          data-testid="employees-department-filter"
        />
      </FilterBar>

      {employees.length === 0 ? (
        <ListEmptyState
          icon={IconUsers}
          title={hasFilters ? t('employees.empty.filtered_title') : t('employees.empty.title')}
          body={
            hasFilters
              ? t('employees.empty.filtered_body')
              : can.manage
                ? t('employees.empty.body')
                : t('employees.empty.body_no_manage')
          }
          testId="employees-empty"
        >
          {hasFilters ? (
            <Button variant="default" onClick={clearFilters}>
              {t('employees.filters.clear')}
            </Button>
          ) : (
            can.manage && (
              <Button component={Link} href="/employees/new" leftSection={<IconUserPlus size={16} aria-hidden />}>
                {t('employees.add')}
              </Button>
            )
          )}
        </ListEmptyState>
      ) : (
        <ListTable
          caption={t('employees.table.caption', { total: meta.total })}
          columns={[
            t('employees.table.name'),
            t('employees.table.email'),
            t('employees.table.role'),
            t('employees.table.departments'),
            t('employees.table.status'),
            can.manage && { label: t('employees.table.actions'), hidden: true },
          ]}
          minWidth={760}
        >
          {employees.map((employee) => (
            <Table.Tr key={employee.id} data-testid="employee-row">
              <Table.Td>
                <Group gap="sm" wrap="nowrap">
                  <Avatar radius="xl" size="sm" color="initials" name={employee.fullName} alt="" aria-hidden>
                    {employee.initials}
                  </Avatar>
                  <Text size="sm" fw={600}>
                    {employee.fullName}
                  </Text>
                  {employee.id === currentUserId && (
                    <Badge variant="outline" color="gray" size="xs" tt="none">
                      {t('employees.table.you')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Anchor size="sm" href={`mailto:${employee.email}`}>
                  {employee.email}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{roleLabel(t, employee.role)}</Text>
              </Table.Td>
              <Table.Td>
                {employee.departments.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('employees.table.no_departments')}
                  </Text>
                ) : (
                  <Group gap={4}>
                    {employee.departments.map((department) => (
                      <Badge key={department.id} color={department.color} autoContrast variant="filled" size="sm" tt="none">
                        {department.name}
                      </Badge>
                    ))}
                  </Group>
                )}
              </Table.Td>
              <Table.Td>
                {employee.pending ? (
                  <Badge color="yellow" variant="light" size="sm" tt="none" data-testid="employee-pending">
                    {t('employees.status.pending')}
                  </Badge>
                ) : !employee.isActive ? (
                  <Badge color="gray" variant="light" size="sm" tt="none">
                    {t('employees.status.inactive')}
                  </Badge>
                ) : (
                  <Badge color="green" variant="light" size="sm" tt="none">
                    {t('employees.status.active')}
                  </Badge>
                )}
              </Table.Td>
              {can.manage && (
                <Table.Td ta="right">
                  <RowMenu name={t('employees.actions.menu', { name: employee.fullName })} testId="employee-actions">
                    <Menu.Item
                      component={Link}
                      href={`/employees/${employee.id}/edit`}
                      leftSection={<IconPencil size={16} aria-hidden />}
                    >
                      {t('employees.actions.edit')}
                    </Menu.Item>
                    {employee.pending && (
                      <Menu.Item
                        leftSection={<IconMailForward size={16} aria-hidden />}
                        onClick={() => resendInvitation(employee)}
                        data-testid="employee-resend"
                      >
                        {t('employees.actions.resend')}
                      </Menu.Item>
                    )}
                    {/* The server refuses to remove the signed-in user (employees.errors.cannot_remove_self) */}
                    {employee.id !== currentUserId && (
                      <>
                        <Menu.Divider />
                        <Menu.Item
                          color="red"
                          leftSection={<IconTrash size={16} aria-hidden />}
                          onClick={() => remove.ask(employee)}
                          data-testid="employee-remove"
                        >
                          {t('employees.actions.remove')}
                        </Menu.Item>
                      </>
                    )}
                  </RowMenu>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </ListTable>
      )}

      <ListPagination
        meta={meta}
        keys="employees.pagination"
        onChange={(page) => visit({ ...filters, search: search.value, page })}
      />

      <ConfirmModal
        {...remove.modalProps}
        title={t('employees.remove.title', { name: remove.target?.fullName ?? '' })}
        cancelLabel={t('employees.actions.cancel')}
        confirmLabel={t('employees.remove.confirm')}
        confirmTestId="employee-remove-confirm"
      >
        <Text size="sm">
          {t('employees.remove.body', { name: remove.target?.fullName ?? '', email: remove.target?.email ?? '' })}
        </Text>
        <Text size="sm" fw={600}>
          {t('employees.remove.irreversible')}
        </Text>
      </ConfirmModal>
    </Stack>
  )
}
