import { Head, Link, router } from '@inertiajs/react'
import { Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core'
import { IconMail, IconPencil, IconPlus, IconSearch, IconTrash } from '@tabler/icons-react'
import { languageName, useI18n } from '~/lib/i18n'
import ConfirmModal, { useConfirmDelete } from '~/components/confirm_modal'
import ListEmptyState from '~/components/list_empty_state'
import { FilterBar, useListSearch, visitList } from '~/components/list_filters'
import { RowAction, RowActions } from '~/components/row_actions'
import ListTable from '~/components/list_table'
import PageHeader from '~/components/page_header'

type DepartmentRef = { id: number; name: string; color: string }

type EmailSetRow = {
  id: number
  name: string
  isDefault: boolean
  departments: DepartmentRef[]
  locales: string[]
  templateCount: number
  updatedAt: string
}

type Filters = { search: string; department: string; locale: string }

type Props = {
  sets: EmailSetRow[]
  filters: Filters
  departments: DepartmentRef[]
  locales: string[]
  total: number
}

const PATH = '/email-sets'

export default function EmailSetsIndex({ sets, filters, departments, locales, total }: Props) {
  const { t, locale: uiLocale } = useI18n()
  /* Search as one types, a moment after the last key */
  const search = useListSearch(filters.search, (value) => apply({ search: value }), 300)
  const remove = useConfirmDelete((row: EmailSetRow) => `${PATH}/${row.id}`)
  const deleting = remove.target

  function apply(next: Partial<Filters>) {
    visitList(PATH, { ...filters, search: search.value, ...next })
  }

  function clearFilters() {
    search.reset()
    router.get(PATH, {}, { preserveState: true, replace: true })
  }

  const filtered = filters.search !== '' || filters.department !== '' || filters.locale !== ''
  const otherSetsExist = (row: EmailSetRow) => row.isDefault && total > 1

  const formatDate = (iso: string) =>
    new Intl.DateTimeFormat(uiLocale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))

  return (
    <Stack gap="lg">
      <Head title={t('email_sets.title')} />

      <PageHeader title={t('email_sets.title')} intro={t('email_sets.intro')} introWidth={760}>
        <Button component={Link} href={`${PATH}/new`} leftSection={<IconPlus size={16} aria-hidden />} data-testid="email-set-new">
          {t('email_sets.new')}
        </Button>
      </PageHeader>

      {total > 0 && (
        <FilterBar active={filtered} clearLabel={t('email_sets.filters.clear')} onClear={clearFilters}>
          <TextInput
            label={t('email_sets.filters.search')}
            placeholder={t('email_sets.filters.search_placeholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            {...search.inputProps}
            maxLength={100}
            w={260}
            name="search"
          />
          <Select
            label={t('email_sets.filters.department')}
            data={[
              { value: '', label: t('email_sets.filters.department_all') },
              ...departments.map((department) => ({ value: String(department.id), label: department.name })),
            ]}
            value={filters.department}
            onChange={(value) => apply({ department: value ?? '' })}
            allowDeselect={false}
            w={220}
          />
          <Select
            label={t('email_sets.filters.locale')}
            data={[
              { value: '', label: t('email_sets.filters.locale_all') },
              ...locales.map((code) => ({ value: code, label: languageName(t, code) })),
            ]}
            value={filters.locale}
            onChange={(value) => apply({ locale: value ?? '' })}
            allowDeselect={false}
            w={180}
          />
        </FilterBar>
      )}

      {sets.length === 0 ? (
        <ListEmptyState
          icon={IconMail}
          title={filtered ? t('email_sets.empty.filtered_title') : t('email_sets.empty.title')}
          body={filtered ? t('email_sets.empty.filtered_body') : t('email_sets.empty.body')}
          bodyWidth={520}
          testId="email-sets-empty"
        >
          {!filtered && (
            <Button component={Link} href={`${PATH}/new`} leftSection={<IconPlus size={16} aria-hidden />}>
              {t('email_sets.new')}
            </Button>
          )}
        </ListEmptyState>
      ) : (
        <ListTable
          caption={t('email_sets.table.caption', { count: sets.length })}
          columns={[
            t('email_sets.table.name'),
            t('email_sets.table.departments'),
            t('email_sets.table.languages'),
            t('email_sets.table.updated'),
            { label: t('email_sets.table.actions'), align: 'right', hidden: true },
          ]}
          minWidth={720}
        >
          {sets.map((row) => (
            <Table.Tr key={row.id} data-testid="email-set-row">
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Link href={`${PATH}/${row.id}/edit`} style={{ fontWeight: 600, fontSize: 14 }}>
                    {row.name}
                  </Link>
                  {row.isDefault && (
                    <Badge variant="light" color="blue" size="sm">
                      {t('email_sets.table.default_badge')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                {row.departments.length > 0 ? (
                  <Group gap={4}>
                    {row.departments.map((department) => (
                      <Badge key={department.id} variant="outline" color="gray" size="sm" tt="none">
                        {department.name}
                      </Badge>
                    ))}
                  </Group>
                ) : (
                  <Text size="sm" c="dimmed">
                    {row.isDefault ? t('email_sets.table.all_other_departments') : t('email_sets.table.no_departments')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {row.locales.length > 0 ? (
                  <Group gap={4}>
                    {row.locales.map((code) => (
                      <Badge key={code} variant="light" color="gray" size="sm" tt="none">
                        {languageName(t, code)}
                      </Badge>
                    ))}
                  </Group>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('email_sets.table.no_languages')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDate(row.updatedAt)}</Text>
              </Table.Td>
              <Table.Td>
                <RowActions>
                  <RowAction
                    label={t('email_sets.actions.edit')}
                    name={t('email_sets.actions.edit_named', { name: row.name })}
                    icon={IconPencil}
                    href={`${PATH}/${row.id}/edit`}
                  />
                  <RowAction
                    label={t('email_sets.actions.delete')}
                    name={t('email_sets.actions.delete_named', { name: row.name })}
                    icon={IconTrash}
                    color="red"
                    onClick={() => remove.ask(row)}
                    testId="email-set-delete"
                  />
                </RowActions>
              </Table.Td>
            </Table.Tr>
          ))}
        </ListTable>
      )}

      <ConfirmModal
        {...remove.modalProps}
        title={t('email_sets.delete.title', { name: deleting?.name ?? '' })}
        cancelLabel={t('email_sets.actions.cancel')}
        confirmLabel={t('email_sets.delete.confirm')}
        confirmTestId="email-set-delete-confirm"
        canConfirm={deleting !== null && !otherSetsExist(deleting)}
      >
        {deleting &&
          (otherSetsExist(deleting) ? (
            <Text size="sm">{t('email_sets.delete.default_blocked')}</Text>
          ) : (
            <>
              <Text size="sm">{t('email_sets.delete.body', { name: deleting.name })}</Text>
              <Text size="sm">
                {deleting.isDefault
                  ? t('email_sets.delete.last_default')
                  : t('email_sets.delete.departments_fall_back', {
                      count: deleting.departments.length,
                      departments: deleting.departments.map((department) => department.name).join(', '),
                    })}
              </Text>
            </>
          ))}
      </ConfirmModal>
    </Stack>
  )
}
