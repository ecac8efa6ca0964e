import { useState, type FormEvent } from 'react'
import { Head, router, useForm } from '@inertiajs/react'
import {
  ActionIcon,
  Button,
  ColorInput,
  ColorSwatch,
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
import { IconBuildingCommunity, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react'
import { useT } from '~/lib/i18n'

type Department = {
  id: number
  name: string
  color: string
  description: string | null
  employeeCount: number
}

type Props = {
  departments: Department[]
  can: { create: boolean; delete: boolean }
}

type DepartmentForm = { name: string; description: string; color: string }

/* Mantine's palette (shade 7): distinct hues with enough contrast for white text */
const SWATCHES = [
  '#1c7ed6',
  '#1098ad',
  '#0ca678',
  '#37b24d',
  '#74b816',
  '#f59f00',
  '#f76707',
  '#f03e3e',
  '#d6336c',
  '#ae3ec9',
  '#7048e8',
  '#4263eb',
  '#495057',
]

const DEFAULT_COLOR = SWATCHES[0]

export default function DepartmentsIndex({ departments, can }: Props) {
  const t = useT()
  const [formOpened, formModal] = useDisclosure(false)
  const [deleteOpened, deleteModal] = useDisclosure(false)
  const [editing, setEditing] = useState<Department | null>(null)
  const [deleting, setDeleting] = useState<Department | null>(null)
  const [deleteProcessing, setDeleteProcessing] = useState(false)

  const form = useForm<DepartmentForm>({ name: '', description: '', color: DEFAULT_COLOR })

  function openCreate() {
    setEditing(null)
    form.setDefaults({ name: '', description: '', color: DEFAULT_COLOR })
    form.setData({ name: '', description: '', color: DEFAULT_COLOR })
    form.clearErrors()
    formModal.open()
  }

  function openEdit(department: Department) {
    const values = {
      name: department.name,
      description: department.description ?? '',
      color: department.color,
    }
    setEditing(department)
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
    if (editing) form.put(`/departments/${editing.id}`, options)
    else form.post('/departments', options)
  }

  function askDelete(department: Department) {
    setDeleting(department)
    deleteModal.open()
  }

  function confirmDelete() {
    if (!deleting) return
    router.delete(`/departments/${deleting.id}`, {
      preserveScroll: true,
      onStart: () => setDeleteProcessing(true),
      onSuccess: () => deleteModal.close(),
      onFinish: () => setDeleteProcessing(false),
    })
  }

  return (
    <Stack gap="lg">
      <Head title={t('departments.title')} />

      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Title order={1}>{t('departments.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('departments.intro')}
          </Text>
        </div>
        {can.create && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={openCreate} data-testid="department-new">
            {t('departments.new')}
          </Button>
        )}
      </Group>

      {departments.length === 0 ? (
        <Paper withBorder p="xl" radius="md" data-testid="departments-empty">
          <Stack align="center" gap="sm">
            <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
              <IconBuildingCommunity size={28} />
            </ThemeIcon>
            <Text fw={600}>{t('departments.empty.title')}</Text>
            <Text c="dimmed" size="sm" ta="center" maw={480}>
              {can.create ? t('departments.empty.body') : t('departments.empty.body_no_create')}
            </Text>
            {can.create && (
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={openCreate}>
                {t('departments.new')}
              </Button>
            )}
          </Stack>
        </Paper>
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs" highlightOnHover>
              <Table.Caption>{t('departments.table.caption', { count: departments.length })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('departments.table.name')}</Table.Th>
                  <Table.Th scope="col">{t('departments.table.description')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('departments.table.employees')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    <VisuallyHidden>{t('departments.table.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {departments.map((department) => (
                  <Table.Tr key={department.id} data-testid="department-row">
                    <Table.Td>
                      <Group gap="sm" wrap="nowrap">
                        <ColorSwatch color={department.color} size={18} aria-hidden />
                        <Text fw={600} size="sm">
                          {department.name}
                        </Text>
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      {department.description ? (
                        <Text size="sm" lineClamp={2}>
                          {department.description}
                        </Text>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {t('departments.table.no_description')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">
                      <Text size="sm">{department.employeeCount}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Tooltip label={t('departments.actions.edit')} withArrow>
                          <ActionIcon
                            variant="subtle"
                            onClick={() => openEdit(department)}
                            aria-label={t('departments.actions.edit_named', { name: department.name })}
                            data-testid="department-edit"
                          >
                            <IconPencil size={18} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                        {can.delete && (
                          <Tooltip label={t('departments.actions.delete')} withArrow>
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              onClick={() => askDelete(department)}
                              aria-label={t('departments.actions.delete_named', { name: department.name })}
                              data-testid="department-delete"
                            >
                              <IconTrash size={18} aria-hidden />
                            </ActionIcon>
                          </Tooltip>
                        )}
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
        title={editing ? t('departments.form.edit_title', { name: editing.name }) : t('departments.form.create_title')}
      >
        <form onSubmit={submit} noValidate data-testid="department-form">
          <Stack gap="md">
            <TextInput
              label={t('departments.form.name')}
              description={t('departments.form.name_help')}
              required
              maxLength={120}
              data-autofocus
              value={form.data.name}
              onChange={(event) => form.setData('name', event.currentTarget.value)}
              error={form.errors.name}
              name="name"
            />
            <Textarea
              label={t('departments.form.description')}
              description={t('departments.form.description_help')}
              autosize
              minRows={2}
              maxRows={6}
              maxLength={500}
              value={form.data.description}
              onChange={(event) => form.setData('description', event.currentTarget.value)}
              error={form.errors.description}
              name="description"
            />
            <ColorInput
              label={t('departments.form.color')}
              description={t('departments.form.color_help')}
              required
              format="hex"
              swatches={SWATCHES}
              swatchesPerRow={7}
              value={form.data.color}
              onChange={(value) => form.setData('color', value)}
              error={form.errors.color}
              name="color"
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={closeForm} type="button">
                {t('departments.actions.cancel')}
              </Button>
              <Button type="submit" loading={form.processing}>
                {editing ? t('departments.actions.save') : t('departments.actions.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>

      <Modal opened={deleteOpened} onClose={deleteModal.close} title={t('departments.delete.title', { name: deleting?.name ?? '' })}>
        <Stack gap="md">
          <Text size="sm">{t('departments.delete.body', { name: deleting?.name ?? '' })}</Text>
          <Text size="sm">
            {t('departments.delete.employees_keep_accounts', { count: deleting?.employeeCount ?? 0 })}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={deleteModal.close} data-autofocus>
              {t('departments.actions.cancel')}
            </Button>
            <Button color="red" onClick={confirmDelete} loading={deleteProcessing} data-testid="department-delete-confirm">
              {t('departments.delete.confirm', { name: deleting?.name ?? '' })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  )
}
