import { useState } from 'react'
import { Head, Link, router } from '@inertiajs/react'
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
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
import { IconPencil, IconSearch, IconTrash, IconUserPlus, IconUsersPlus } from '@tabler/icons-react'
import { useI18n } from '~/lib/i18n'
import { ConfirmDeleteModal, formatBirthDate, type PersonRecord } from '../clients/form'

type ParticipantRow = PersonRecord & { groups: { id: number; name: string }[] }

type Props = {
  participants: ParticipantRow[]
  meta: { currentPage: number; lastPage: number; total: number }
  filters: { search: string; group: string }
  groups: { id: number; name: string }[]
  can: { manage: boolean }
}

type Query = { search: string; group: string; page?: number }

function visit(query: Query) {
  const data: Record<string, string | number> = {}
  if (query.search.trim()) data.search = query.search.trim()
  if (query.group) data.group = query.group
  if (query.page && query.page > 1) data.page = query.page
  router.get('/external-participants', data, { preserveState: true, preserveScroll: true, replace: true })
}

export default function ExternalParticipantsIndex({ participants, meta, filters, groups, can }: Props) {
  const { t, locale } = useI18n()
  const [search, setSearch] = useState(filters.search)
  const [deleteOpened, deleteModal] = useDisclosure(false)
  const [deleting, setDeleting] = useState<ParticipantRow | null>(null)
  const [deleteProcessing, setDeleteProcessing] = useState(false)

  const applySearch = useDebouncedCallback((value: string) => visit({ ...filters, search: value }), 350)
  const hasFilters = Boolean(filters.search || filters.group)

  function clearFilters() {
    applySearch.cancel()
    setSearch('')
    visit({ search: '', group: '' })
  }

  function askDelete(participant: ParticipantRow) {
    setDeleting(participant)
    deleteModal.open()
  }

  function confirmDelete() {
    if (!deleting) return
    router.delete(`/external-participants/${deleting.id}`, {
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
      <Head title={t('clients.external.title')} />

      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Title order={1}>{t('clients.external.title')}</Title>
          <Text c="dimmed" size="sm" maw={720}>
            {t('clients.external.intro')}
          </Text>
        </div>
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
      </Group>

      <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label={t('clients.external.filters.label')}>
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
          data-testid="participants-search"
        />
        {groups.length > 0 && (
          <Select
            label={t('clients.external.filters.group')}
            placeholder={t('clients.external.filters.all_groups')}
            data={groups.map((group) => ({ value: String(group.id), label: group.name }))}
            value={filters.group || null}
            onChange={(value) => visit({ ...filters, search, group: value ?? '' })}
            clearable
            searchable
            nothingFoundMessage={t('clients.external.form.no_group_found')}
            w={{ base: '100%', sm: 220 }}
            data-testid="participants-group-filter"
          />
        )}
        {hasFilters && (
          <Button variant="subtle" onClick={clearFilters}>
            {t('clients.filters.clear')}
          </Button>
        )}
      </Group>

      {participants.length === 0 ? (
        <Paper withBorder p="xl" radius="md" data-testid="participants-empty">
          <Stack align="center" gap="sm">
            <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
              <IconUsersPlus size={28} />
            </ThemeIcon>
            <Text fw={600}>{hasFilters ? t('clients.external.empty.filtered_title') : t('clients.external.empty.title')}</Text>
            <Text c="dimmed" size="sm" ta="center" maw={480}>
              {hasFilters
                ? t('clients.empty.filtered_body')
                : can.manage
                  ? t('clients.external.empty.body')
                  : t('clients.external.empty.body_no_manage')}
            </Text>
            {hasFilters && (
              <Button variant="default" onClick={clearFilters}>
                {t('clients.filters.clear')}
              </Button>
            )}
          </Stack>
        </Paper>
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs" highlightOnHover>
              <Table.Caption>{t('clients.external.table.caption', { total: meta.total })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('clients.table.name')}</Table.Th>
                  <Table.Th scope="col">{t('clients.table.date_of_birth')}</Table.Th>
                  <Table.Th scope="col">{t('clients.table.email')}</Table.Th>
                  <Table.Th scope="col">{t('clients.external.table.groups')}</Table.Th>
                  {can.manage && (
                    <Table.Th scope="col" ta="right">
                      <VisuallyHidden>{t('clients.table.actions')}</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
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
                        <Group gap={4} justify="flex-end" wrap="nowrap">
                          <Tooltip label={t('clients.actions.edit')}>
                            <ActionIcon
                              component={Link}
                              href={`/external-participants/${participant.id}/edit`}
                              variant="subtle"
                              aria-label={t('clients.external.actions.edit_named', { name: participant.displayName })}
                            >
                              <IconPencil size={18} aria-hidden />
                            </ActionIcon>
                          </Tooltip>
                          <Tooltip label={t('clients.actions.delete')}>
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              onClick={() => askDelete(participant)}
                              aria-label={t('clients.external.actions.delete_named', { name: participant.displayName })}
                              data-testid="participant-delete"
                            >
                              <IconTrash size={18} aria-hidden />
                            </ActionIcon>
                          </Tooltip>
                        </Group>
                      </Table.Td>
                    )}
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
        title={t('clients.external.delete.title', { name: deleting?.displayName ?? '' })}
        body={t('clients.external.delete.body', { name: deleting?.displayName ?? '' })}
        note={t('clients.delete.past_kept')}
        confirmLabel={t('clients.external.delete.confirm')}
        onConfirm={confirmDelete}
        processing={deleteProcessing}
      />
    </Stack>
  )
}
