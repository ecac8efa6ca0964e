import { useMemo, useState, type FormEvent } from 'react'
import { Head, router, useForm } from '@inertiajs/react'
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import {
  IconBeach,
  IconCalendarOff,
  IconCalendarPlus,
  IconClockHour4,
  IconDoorEnter,
  IconPencil,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react'
import { useI18n, type Translate } from '~/lib/i18n'
import ConfirmModal, { useConfirmDelete } from '~/components/confirm_modal'
import { RowAction, RowActions } from '~/components/row_actions'
import ListTable from '~/components/list_table'
import PageHeader from '~/components/page_header'
import FormModal from '~/components/form_modal'

type Period = {
  id: number
  recurrence: 'once' | 'weekly'
  purpose: 'booking' | 'walk_in'
  date: string | null
  untilDate: string | null
  weekday: number | null
  startTime: string
  endTime: string
  slotMinutes: number
  gapMinutes: number
  slotCount: number
}

type TimeOff = { id: number; date: string; startTime: string | null; endTime: string | null; reason: string | null }

type Span = { startTime: string; endTime: string }

type PreviewDay = { date: string; slots: Span[]; walkIn: Span[] }

type Limits = { min: number; max: number }

type Props = {
  owner: { id: number; fullName: string; isSelf: boolean }
  owners: { id: number; fullName: string; role: string }[]
  periods: Period[]
  exceptions: TimeOff[]
  preview: { from: string; to: string; days: PreviewDay[]; slotCount: number }
  remainingBookingOptions: number | null
  today: string
  limits: { slotMinutes: Limits; gapMinutes: Limits }
}

type PeriodForm = {
  recurrence: 'once' | 'weekly'
  purpose: 'booking' | 'walk_in'
  weekday: string
  date: string
  untilDate: string
  startTime: string
  endTime: string
  slotMinutes: number | string
  gapMinutes: number | string
}

type TimeOffForm = { date: string; wholeDay: boolean; startTime: string; endTime: string; reason: string }

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7]

const BLANK_PERIOD: PeriodForm = {
  recurrence: 'weekly',
  purpose: 'booking',
  weekday: '1',
  date: '',
  untilDate: '',
  startTime: '09:00',
  endTime: '12:00',
  slotMinutes: 20,
  gapMinutes: 10,
}

/** Same arithmetic as the server's slotsPerPeriod: slots that end within the period */
function slotsPerPeriod(startTime: string, endTime: string, slot: number, gap: number): number {
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
  if (!/^\d\d:\d\d$/.test(startTime) || !/^\d\d:\d\d$/.test(endTime) || !(slot > 0) || !(gap >= 0)) return 0
  const length = minutes(endTime) - minutes(startTime)
  return length < slot ? 0 : Math.floor((length - slot) / (slot + gap)) + 1
}

/** Dates are calendar dates (no time zone): format them as such */
function useDates(locale: string) {
  return useMemo(() => {
    const long = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })
    const medium = new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    })
    const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' })
    const at = (date: string) => new Date(`${date}T00:00:00Z`)
    return {
      long: (date: string) => long.format(at(date)),
      medium: (date: string) => medium.format(at(date)),
      /* 2024-01-01 was a Monday: ISO weekday n is 2024-01-0n */
      weekday: (n: number) => weekday.format(new Date(Date.UTC(2024, 0, n))),
    }
  }, [locale])
}

function describePeriod(t: Translate, dates: ReturnType<typeof useDates>, period: Period): string {
  const times = { start: period.startTime, end: period.endTime }
  if (period.recurrence === 'weekly') {
    return t('availability.describe.weekly', { ...times, weekday: String(period.weekday) })
  }
  return t('availability.describe.once', { ...times, date: dates.medium(period.date ?? '') })
}

function describeBounds(t: Translate, dates: ReturnType<typeof useDates>, period: Period): string | null {
  if (period.recurrence !== 'weekly') return null
  if (period.date && period.untilDate) {
    return t('availability.list.between', { from: dates.medium(period.date), until: dates.medium(period.untilDate) })
  }
  if (period.date) return t('availability.list.from', { date: dates.medium(period.date) })
  if (period.untilDate) return t('availability.list.until', { date: dates.medium(period.untilDate) })
  return null
}

export default function AvailabilityIndex(props: Props) {
  const { owner, owners, periods, exceptions, preview, remainingBookingOptions, today, limits } = props
  const { t, locale } = useI18n()
  const dates = useDates(locale)

  const [periodOpened, periodModal] = useDisclosure(false)
  const [timeOffOpened, timeOffModal] = useDisclosure(false)
  const [editing, setEditing] = useState<Period | null>(null)
  const remove = useConfirmDelete((item: { kind: 'period' | 'exception'; id: number; label: string }) =>
    item.kind === 'period' ? `/availability/${item.id}` : `/availability/exceptions/${item.id}`
  )

  const periodForm = useForm<PeriodForm>(BLANK_PERIOD)
  periodForm.transform((data) => {
    const weekly = data.recurrence === 'weekly'
    const number = (value: number | string) => (value === '' ? null : Number(value))
    return {
      userId: owner.id,
      recurrence: data.recurrence,
      purpose: data.purpose,
      weekday: weekly ? number(data.weekday) : null,
      date: data.date || null,
      untilDate: weekly ? data.untilDate || null : null,
      startTime: data.startTime,
      endTime: data.endTime,
      slotMinutes: number(data.slotMinutes),
      gapMinutes: number(data.gapMinutes),
    }
  })

  const blankTimeOff: TimeOffForm = { date: today, wholeDay: true, startTime: '', endTime: '', reason: '' }
  const timeOffForm = useForm<TimeOffForm>(blankTimeOff)
  timeOffForm.transform((data) => ({
    userId: owner.id,
    date: data.date,
    wholeDay: data.wholeDay,
    startTime: data.wholeDay ? null : data.startTime || null,
    endTime: data.wholeDay ? null : data.endTime || null,
    reason: data.reason.trim() || null,
  }))

  const weekdayOptions = WEEKDAYS.map((n) => ({ value: String(n), label: dates.weekday(n) }))
  const d = periodForm.data
  const slotCount = slotsPerPeriod(d.startTime, d.endTime, Number(d.slotMinutes), Number(d.gapMinutes || 0))
  const dayCount = preview.days.filter((day) => day.slots.length > 0 || day.walkIn.length > 0).length

  function pickOwner(value: string | null) {
    if (!value) return
    router.get('/availability', Number(value) === owner.id ? {} : { user: value }, { preserveScroll: true })
  }

  function openCreate() {
    setEditing(null)
    periodForm.setDefaults(BLANK_PERIOD)
    periodForm.setData(BLANK_PERIOD)
    periodForm.clearErrors()
    periodModal.open()
  }

  function openEdit(period: Period) {
    const values: PeriodForm = {
      recurrence: period.recurrence,
      purpose: period.purpose,
      weekday: String(period.weekday ?? 1),
      date: period.date ?? '',
      untilDate: period.untilDate ?? '',
      startTime: period.startTime,
      endTime: period.endTime,
      slotMinutes: period.slotMinutes,
      gapMinutes: period.gapMinutes,
    }
    setEditing(period)
    periodForm.setDefaults(values)
    periodForm.setData(values)
    periodForm.clearErrors()
    periodModal.open()
  }

  function submitPeriod(event: FormEvent) {
    event.preventDefault()
    const options = { preserveScroll: true, onSuccess: () => periodModal.close() }
    if (editing) periodForm.put(`/availability/${editing.id}`, options)
    else periodForm.post('/availability', options)
  }

  function openTimeOff() {
    timeOffForm.setDefaults(blankTimeOff)
    timeOffForm.setData(blankTimeOff)
    timeOffForm.clearErrors()
    timeOffModal.open()
  }

  function submitTimeOff(event: FormEvent) {
    event.preventDefault()
    timeOffForm.post('/availability/exceptions', { preserveScroll: true, onSuccess: () => timeOffModal.close() })
  }

  function timeOffLabel(exception: TimeOff) {
    return exception.startTime && exception.endTime
      ? t('availability.exceptions.part_of_day', {
          date: dates.medium(exception.date),
          start: exception.startTime,
          end: exception.endTime,
        })
      : t('availability.exceptions.whole_day_on', { date: dates.medium(exception.date) })
  }

  const title = owner.isSelf ? t('availability.title') : t('availability.title_of', { name: owner.fullName })

  return (
    <Stack gap="lg">
      <Head title={title} />

      <PageHeader title={title} intro={t('availability.intro')}>
        {owners.length > 0 && (
          <Select
            label={t('availability.owner.label')}
            description={t('availability.owner.help')}
            data={owners.map((person) => ({ value: String(person.id), label: person.fullName }))}
            value={String(owner.id)}
            onChange={pickOwner}
            searchable
            allowDeselect={false}
            nothingFoundMessage={t('availability.owner.nothing_found')}
            w={300}
            data-testid="availability-owner"
          />
        )}
      </PageHeader>

      {remainingBookingOptions !== null && (
        <Alert variant="light" icon={<IconCalendarPlus size={20} aria-hidden />} data-testid="availability-remaining">
          <Text fw={600}>{t('availability.remaining.count', { count: remainingBookingOptions })}</Text>
          <Text size="sm">
            {t('availability.remaining.period', { from: dates.medium(preview.from), to: dates.medium(preview.to) })}
          </Text>
        </Alert>
      )}

      {/* ---------- Periods ---------- */}
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Group justify="space-between" wrap="wrap">
            <Title order={2} size="h3">
              {t('availability.periods.title')}
            </Title>
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={openCreate} data-testid="availability-new">
              {t('availability.periods.new')}
            </Button>
          </Group>
          {periods.length === 0 ? (
            <Stack align="center" gap="xs" py="lg" data-testid="availability-empty">
              <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
                <IconClockHour4 size={28} />
              </ThemeIcon>
              <Text fw={600}>{t('availability.periods.empty_title')}</Text>
              <Text c="dimmed" size="sm" ta="center" maw={480}>
                {t('availability.periods.empty_body')}
              </Text>
            </Stack>
          ) : (
            <ListTable
              caption={t('availability.periods.caption', { count: periods.length })}
              columns={[
                t('availability.periods.when'),
                t('availability.periods.purpose'),
                t('availability.periods.slots'),
                { label: t('availability.actions.label'), align: 'right', hidden: true },
              ]}
              minWidth={620}
              framed={false}
            >
              {periods.map((period) => {
                const label = describePeriod(t, dates, period)
                const bounds = describeBounds(t, dates, period)
                return (
                  <Table.Tr key={period.id} data-testid="availability-row">
                    <Table.Td>
                      <Text fw={600} size="sm">
                        {label}
                      </Text>
                      {bounds && (
                        <Text size="xs" c="dimmed">
                          {bounds}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        variant="light"
                        color={period.purpose === 'booking' ? 'blue' : 'teal'}
                        leftSection={
                          period.purpose === 'booking' ? (
                            <IconCalendarPlus size={12} aria-hidden />
                          ) : (
                            <IconDoorEnter size={12} aria-hidden />
                          )
                        }
                      >
                        {t(`availability.purpose.${period.purpose}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {period.purpose === 'booking'
                          ? t('availability.periods.slot_summary', {
                              count: period.slotCount,
                              slot: period.slotMinutes,
                              gap: period.gapMinutes,
                            })
                          : t('availability.periods.walk_in_summary')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <RowActions>
                        <RowAction
                          label={t('availability.actions.edit')}
                          name={t('availability.actions.edit_named', { period: label })}
                          icon={IconPencil}
                          onClick={() => openEdit(period)}
                          testId="availability-edit"
                        />
                        <RowAction
                          label={t('availability.actions.delete')}
                          name={t('availability.actions.delete_named', { period: label })}
                          icon={IconTrash}
                          color="red"
                          onClick={() => remove.ask({ kind: 'period', id: period.id, label })}
                          testId="availability-delete"
                        />
                      </RowActions>
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </ListTable>
          )}
        </Stack>
      </Paper>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        {/* ---------- Time off ---------- */}
        <Paper withBorder radius="md" p="md">
          <Stack gap="sm">
            <Group justify="space-between" wrap="wrap">
              <Title order={2} size="h3">
                {t('availability.exceptions.title')}
              </Title>
              <Button
                variant="light"
                leftSection={<IconCalendarOff size={16} aria-hidden />}
                onClick={openTimeOff}
                data-testid="availability-exception-new"
              >
                {t('availability.exceptions.new')}
              </Button>
            </Group>
            {exceptions.length === 0 ? (
              <Group gap="sm" py="sm" wrap="nowrap">
                <ThemeIcon size={36} radius="xl" variant="light" color="gray" aria-hidden>
                  <IconBeach size={20} />
                </ThemeIcon>
                <Text c="dimmed" size="sm">
                  {t('availability.exceptions.empty')}
                </Text>
              </Group>
            ) : (
              <ListTable
                caption={t('availability.exceptions.caption', { count: exceptions.length })}
                columns={[
                  t('availability.exceptions.when'),
                  t('availability.exceptions.reason'),
                  { label: t('availability.actions.label'), align: 'right', hidden: true },
                ]}
                framed={false}
                highlightOnHover={false}
              >
                {exceptions.map((exception) => {
                  const label = timeOffLabel(exception)
                  return (
                    <Table.Tr key={exception.id} data-testid="availability-exception-row">
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {label}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" c={exception.reason ? undefined : 'dimmed'}>
                          {exception.reason ?? t('availability.exceptions.no_reason')}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <RowActions>
                          <RowAction
                            label={t('availability.actions.delete')}
                            name={t('availability.actions.delete_named', { period: label })}
                            icon={IconTrash}
                            color="red"
                            onClick={() => remove.ask({ kind: 'exception', id: exception.id, label })}
                            testId="availability-exception-delete"
                          />
                        </RowActions>
                      </Table.Td>
                    </Table.Tr>
                  )
                })}
              </ListTable>
            )}
          </Stack>
        </Paper>

        {/* ---------- Preview ---------- */}
        <Paper withBorder radius="md" p="md" data-testid="availability-preview">
          <Stack gap="sm">
            <div>
              <Title order={2} size="h3">
                {t('availability.preview.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('availability.preview.summary', {
                  count: preview.slotCount,
                  from: dates.medium(preview.from),
                  to: dates.medium(preview.to),
                })}
              </Text>
            </div>
            {dayCount === 0 ? (
              <Text c="dimmed" size="sm" py="sm">
                {t('availability.preview.empty')}
              </Text>
            ) : (
              <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {preview.days.map((day) => (
                  <li key={day.date}>
                    <Text size="sm" fw={600} mb={4}>
                      {dates.long(day.date)}
                    </Text>
                    <Group gap={6}>
                      {day.walkIn.map((span) => (
                        <Badge
                          key={`w${span.startTime}`}
                          variant="outline"
                          color="teal.9"
                          leftSection={<IconDoorEnter size={12} aria-hidden />}
                        >
                          {t('availability.preview.walk_in', { start: span.startTime, end: span.endTime })}
                        </Badge>
                      ))}
                      {day.slots.map((slot) => (
                        <Badge key={slot.startTime} variant="light" title={`${slot.startTime}–${slot.endTime}`}>
                          {slot.startTime}
                        </Badge>
                      ))}
                    </Group>
                  </li>
                ))}
              </Stack>
            )}
          </Stack>
        </Paper>
      </SimpleGrid>

      {/* ---------- Period form ---------- */}
      <FormModal
        opened={periodOpened}
        onClose={periodModal.close}
        size="lg"
        title={editing ? t('availability.form.edit_title') : t('availability.form.create_title')}
        closeLabel={t('availability.actions.close')}
        onSubmit={submitPeriod}
        testId="availability-form"
        cancelLabel={t('availability.actions.cancel')}
        submitLabel={editing ? t('availability.actions.save') : t('availability.actions.create')}
        processing={periodForm.processing}
      >
        <Radio.Group
          label={t('availability.form.recurrence')}
          value={d.recurrence}
          onChange={(value) => periodForm.setData('recurrence', value as PeriodForm['recurrence'])}
          error={periodForm.errors.recurrence}
          name="recurrence"
        >
          <Group gap="lg" mt={6}>
            <Radio value="weekly" label={t('availability.recurrence.weekly')} />
            <Radio value="once" label={t('availability.recurrence.once')} />
          </Group>
        </Radio.Group>

        <Radio.Group
          label={t('availability.form.purpose')}
          description={t('availability.form.purpose_help')}
          value={d.purpose}
          onChange={(value) => periodForm.setData('purpose', value as PeriodForm['purpose'])}
          error={periodForm.errors.purpose}
          name="purpose"
        >
          <Group gap="lg" mt={6}>
            <Radio value="booking" label={t('availability.purpose.booking')} />
            <Radio value="walk_in" label={t('availability.purpose.walk_in')} />
          </Group>
        </Radio.Group>

        {d.recurrence === 'weekly' ? (
          <>
            <Select
              label={t('availability.labels.weekday')}
              data={weekdayOptions}
              value={d.weekday}
              onChange={(value) => periodForm.setData('weekday', value ?? '')}
              allowDeselect={false}
              required
              error={periodForm.errors.weekday}
              name="weekday"
            />
            <Group grow align="flex-start">
              <TextInput
                type="date"
                label={t('availability.form.first_date')}
                description={t('availability.form.optional')}
                value={d.date}
                onChange={(event) => periodForm.setData('date', event.currentTarget.value)}
                error={periodForm.errors.date}
                name="date"
              />
              <TextInput
                type="date"
                label={t('availability.form.last_date')}
                description={t('availability.form.optional')}
                min={d.date || today}
                value={d.untilDate}
                onChange={(event) => periodForm.setData('untilDate', event.currentTarget.value)}
                error={periodForm.errors.untilDate}
                name="untilDate"
              />
            </Group>
          </>
        ) : (
          <TextInput
            type="date"
            label={t('availability.labels.date')}
            required
            min={today}
            value={d.date}
            onChange={(event) => periodForm.setData('date', event.currentTarget.value)}
            error={periodForm.errors.date}
            name="date"
          />
        )}

        <Group grow align="flex-start">
          <TextInput
            type="time"
            label={t('availability.labels.startTime')}
            required
            value={d.startTime}
            onChange={(event) => periodForm.setData('startTime', event.currentTarget.value)}
            error={periodForm.errors.startTime}
            name="startTime"
          />
          <TextInput
            type="time"
            label={t('availability.labels.endTime')}
            required
            value={d.endTime}
            onChange={(event) => periodForm.setData('endTime', event.currentTarget.value)}
            error={periodForm.errors.endTime}
            name="endTime"
          />
        </Group>

        {d.purpose === 'booking' && (
          <>
            <Group grow align="flex-start">
              <NumberInput
                label={t('availability.labels.slotMinutes')}
                description={t('availability.form.minutes_range', limits.slotMinutes)}
                required
                min={limits.slotMinutes.min}
                max={limits.slotMinutes.max}
                step={5}
                allowDecimal={false}
                value={d.slotMinutes}
                onChange={(value) => periodForm.setData('slotMinutes', value)}
                error={periodForm.errors.slotMinutes}
                name="slotMinutes"
              />
              <NumberInput
                label={t('availability.labels.gapMinutes')}
                description={t('availability.form.minutes_range', limits.gapMinutes)}
                required
                min={limits.gapMinutes.min}
                max={limits.gapMinutes.max}
                step={5}
                allowDecimal={false}
                value={d.gapMinutes}
                onChange={(value) => periodForm.setData('gapMinutes', value)}
                error={periodForm.errors.gapMinutes}
                name="gapMinutes"
              />
            </Group>
            <Text size="sm" c={slotCount === 0 ? 'red' : 'dimmed'} aria-live="polite" data-testid="availability-slot-count">
              {t('availability.form.slot_count', { count: slotCount })}
            </Text>
          </>
        )}

      </FormModal>

      {/* ---------- Time-off form ---------- */}
      <FormModal
        opened={timeOffOpened}
        onClose={timeOffModal.close}
        title={t('availability.exceptions.form_title')}
        closeLabel={t('availability.actions.close')}
        onSubmit={submitTimeOff}
        testId="availability-exception-form"
        cancelLabel={t('availability.actions.cancel')}
        submitLabel={t('availability.exceptions.create')}
        processing={timeOffForm.processing}
      >
        <TextInput
          type="date"
          label={t('availability.labels.date')}
          required
          min={today}
          value={timeOffForm.data.date}
          onChange={(event) => timeOffForm.setData('date', event.currentTarget.value)}
          error={timeOffForm.errors.date}
          name="date"
        />
        <Checkbox
          label={t('availability.labels.wholeDay')}
          checked={timeOffForm.data.wholeDay}
          onChange={(event) => timeOffForm.setData('wholeDay', event.currentTarget.checked)}
          error={timeOffForm.errors.wholeDay}
          name="wholeDay"
        />
        {!timeOffForm.data.wholeDay && (
          <Group grow align="flex-start">
            <TextInput
              type="time"
              label={t('availability.labels.startTime')}
              required
              value={timeOffForm.data.startTime}
              onChange={(event) => timeOffForm.setData('startTime', event.currentTarget.value)}
              error={timeOffForm.errors.startTime}
              name="startTime"
            />
            <TextInput
              type="time"
              label={t('availability.labels.endTime')}
              required
              value={timeOffForm.data.endTime}
              onChange={(event) => timeOffForm.setData('endTime', event.currentTarget.value)}
              error={timeOffForm.errors.endTime}
              name="endTime"
            />
          </Group>
        )}
        <TextInput
          label={t('availability.labels.reason')}
          description={t('availability.exceptions.reason_help')}
          maxLength={200}
          value={timeOffForm.data.reason}
          onChange={(event) => timeOffForm.setData('reason', event.currentTarget.value)}
          error={timeOffForm.errors.reason}
          name="reason"
        />
      </FormModal>

      {/* ---------- Delete confirmation ---------- */}
      <ConfirmModal
        {...remove.modalProps}
        title={t('availability.delete.title')}
        closeLabel={t('availability.actions.close')}
        cancelLabel={t('availability.actions.cancel')}
        confirmLabel={t('availability.actions.delete')}
        confirmTestId="availability-delete-confirm"
      >
        <Text size="sm">{t('availability.delete.body', { period: remove.target?.label ?? '' })}</Text>
        {remove.target?.kind === 'period' && <Text size="sm">{t('availability.delete.appointments_kept')}</Text>}
      </ConfirmModal>
    </Stack>
  )
}
