import { useState, type FormEvent } from 'react'
import { Head, router, useForm } from '@inertiajs/react'
import {
  ActionIcon,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  ThemeIcon,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconPencil, IconPlus, IconTrash, IconUsersGroup } from '@tabler/icons-react'
import { useT } from '~/lib/i18n'

type ParticipantGroup = { id: number; name: string; description: string | null }

type Props = { groups: ParticipantGroup[] }

type GroupForm = { name: string; description: string }

const EMPTY: GroupForm = { name: '', description: '' }

export default function GroupsIndex({ groups }: Props) {
  const t = useT()
  const [formOpened, formModal] = useDisclosure(false)
  const [deleteOpened, deleteModal] = useDisclosure(false)
  const [editing, setEditing] = useState<ParticipantGroup | null>(null)
  const [deleting, setDeleting] = useState<ParticipantGroup | null>(null)
  const [deleteProcessing, setDeleteProcessing] = useState(false)

  const form = useForm<GroupForm>(EMPTY)

  function openCreate() {
    setEditing(null)
    form.setDefaults(EMPTY)
    form.setData(EMPTY)
    form.clearErrors()
    formModal.open()
  }

  function openEdit(group: ParticipantGroup) {
    const values = { name: group.name, description: group.description ?? '' }
    setEditing(group)
    form.setDefaults(values)
    form.setData(values)
    form.clearErrors()
    formModal.open()
  }

  function closeForm() {
    formModal.close()
    form.clearErrors()
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    const options = {
      preserveScroll: true,
      onSuccess: () => {
        formModal.close()
        form.reset()
      },
    }
    if (editing) form.put(`/groups/${editing.id}`, options)
    else form.post('/groups', options)
  }

  function askDelete(group: ParticipantGroup) {
    setDeleting(group)
    deleteModal.open()
  }

  function confirmDelete() {
    if (!deleting) return
    router.delete(`/groups/${deleting.id}`, {
      preserveScroll: true,
      onStart: () => setDeleteProcessing(true),
      onSuccess: () => deleteModal.close(),
      onFinish: () => setDeleteProcessing(false),
    })
  }

  return (
    <Stack gap="lg">
      <Head title={t('groups.title')} />

      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Title order={1}>{t('groups.title')}</Title>
          <Text c="dimmed" size="sm" maw={720}>
            {t('groups.intro')}
          </Text>
        </div>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={openCreate} data-testid="group-new">
          {t('groups.new')}
        </Button>
      </Group>

      {groups.length === 0 ? (
        <Paper withBorder p="xl" radius="md" data-testid="groups-empty">
          <Stack align="center" gap="sm">
            <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
              <IconUsersGroup size={28} />
            </ThemeIcon>
            <Text fw={600}>{t('groups.empty.title')}</Text>
            <Text c="dimmed" size="sm" ta="center" maw={480}>
              {t('groups.empty.body')}
            </Text>
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={openCreate}>
              {t('groups.new')}
            </Button>
          </Stack>
        </Paper>
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="xs" highlightOnHover>
              <Table.Caption>{t('groups.table.caption', { count: groups.length })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('groups.table.name')}</Table.Th>
                  <Table.Th scope="col">{t('groups.table.description')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    <VisuallyHidden>{t('groups.table.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {groups.map((group) => (
                  <Table.Tr key={group.id} data-testid="group-row">
                    <Table.Td>
                      <Text fw={600} size="sm">
                        {group.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {group.description ? (
                        <Text size="sm" lineClamp={2}>
                          {group.description}
                        </Text>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {t('groups.table.no_description')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Tooltip label={t('groups.actions.edit')} withArrow>
                          <ActionIcon
                            variant="subtle"
                            onClick={() => openEdit(group)}
                            aria-label={t('groups.actions.edit_named', { name: group.name })}
                            data-testid="group-edit"
                          >
                            <IconPencil size={18} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t('groups.actions.delete')} withArrow>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            onClick={() => askDelete(group)}
                            aria-label={t('groups.actions.delete_named', { name: group.name })}
                            data-testid="group-delete"
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

      <Modal
        opened={formOpened}
        onClose={closeForm}
        title={editing ? t('groups.form.edit_title', { name: editing.name }) : t('groups.form.create_title')}
      >
        <form onSubmit={submit} noValidate data-testid="group-form">
          <Stack gap="md">
            <TextInput
              label={t('groups.form.name')}
              description={t('groups.form.name_help')}
              required
              maxLength={120}
              data-autofocus
              value={form.data.name}
              onChange={(event) => form.setData('name', event.currentTarget.value)}
              error={form.errors.name}
              name="name"
            />
            <Textarea
              label={t('groups.form.description')}
              description={t('groups.form.description_help')}
              autosize
              minRows={2}
              maxRows={6}
              maxLength={500}
              value={form.data.description}
              onChange={(event) => form.setData('description', event.currentTarget.value)}
              error={form.errors.description}
              name="description"
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={closeForm} type="button">
                {t('groups.actions.cancel')}
              </Button>
              <Button type="submit" loading={form.processing}>
                {editing ? t('groups.actions.save') : t('groups.actions.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>

      <Modal
        opened={deleteOpened}
        onClose={deleteModal.close}
        title={t('groups.delete.title', { name: deleting?.name ?? '' })}
      >
        <Stack gap="md">
          <Text size="sm">{t('groups.delete.body', { name: deleting?.name ?? '' })}</Text>
          <Text size="sm">{t('groups.delete.participants_kept')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={deleteModal.close} data-autofocus>
              {t('groups.actions.cancel')}
            </Button>
            <Button color="red" onClick={confirmDelete} loading={deleteProcessing} data-testid="group-delete-confirm">
              {t('groups.delete.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  )
}
