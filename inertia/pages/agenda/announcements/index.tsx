import { useMemo, type FormEvent } from 'react'
import { Head, useForm } from '@inertiajs/react'
import {
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import { IconSpeakerphone, IconTrash } from '@tabler/icons-react'
import { useI18n } from '~/lib/i18n'
import ConfirmModal, { useConfirmDelete } from '~/components/confirm_modal'
import ListEmptyState from '~/components/list_empty_state'
import { RowAction, RowActions } from '~/components/row_actions'
import ListTable from '~/components/list_table'
import PageHeader from '~/components/page_header'
import { useNow } from '~/lib/use_now'

type Announcement = {
  id: number
  message: string
  departmentId: number | null
  departmentName: string | null
  expiresAt: string
  expired: boolean
  createdAt: string
  createdByName: string | null
  canDelete: boolean
}

type Props = {
  announcements: Announcement[]
  departments: { id: number; name: string }[]
  defaultExpiry: { date: string; time: string }
  timezone: string
  can: { allDepartments: boolean; deleteAll: boolean }
}

/** 'all' stands for "all departments" in the select; the server receives null */
type AnnouncementForm = { message: string; departmentId: string; date: string; time: string }

const MAX_MESSAGE = 500
const ALL = 'all'

export default function AnnouncementsIndex({ announcements, departments, defaultExpiry, timezone, can }: Props) {
  const { t, locale } = useI18n()
  const remove = useConfirmDelete((announcement: Announcement) => `/announcements/${announcement.id}`)
  /* every announcement the user may delete: the server decides which */
  const removeAll = useConfirmDelete((_everything: 'all') => '/announcements')

  /* Announcements expire while the page is open: re-check every 30 seconds */
  const now = useNow(30_000)

  const initialDepartment = can.allDepartments ? ALL : String(departments[0]?.id ?? '')
  const blank: AnnouncementForm = {
    message: '',
    departmentId: initialDepartment,
    date: defaultExpiry.date,
    time: defaultExpiry.time,
  }
  const form = useForm<AnnouncementForm>(blank)
  form.transform((data) => ({
    ...data,
    departmentId: data.departmentId === ALL ? null : Number(data.departmentId),
  }))

  const formatter = useMemo(
    () => new Intl.DateTimeFormat(locale, { timeZone: timezone, dateStyle: 'medium', timeStyle: 'short' }),
    [locale, timezone]
  )

  const departmentOptions = [
    ...(can.allDepartments ? [{ value: ALL, label: t('waiting_room_content.announcements.form.all_departments') }] : []),
    ...departments.map((department) => ({ value: String(department.id), label: department.name })),
  ]

  function submit(event: FormEvent) {
    event.preventDefault()
    form.post('/announcements', {
      preserveScroll: true,
      onSuccess: () => {
        form.setDefaults(blank)
        form.reset()
      },
    })
  }

  const canPost = can.allDepartments || departments.length > 0

  return (
    <Stack gap="lg">
      <Head title={t('waiting_room_content.announcements.title')} />

      <PageHeader
        title={t('waiting_room_content.announcements.title')}
        intro={t('waiting_room_content.announcements.intro')}
      >
        {can.deleteAll && (
          <Button
            color="red"
            variant="light"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={() => removeAll.ask('all')}
            data-testid="announcements-delete-all"
          >
            {t('waiting_room_content.announcements.delete_all.action')}
          </Button>
        )}
      </PageHeader>

      {canPost && (
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="announcement-form-title">
          <form onSubmit={submit} noValidate data-testid="announcement-form">
            <Stack gap="md">
              <Title order={2} size="h4" id="announcement-form-title">
                {t('waiting_room_content.announcements.form.title')}
              </Title>
              <Textarea
                label={t('waiting_room_content.announcements.form.message')}
                description={t('waiting_room_content.announcements.form.message_help')}
                required
                autosize
                minRows={2}
                maxRows={6}
                maxLength={MAX_MESSAGE}
                value={form.data.message}
                onChange={(event) => form.setData('message', event.currentTarget.value)}
                error={form.errors.message}
                name="message"
                rightSection={
                  <Text size="xs" c="dimmed" aria-hidden>
                    {t('waiting_room_content.announcements.form.characters', {
                      count: form.data.message.length,
                      max: MAX_MESSAGE,
                    })}
                  </Text>
                }
                rightSectionWidth={72}
                data-testid="announcement-message"
              />
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <Select
                  label={t('waiting_room_content.announcements.form.department')}
                  required
                  allowDeselect={false}
                  data={departmentOptions}
                  value={form.data.departmentId}
                  onChange={(value) => form.setData('departmentId', value ?? initialDepartment)}
                  error={form.errors.departmentId}
                  name="departmentId"
                  data-testid="announcement-department"
                />
                <TextInput
                  type="date"
                  label={t('waiting_room_content.announcements.form.date')}
                  required
                  value={form.data.date}
                  onChange={(event) => form.setData('date', event.currentTarget.value)}
                  error={form.errors.date}
                  name="date"
                  data-testid="announcement-date"
                />
                <TextInput
                  type="time"
                  label={t('waiting_room_content.announcements.form.time')}
                  required
                  value={form.data.time}
                  onChange={(event) => form.setData('time', event.currentTarget.value)}
                  error={form.errors.time}
                  name="time"
                  data-testid="announcement-time"
                />
              </SimpleGrid>
              <Group justify="space-between" align="center" wrap="wrap">
                <Text size="xs" c="dimmed">
                  {t('waiting_room_content.announcements.form.expiry_help', { timezone })}
                </Text>
                <Button
                  type="submit"
                  loading={form.processing}
                  leftSection={<IconSpeakerphone size={16} aria-hidden />}
                >
                  {t('waiting_room_content.announcements.form.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}

      {announcements.length === 0 ? (
        <ListEmptyState
          icon={IconSpeakerphone}
          title={t('waiting_room_content.announcements.empty.title')}
          body={t('waiting_room_content.announcements.empty.body')}
          testId="announcements-empty"
        />
      ) : (
        <ListTable
          caption={t('waiting_room_content.announcements.table.caption', { count: announcements.length })}
          columns={[
            t('waiting_room_content.announcements.table.message'),
            t('waiting_room_content.announcements.table.department'),
            t('waiting_room_content.announcements.table.expires'),
            t('waiting_room_content.announcements.table.status'),
            { label: t('waiting_room_content.announcements.table.actions'), align: 'right', hidden: true },
          ]}
          minWidth={640}
        >
          {announcements.map((announcement) => {
            const expired = announcement.expired || new Date(announcement.expiresAt).getTime() <= now
            return (
              <Table.Tr
                key={announcement.id}
                data-testid="announcement-row"
                data-expired={expired || undefined}
              >
                <Table.Td maw={420}>
                  <Text
                    size="sm"
                    c={expired ? 'dimmed' : undefined}
                    style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                  >
                    {announcement.message}
                  </Text>
                  {announcement.createdByName && (
                    <Text size="xs" c="dimmed">
                      {t('waiting_room_content.announcements.table.by', { name: announcement.createdByName })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={expired ? 'dimmed' : undefined}>
                    {announcement.departmentName ?? t('waiting_room_content.announcements.table.all_departments')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={expired ? 'dimmed' : undefined}>
                    <time dateTime={announcement.expiresAt}>
                      {formatter.format(new Date(announcement.expiresAt))}
                    </time>
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={expired ? 'gray' : 'green'}>
                    {expired
                      ? t('waiting_room_content.announcements.table.expired')
                      : t('waiting_room_content.announcements.table.active')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <RowActions>
                    {announcement.canDelete ? (
                      <RowAction
                        label={t('waiting_room_content.announcements.delete.action')}
                        name={t('waiting_room_content.announcements.delete.action_named', {
                          message: shorten(announcement.message),
                        })}
                        icon={IconTrash}
                        color="red"
                        onClick={() => remove.ask(announcement)}
                        testId="announcement-delete"
                      />
                    ) : (
                      <Text size="xs" c="dimmed">
                        {t('waiting_room_content.announcements.table.organization_wide')}
                      </Text>
                    )}
                  </RowActions>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </ListTable>
      )}

      <ConfirmModal
        {...remove.modalProps}
        title={t('waiting_room_content.announcements.delete.title')}
        cancelLabel={t('common.cancel')}
        confirmLabel={t('waiting_room_content.announcements.delete.confirm')}
        confirmTestId="announcement-delete-confirm"
      >
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('waiting_room_content.announcements.delete.body', { message: shorten(remove.target?.message ?? '') })}
        </Text>
      </ConfirmModal>

      <ConfirmModal
        {...removeAll.modalProps}
        title={t('waiting_room_content.announcements.delete_all.title')}
        cancelLabel={t('common.cancel')}
        confirmLabel={t('waiting_room_content.announcements.delete_all.confirm')}
        confirmTestId="announcements-delete-all-confirm"
      >
        <Text size="sm">
          {can.allDepartments
            ? t('waiting_room_content.announcements.delete_all.body_all')
            : t('waiting_room_content.announcements.delete_all.body_departments')}
        </Text>
      </ConfirmModal>
    </Stack>
  )
}

/** A long message, cut for a label or a confirmation */
function shorten(message: string, length = 80) {
  return message.length > length ? `${message.slice(0, length - 1)}…` : message
}
