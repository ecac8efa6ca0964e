import { useState, type FormEvent } from 'react'
import { Head, useForm } from '@inertiajs/react'
import { Button, Stack, Table, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconPencil, IconPlus, IconTrash, IconUsersGroup } from '@tabler/icons-react'
import { useT } from '~/lib/i18n'
import ConfirmModal, { useConfirmDelete } from '~/components/confirm_modal'
import ListEmptyState from '~/components/list_empty_state'
import { RowAction, RowActions } from '~/components/row_actions'
import ListTable from '~/components/list_table'
import PageHeader from '~/components/page_header'
import FormModal from '~/components/form_modal'
import NameDescriptionFields from '~/components/name_description_fields'

type ParticipantGroup = { id: number; name: string; description: string | null }

type Props = { groups: ParticipantGroup[] }

type GroupForm = { name: string; description: string }

const EMPTY: GroupForm = { name: '', description: '' }

export default function GroupsIndex({ groups }: Props) {
  const t = useT()
  const [formOpened, formModal] = useDisclosure(false)
  const [editing, setEditing] = useState<ParticipantGroup | null>(null)
  const remove = useConfirmDelete((group: ParticipantGroup) => `/groups/${group.id}`)

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

  return (
    <Stack gap="lg">
      <Head title={t('groups.title')} />

      <PageHeader title={t('groups.title')} intro={t('groups.intro')}>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={openCreate} data-testid="group-new">
          {t('groups.new')}
        </Button>
      </PageHeader>

      {groups.length === 0 ? (
        <ListEmptyState
          icon={IconUsersGroup}
          title={t('groups.empty.title')}
          body={t('groups.empty.body')}
          testId="groups-empty"
        >
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={openCreate}>
            {t('groups.new')}
          </Button>
        </ListEmptyState>
      ) : (
        <ListTable
          caption={t('groups.table.caption', { count: groups.length })}
          columns={[
            t('groups.table.name'),
            t('groups.table.description'),
            { label: t('groups.table.actions'), align: 'right', hidden: true },
          ]}
          minWidth={560}
        >
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
                <RowActions>
                  <RowAction
                    label={t('groups.actions.edit')}
                    name={t('groups.actions.edit_named', { name: group.name })}
                    icon={IconPencil}
                    onClick={() => openEdit(group)}
                    testId="group-edit"
                  />
                  <RowAction
                    label={t('groups.actions.delete')}
                    name={t('groups.actions.delete_named', { name: group.name })}
                    icon={IconTrash}
                    color="red"
                    onClick={() => remove.ask(group)}
                    testId="group-delete"
                  />
                </RowActions>
              </Table.Td>
            </Table.Tr>
          ))}
        </ListTable>
      )}

      <FormModal
        opened={formOpened}
        onClose={closeForm}
        title={editing ? t('groups.form.edit_title', { name: editing.name }) : t('groups.form.create_title')}
        onSubmit={submit}
        testId="group-form"
        cancelLabel={t('groups.actions.cancel')}
        submitLabel={editing ? t('groups.actions.save') : t('groups.actions.create')}
        processing={form.processing}
      >
        <NameDescriptionFields
          keys="groups.form"
          values={form.data}
          errors={form.errors}
          onChange={(field, value) => form.setData(field, value)}
        />
      </FormModal>

      <ConfirmModal
        {...remove.modalProps}
        title={t('groups.delete.title', { name: remove.target?.name ?? '' })}
        cancelLabel={t('groups.actions.cancel')}
        confirmLabel={t('groups.delete.confirm')}
        confirmTestId="group-delete-confirm"
      >
        <Text size="sm">{t('groups.delete.body', { name: remove.target?.name ?? '' })}</Text>
        <Text size="sm">{t('groups.delete.participants_kept')}</Text>
      </ConfirmModal>
    </Stack>
  )
}
