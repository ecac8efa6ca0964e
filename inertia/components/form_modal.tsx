import type { FormEvent, ReactNode } from 'react'
import { Button, Group, Modal, Stack, type ModalProps } from '@mantine/core'

/**
 * A form in a dialog: the fields (`children`) and, under them, cancel (closes
 * the dialog) and submit (busy while `processing`). `closeLabel` names the
 * dialog's close button.
 */
export default function FormModal({
  opened,
  onClose,
  title,
  size,
  closeLabel,
  onSubmit,
  testId,
  cancelLabel,
  submitLabel,
  processing,
  children,
}: {
  opened: boolean
  onClose: () => void
  title: string
  size?: ModalProps['size']
  closeLabel?: string
  onSubmit: (event: FormEvent) => void
  testId: string
  cancelLabel: string
  submitLabel: string
  processing: boolean
  children: ReactNode
}) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size={size}
      title={title}
      closeButtonProps={closeLabel ? { 'aria-label': closeLabel } : undefined}
    >
      <form onSubmit={onSubmit} noValidate data-testid={testId}>
        <Stack gap="md">
          {children}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} type="button">
              {cancelLabel}
            </Button>
            <Button type="submit" loading={processing}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
