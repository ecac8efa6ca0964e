import { useEffect, useState } from 'react'
import { Head, Link } from '@inertiajs/react'
import { Anchor, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { IconBolt, IconCalendar, IconCalendarPlus } from '@tabler/icons-react'
import { useT } from '~/lib/i18n'
import { useAgendaFormat } from '~/components/agenda/format'
import { HolderLabel, KindBadge, StatusBadge } from '~/components/agenda/appointment_badges'
import type { AppointmentView, DepartmentRef, GroupChoice, HandlerChoice } from '~/components/agenda/appointment_types'
import ListEmptyState from '~/components/list_empty_state'
import ListPagination from '~/components/list_pagination'
import { FilterBar, FilterSelect, visitList } from '~/components/list_filters'
import ListTable from '~/components/list_table'
import PageHeader from '~/components/page_header'

type Filters = { departmentId: string; handlerId: string; from: string; to: string; status: string }

type Props = {
  appointments: AppointmentView[]
  meta: { currentPage: number; lastPage: number; total: number }
  filters: Filters
  handlers: HandlerChoice[]
  departments: DepartmentRef[]
  groups: GroupChoice[]
  strictDepartments: boolean
}

const STATUSES = ['scheduled', 'cancelled', 'all']

/* A date input reports half-typed years ("0002-05-01") while the user types: only whole dates filter */
const isWholeDate = (value: string) => value === '' || /^(19|20|21)\d{2}-\d{2}-\d{2}$/.test(value)

/* scheduled is the default status: left out of the address */
function visit(filters: Filters, page?: number) {
  visitList('/appointments', { ...filters, status: filters.status === 'scheduled' ? '' : filters.status, page })
}

export default function AppointmentsIndex({ appointments, meta, filters, handlers, departments }: Props) {
  const t = useT()
  const format = useAgendaFormat()
  const [range, setRange] = useState({ from: filters.from, to: filters.to })
  useEffect(() => setRange({ from: filters.from, to: filters.to }), [filters.from, filters.to])
  const applyRange = useDebouncedCallback((next: { from: string; to: string }) => {
    if (isWholeDate(next.from) && isWholeDate(next.to)) visit({ ...filters, ...next })
  }, 400)

  function changeRange(patch: Partial<typeof range>) {
    const next = { ...range, ...patch }
    setRange(next)
    applyRange(next)
  }

  const hasFilters = Boolean(filters.departmentId || filters.handlerId || filters.from || filters.to || filters.status !== 'scheduled')

  function change(patch: Partial<Filters>) {
    applyRange.cancel()
    visit({ ...filters, ...range, ...patch })
  }

  function clearFilters() {
    applyRange.cancel()
    setRange({ from: '', to: '' })
    visit({ departmentId: '', handlerId: '', from: '', to: '', status: 'scheduled' })
  }

  function participantNames(appointment: AppointmentView) {
    const names = appointment.participants.map((participant) => participant.name ?? t('appointments_ui.show.anonymized_person'))
    return names.length > 0 ? names.join(', ') : t('appointments_ui.list.no_participants')
  }

  return (
    <Stack gap="lg">
      <Head title={t('appointments_ui.list.title')} />

      <PageHeader title={t('appointments_ui.list.title')} intro={t('appointments_ui.list.intro')}>
        <Group gap="sm">
          <Button
            component={Link}
            href="/appointments/quick"
            variant="default"
            leftSection={<IconBolt size={16} aria-hidden />}
            data-testid="appointment-quick"
          >
            {t('appointments_ui.actions.quick')}
          </Button>
          <Button
            component={Link}
            href="/appointments/new"
            leftSection={<IconCalendarPlus size={16} aria-hidden />}
            data-testid="appointment-new"
          >
            {t('appointments_ui.actions.new')}
          </Button>
        </Group>
      </PageHeader>

      <FilterBar
        label={t('appointments_ui.filters.label')}
        active={hasFilters}
        clearLabel={t('appointments_ui.filters.clear')}
        onClear={clearFilters}
      >
        {departments.length > 1 && (
          <FilterSelect
            label={t('appointments_ui.filters.department')}
            placeholder={t('appointments_ui.filters.all_departments')}
            data={departments.map((department) => ({ value: String(department.id), label: department.name }))}
            value={filters.departmentId}
            onChange={(departmentId) => change({ departmentId })}
            nothingFoundMessage={t('appointments_ui.form.nothing_found')}
            data-testid="appointments-department-filter"
          />
        )}
        {handlers.length > 1 && (
          <FilterSelect
            label={t('appointments_ui.filters.handler')}
            placeholder={t('appointments_ui.filters.all_handlers')}
            data={handlers.map((handler) => ({ value: String(handler.id), label: handler.name }))}
            value={filters.handlerId}
            onChange={(handlerId) => change({ handlerId })}
            nothingFoundMessage={t('appointments_ui.form.nothing_found')}
            data-testid="appointments-handler-filter"
          />
        )}
        <TextInput
          type="date"
          label={t('appointments_ui.filters.from')}
          value={range.from}
          max={range.to || undefined}
          onChange={(event) => changeRange({ from: event.currentTarget.value })}
          w={{ base: '100%', xs: 170 }}
          data-testid="appointments-from-filter"
        />
        <TextInput
          type="date"
          label={t('appointments_ui.filters.to')}
          value={range.to}
          min={range.from || undefined}
          onChange={(event) => changeRange({ to: event.currentTarget.value })}
          w={{ base: '100%', xs: 170 }}
          data-testid="appointments-to-filter"
        />
        <Select
          label={t('appointments_ui.filters.status')}
          data={STATUSES.map((status) => ({ value: status, label: t(`appointments_ui.filters.status_${status}`) }))}
          value={filters.status || 'scheduled'}
          onChange={(value) => change({ status: value ?? 'scheduled' })}
          allowDeselect={false}
          w={{ base: '100%', sm: 180 }}
          data-testid="appointments-status-filter"
        />
      </FilterBar>

      {appointments.length === 0 ? (
        <ListEmptyState
          icon={IconCalendar}
          title={hasFilters ? t('appointments_ui.list.empty_filtered_title') : t('appointments_ui.list.empty_title')}
          body={hasFilters ? t('appointments_ui.list.empty_filtered_body') : t('appointments_ui.list.empty_body')}
          testId="appointments-empty"
        >
          {hasFilters ? (
            <Button variant="default" onClick={clearFilters}>
              {t('appointments_ui.filters.clear')}
            </Button>
          ) : (
            <Button component={Link} href="/appointments/new" leftSection={<IconCalendarPlus size={16} aria-hidden />}>
              {t('appointments_ui.actions.new')}
            </Button>
          )}
        </ListEmptyState>
      ) : (
        <ListTable
          caption={t('appointments_ui.list.caption', { total: meta.total })}
          columns={[
            t('appointments_ui.list.when'),
            t('appointments_ui.list.holder'),
            t('appointments_ui.list.participants'),
            t('appointments_ui.list.status'),
          ]}
          minWidth={720}
        >
          {appointments.map((appointment) => {
            const cancelled = appointment.status === 'cancelled'
            return (
              <Table.Tr key={appointment.id} data-testid="appointment-row" style={cancelled ? { opacity: 0.7 } : undefined}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    href={`/appointments/${appointment.id}`}
                    size="sm"
                    fw={600}
                    td={cancelled ? 'line-through' : undefined}
                    c={cancelled ? 'dimmed' : undefined}
                    data-testid="appointment-link"
                  >
                    {format.date(appointment.date)}
                  </Anchor>
                  <Text size="sm" c="dimmed" td={cancelled ? 'line-through' : undefined}>
                    {format.timeRange(appointment.time, appointment.endTime)}
                  </Text>
                </Table.Td>
                <Table.Td maw={240}>
                  <HolderLabel appointment={appointment} />
                </Table.Td>
                <Table.Td maw={320}>
                  <Text size="sm" lineClamp={2}>
                    {participantNames(appointment)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <StatusBadge status={appointment.status} />
                    <KindBadge kind={appointment.kind} />
                  </Group>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </ListTable>
      )}

      <ListPagination meta={meta} keys="appointments_ui.pagination" onChange={(page) => visit(filters, page)} />
    </Stack>
  )
}
