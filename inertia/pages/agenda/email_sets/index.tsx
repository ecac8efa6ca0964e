import { useEffect, useRef, useState } from 'react'
import { Head, Link, router } from '@inertiajs/react'
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Modal,
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
import { useDisclosure } from '@mantine/hooks'
import { IconMail, IconPencil, IconPlus, IconSearch, IconTrash } from '@tabler/icons-react'
import { useI18n } from '~/lib/i18n'

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
  const [search, setSearch] = useState(filters.search)
  const [deleteOpened, deleteModal] = useDisclosure(false)
  const [deleting, setDeleting] = useState<EmailSetRow | null>(null)
  const [deleteProcessing, setDeleteProcessing] = useState(false)
  const firstRender = useRef(true)

  function apply(next: Partial<Filters>) {
    const query = { ...filters, search, ...next }
    const data = Object.fromEntries(Object.entries(query).filter(([, value]) => value !== ''))
    router.get(PATH, data, { preserveState: true, preserveScroll: true, replace: true })
  }

  /* Search as one types, a moment after the last key */
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    const timer = setTimeout(() => apply({ search }), 300)
    return () => clearTimeout(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search])

  const filtered = filters.search !== '' || filters.department !== '' || filters.locale !== ''
  const otherSetsExist = (row: EmailSetRow) => row.isDefault && total > 1

  function askDelete(row: EmailSetRow) {
    setDeleting(row)
    deleteModal.open()
  }

  function confirmDelete() {
    if (!deleting) return
    router.delete(`${PATH}/${deleting.id}`, {
      preserveScroll: true,
      onStart: () => setDeleteProcessing(true),
      onSuccess: () => deleteModal.close(),
      onFinish: () => setDeleteProcessing(false),
    })
  }

  const formatDate = (iso: string) =>
    new Intl.DateTimeFormat(uiLocale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
  const languageName = (code: string) => t(`common.languages.${code}`)

  return (
    <Stack gap="lg">
      <Head title={t('email_sets.title')} />

      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Title order={1}>{t('email_sets.title')}</Title>
          <Text c="dimmed" size="sm" maw={760}>
            {t('email_sets.intro')}
          </Text>
        </div>
        <Button component={Link} href={`${PATH}/new`} leftSection={<IconPlus size={16} aria-hidden />} data-testid="email-set-new">
          {t('email_sets.new')}
        </Button>
      </Group>

      {total > 0 && (
        <Group gap="sm" align="flex-end" wrap="wrap" role="search">
          <TextInput
            label={t('email_sets.filters.search')}
            placeholder={t('email_sets.filters.search_placeholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
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
              ...locales.map((code) => ({ value: code, label: languageName(code) })),
            ]}
            value={filters.locale}
            onChange={(value) => apply({ locale: value ?? '' })}
            allowDeselect={false}
            w={180}
          />
          {filtered && (
            <Button
              variant="subtle"
              onClick={() => {
                setSearch('')
                router.get(PATH, {}, { preserveState: true, replace: true })
              }}
            >
              {t('email_sets.filters.clear')}
            </Button>
          )}
        </Group>
      )}

      {sets.length === 0 ? (
        <Paper withBorder p="xl" radius="md" data-testid="email-sets-empty">
          <Stack align="center" gap="sm">
            <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
              <IconMail size={28} />
            </ThemeIcon>
            <Text fw={600}>{filtered ? t('email_sets.empty.filtered_title') : t('email_sets.empty.title')}</Text>
            <Text c="dimmed" size="sm" ta="center" maw={520}>
              {filtered ? t('email_sets.empty.filtered_body') : t('email_sets.empty.body')}
            </Text>
            {!filtered && (
              <Button component={Link} href={`${PATH}/new`} leftSection={<IconPlus size={16} aria-hidden />}>
                {t('email_sets.new')}
              </Button>
            )}
          </Stack>
        </Paper>
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="xs" highlightOnHover>
              <Table.Caption>{t('email_sets.table.caption', { count: sets.length })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('email_sets.table.name')}</Table.Th>
                  <Table.Th scope="col">{t('email_sets.table.departments')}</Table.Th>
                  <Table.Th scope="col">{t('email_sets.table.languages')}</Table.Th>
                  <Table.Th scope="col">{t('email_sets.table.updated')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    <VisuallyHidden>{t('email_sets.table.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
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
                              {languageName(code)}
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
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Tooltip label={t('email_sets.actions.edit')} withArrow>
                          <ActionIcon
                            component={Link}
                            href={`${PATH}/${row.id}/edit`}
                            variant="subtle"
                            aria-label={t('email_sets.actions.edit_named', { name: row.name })}
                          >
                            <IconPencil size={18} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t('email_sets.actions.delete')} withArrow>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            onClick={() => askDelete(row)}
                            aria-label={t('email_sets.actions.delete_named', { name: row.name })}
                            data-testid="email-set-delete"
                          >
                            <IconTrash size={18} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}

      <Modal opened={deleteOpened} onClose={deleteModal.close} title={t('email_sets.delete.title', { name: deleting?.name ?? '' })}>
        {deleting && (
          <Stack gap="md">
            {otherSetsExist(deleting) ? (
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
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={deleteModal.close} data-autofocus>
                {t('email_sets.actions.cancel')}
              </Button>
              {!otherSetsExist(deleting) && (
                <Button color="red" onClick={confirmDelete} loading={deleteProcessing} data-testid="email-set-delete-confirm">
                  {t('email_sets.delete.confirm')}
                </Button>
              )}
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  )
}
