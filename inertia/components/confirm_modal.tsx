import { useState, type ReactNode } from 'react'
import { router } from '@inertiajs/react'
import { Button, Group, Modal, Stack } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'

/**
 * A dialog that asks before something is destroyed (or cancelled, or reset):
 * what happens in `children`, "cancel" (focused first, so Enter does no harm)
 * and the confirming button. `danger` (default) colours that button red;
 * `canConfirm={false}` leaves only the cancel button when the action is not
 * possible. `closeLabel` names the dialog's close button.
 */
export default function ConfirmModal({
  opened,
  onClose,
  title,
  children,
  cancelLabel,
  confirmLabel,
  onConfirm,
  processing = false,
  confirmTestId,
  danger = true,
  canConfirm = true,
  closeLabel,
}: {
  opened: boolean
  onClose: () => void
  title: string
  children: ReactNode
  cancelLabel: string
  confirmLabel: string
  onConfirm: () => void
  processing?: boolean
  confirmTestId?: string
  danger?: boolean
  canConfirm?: boolean
  closeLabel?: string
}) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      closeButtonProps={closeLabel ? { 'aria-label': closeLabel } : undefined}
    >
      <Stack gap="md">
        {children}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {cancelLabel}
          </Button>
          {canConfirm && (
            <Button color={danger ? 'red' : undefined} onClick={onConfirm} loading={processing} data-testid={confirmTestId}>
              {confirmLabel}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  )
}

/**
 * State of a "delete this?" dialog: `ask(item)` opens it for an item, `confirm`
 * sends DELETE to `urlOf(item)`, keeping the scroll position. The dialog
 * closes when the request succeeds, or, with `closeOnFinish`, whatever the
 * outcome (the page then shows why a refused delete was refused). `target`
 * stays set after closing, so the dialog's text does not change while it
 * fades out. `modalProps` are the matching ConfirmModal props.
 */
export function useConfirmDelete<T>(urlOf: (item: T) => string, options: { closeOnFinish?: boolean } = {}) {
  const [opened, modal] = useDisclosure(false)
  const [target, setTarget] = useState<T | null>(null)
  const [processing, setProcessing] = useState(false)

  function ask(item: T) {
    setTarget(item)
    modal.open()
  }

  function confirm() {
    if (target === null) return
    router.delete(urlOf(target), {
      preserveScroll: true,
      onStart: () => setProcessing(true),
      onSuccess: () => {
        if (!options.closeOnFinish) modal.close()
      },
      onFinish: () => {
        setProcessing(false)
        if (options.closeOnFinish) modal.close()
      },
    })
  }

  return {
    target,
    ask,
    confirm,
    modalProps: { opened, onClose: modal.close, onConfirm: confirm, processing },
  }
}
