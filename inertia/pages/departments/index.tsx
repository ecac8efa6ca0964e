import { useState, type FormEvent } from 'react'
import { Head, useForm } from '@inertiajs/react'
import { Button, ColorInput, ColorSwatch, Group, Stack, Table, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconBuildingCommunity, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react'
import { useT } from '~/lib/i18n'
import ConfirmModal, { useConfirmDelete } from '~/components/confirm_modal'
import ListEmptyState from '~/components/list_empty_state'
import { RowAction, RowActions } from '~/components/row_actions'
import ListTable from '~/components/list_table'
import PageHeader from '~/components/page_header'
import FormModal from '~/components/form_modal'
import NameDescriptionFields from '~/components/name_description_fields'

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
  const [editing, setEditing] = useState<Department | null>(null)
  const remove = useConfirmDelete((department: Department) => `/departments/${department.id}`)

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

  return (
    <Stack gap="lg">
      <Head title={t('departments.title')} />

      <PageHeader
        title={t('departments.title')}
        intro={
          <Text c="dimmed" size="sm">
            {t('departments.intro')}
          </Text>
        }
      >
        {can.create && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={openCreate} data-testid="department-new">
            {t('departments.new')}
          </Button>
        )}
      </PageHeader>

      {departments.length === 0 ? (
        <ListEmptyState
          icon={IconBuildingCommunity}
          title={t('departments.empty.title')}
          body={can.create ? t('departments.empty.body') : t('departments.empty.body_no_create')}
          testId="departments-empty"
        >
          {can.create && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={openCreate}>
              {t('departments.new')}
            </Button>
          )}
        </ListEmptyState>
      ) : (
        <ListTable
          caption={t('departments.table.caption', { count: departments.length })}
          columns={[
            t('departments.table.name'),
            t('departments.table.description'),
            { label: t('departments.table.employees'), align: 'right' },
            { label: t('departments.table.actions'), align: 'right', hidden: true },
          ]}
          minWidth={640}
        >
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
                <RowActions>
                  <RowAction
                    label={t('departments.actions.edit')}
                    name={t('departments.actions.edit_named', { name: department.name })}
                    icon={IconPencil}
                    onClick={() => openEdit(department)}
                    testId="department-edit"
                  />
                  {can.delete && (
                    <RowAction
                      label={t('departments.actions.delete')}
                      name={t('departments.actions.delete_named', { name: department.name })}
                      icon={IconTrash}
                      color="red"
                      onClick={() => remove.ask(department)}
                      testId="department-delete"
                    />
                  )}
                </RowActions>
              </Table.Td>
            </Table.Tr>
          ))}
        </ListTable>
      )}

      <FormModal
        opened={formOpened}
        onClose={closeForm}
        title={editing ? t('departments.form.edit_title', { name: editing.name }) : t('departments.form.create_title')}
        onSubmit={submit}
        testId="department-form"
        cancelLabel={t('departments.actions.cancel')}
        submitLabel={editing ? t('departments.actions.save') : t('departments.actions.create')}
        processing={form.processing}
      >
        <NameDescriptionFields
          keys="departments.form"
          values={form.data}
          errors={form.errors}
          onChange={(field, value) => form.setData(field, value)}
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
      </FormModal>

      <ConfirmModal
        {...remove.modalProps}
        title={t('departments.delete.title', { name: remove.target?.name ?? '' })}
        cancelLabel={t('departments.actions.cancel')}
        confirmLabel={t('departments.delete.confirm', { name: remove.target?.name ?? '' })}
        confirmTestId="department-delete-confirm"
      >
        <Text size="sm">{t('departments.delete.body', { name: remove.target?.name ?? '' })}</Text>
        <Text size="sm">
          {t('departments.delete.employees_keep_accounts', { count: remove.target?.employeeCount ?? 0 })}
        </Text>
      </ConfirmModal>
    </Stack>
  )
}
