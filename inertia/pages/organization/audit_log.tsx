import { useMemo, useState, type FormEvent } from 'react'
import { Head, router, usePage } from '@inertiajs/react'
import {
  Autocomplete,
  Box,
  Button,
  Card,
  EmptyState,
  Group,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { IconHistory, IconSearch } from '@tabler/icons-react'
import type { Data } from '@generated/data'
import { useI18n, type Translate } from '~/lib/i18n'
import type { SharedProps } from '~/types'
import ListPagination from '~/components/list_pagination'

type Props = {
  entries: Data.AuditLog[]
  meta: { currentPage: number; lastPage: number; total: number }
  filters: { action: string }
}

const AUDIT_LOG_PATH = '/organization/audit-log'

/** Actions the log knows; each has a label under audit.actions.<action> */
const KNOWN_ACTIONS = [
  'organization.updated',
  'organization.advanced_settings_updated',
  'organization.logo_replaced',
  'organization.logo_removed',
  'organization.api_key_rotated',
  'organization.api_key_revoked',
  'organization.background_added',
  'organization.background_removed',
  'module.enabled',
  'module.disabled',
  'department.created',
  'department.updated',
  'department.deleted',
  'employee.invited',
  'employee.updated',
  'employee.removed',
  'group.created',
  'group.updated',
  'group.deleted',
  'appointment.created',
  'appointment.updated',
  'appointment.cancelled',
  'appointment.quick_started',
  'appointment.anonymized',
  'client.created',
  'client.updated',
  'client.deleted',
  'client.viewed',
  'external_participant.created',
  'external_participant.updated',
  'external_participant.deleted',
  'availability.created',
  'availability.updated',
  'availability.deleted',
  'availability_exception.created',
  'availability_exception.deleted',
  'email_set.created',
  'email_set.updated',
  'email_set.deleted',
  'announcement.created',
  'announcement.deleted',
  'announcement.deleted_all',
  'waiting_room_text.updated',
  'waiting_room_text.reset',
  'consultation.file_downloaded',
]
const CATEGORIES = ['organization', 'module', 'department', 'employee', 'group', 'appointment', 'client', 'external_participant', 'availability', 'availability_exception', 'email_set', 'announcement', 'waiting_room_text', 'consultation']

/** A translation, or the fallback when the key has none */
function translateOr(t: Translate, key: string, fallback: string, values?: Record<string, unknown>) {
  const text = t(key, values)
  return text === key ? fallback : text
}

function describeAction(t: Translate, action: string) {
  if (action.endsWith('.') && CATEGORIES.includes(action.slice(0, -1))) {
    return t(`audit.categories.${action.slice(0, -1)}`)
  }
  return translateOr(t, `audit.actions.${action}`, action)
}

/** A field name in plain words: the audit glossary, else the advanced setting's label, else the raw key */
function describeField(t: Translate, field: string) {
  const fromAudit = t(`audit.fields.${field}`)
  if (fromAudit !== `audit.fields.${field}`) return fromAudit
  return translateOr(t, `advanced.settings.${field}.label`, field)
}

function describeValue(t: Translate, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('audit.value_empty')
  if (value === true) return t('audit.value_on')
  if (value === false) return t('audit.value_off')
  if (Array.isArray(value)) {
    return value.length === 0 ? t('audit.value_empty') : value.map((item) => describeValue(t, field, item)).join(', ')
  }
  if (field === 'role' && typeof value === 'string') return translateOr(t, `common.roles.${value}`, value)
  if ((field === 'defaultLocale' || field === 'locale') && typeof value === 'string') {
    return translateOr(t, `common.languages.${value}`, value)
  }
  if (typeof value === 'string') {
    const option = translateOr(t, `advanced.settings.${field}.options.${value}`, '')
    if (option) return option
  }
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value)
  return text.length > 80 ? `${text.slice(0, 79)}…` : text
}

function Changes({ changes }: { changes: Record<string, unknown> | null }) {
  const { t } = useI18n()
  const list = changes ? Object.entries(changes) : []
  if (list.length === 0) return <Text size="xs" c="dimmed">{t('audit.no_changes')}</Text>
  return (
    <Box component="dl" m={0} style={{ fontSize: 'var(--mantine-font-size-xs)' }}>
      {list.map(([field, value]) => (
        <div key={field} style={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
          <Box component="dt" fw={600} m={0} title={field}>
            {describeField(t, field)}:
          </Box>
          <Box component="dd" m={0} style={{ wordBreak: 'break-word' }}>
            {describeValue(t, field, value)}
          </Box>
        </div>
      ))}
    </Box>
  )
}

/** The organization's audit log, newest first. Org admins only. */
export default function AuditLog({ entries, meta, filters }: Props) {
  const { t, locale } = useI18n()
  /* Times in the organization's own time zone, as everywhere else in the product */
  const timeZone = usePage<SharedProps>().props.organization?.timezone
  const [action, setAction] = useState(filters.action ?? '')
  const dateFormat = useMemo(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
    [locale, timeZone]
  )
  const suggestions = useMemo(() => [...CATEGORIES.map((category) => `${category}.`), ...KNOWN_ACTIONS], [])

  function visit(query: { action?: string; page?: number }) {
    const params: Record<string, string | number> = {}
    if (query.action) params.action = query.action
    if (query.page && query.page > 1) params.page = query.page
    router.get(AUDIT_LOG_PATH, params, { preserveState: true, replace: true })
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    visit({ action: action.trim() })
  }

  function clear() {
    setAction('')
    visit({})
  }

  return (
    <Stack maw={1100} gap="lg">
      <Head title={t('audit.title')} />
      <div>
        <Title order={1}>{t('audit.title')}</Title>
        <Text c="dimmed">{t('audit.intro')}</Text>
      </div>

      <form onSubmit={submit} role="search" aria-label={t('audit.filter.label')}>
        <Group align="flex-end" wrap="wrap">
          <Autocomplete
            style={{ flex: 1, minWidth: 240, maxWidth: 420 }}
            label={t('audit.filter.label')}
            description={t('audit.filter.help')}
            placeholder={t('audit.filter.placeholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            data={suggestions}
            value={action}
            onChange={setAction}
            onOptionSubmit={(value) => visit({ action: value })}
            renderOption={({ option }) => (
              <div>
                <Text size="sm">{describeAction(t, option.value)}</Text>
                <Text size="xs" c="dimmed" ff="monospace">
                  {option.value}
                </Text>
              </div>
            )}
            maxLength={80}
            name="action"
          />
          <Button type="submit">{t('audit.filter.submit')}</Button>
          {filters.action && (
            <Button variant="default" onClick={clear}>
              {t('audit.filter.clear')}
            </Button>
          )}
        </Group>
      </form>

      <Text size="sm" c="dimmed" aria-live="polite">
        {filters.action
          ? t('audit.count_filtered', { count: meta.total, filter: filters.action })
          : t('audit.count', { count: meta.total })}
      </Text>

      {entries.length === 0 ? (
        <Card withBorder>
          <EmptyState
            icon={<IconHistory size={32} aria-hidden />}
            withIndicatorBackground
            title={filters.action ? t('audit.empty_filtered_title') : t('audit.empty_title')}
            description={filters.action ? t('audit.empty_filtered_text') : t('audit.empty_text')}
          >
            {filters.action && (
              <EmptyState.Actions>
                <Button variant="default" onClick={clear}>
                  {t('audit.filter.clear')}
                </Button>
              </EmptyState.Actions>
            )}
          </EmptyState>
        </Card>
      ) : (
        <Card withBorder p={0}>
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover verticalSpacing="xs" fz="sm" captionSide="top">
              <Table.Caption style={{ textAlign: 'start' }} px="sm">
                <Text component="span" size="sm" c="dimmed">
                  {t('audit.table_caption')}
                </Text>
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('audit.columns.time')}</Table.Th>
                  <Table.Th scope="col">{t('audit.columns.who')}</Table.Th>
                  <Table.Th scope="col">{t('audit.columns.action')}</Table.Th>
                  <Table.Th scope="col">{t('audit.columns.subject')}</Table.Th>
                  <Table.Th scope="col">{t('audit.columns.changes')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((entry) => (
                  <Table.Tr key={entry.id} data-action={entry.action}>
                    <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                      <time dateTime={entry.createdAt}>{dateFormat.format(new Date(entry.createdAt))}</time>
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Text size="sm">{entry.actorName ?? t('audit.system')}</Text>
                      {entry.ipAddress && (
                        <Text size="xs" c="dimmed" ff="monospace">
                          {t('audit.ip', { ip: entry.ipAddress })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top' }} title={entry.action}>
                      {describeAction(t, entry.action)}
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Text size="sm">{entry.subjectLabel ?? '—'}</Text>
                      {entry.subjectType && (
                        <Text size="xs" c="dimmed">
                          {translateOr(t, `audit.subjects.${entry.subjectType}`, entry.subjectType)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Changes changes={entry.changes as Record<string, unknown> | null} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}

      <ListPagination
        meta={meta}
        keys="audit.pagination"
        summary={t('audit.page_of', { page: meta.currentPage, pages: meta.lastPage })}
        navLabel={t('audit.pagination.label')}
        withEdges
        onChange={(page) => visit({ action: filters.action, page })}
      />
    </Stack>
  )
}
