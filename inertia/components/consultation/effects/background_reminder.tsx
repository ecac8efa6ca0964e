import { Button, Group, Modal, Text } from '@mantine/core'
import { useT } from '~/lib/i18n'
import type { BackgroundEffect } from './background_effect'

/**
 * The organization's "warn about background replacement" (manual: a user
 * who replaced the background confirms it each time they come back to the
 * consultation room): before the call starts, the remembered effect is only
 * turned on again when the user says so. Closing the dialog means no.
 */
export function BackgroundEffectReminder(props: {
  opened: boolean
  effect: BackgroundEffect
  onKeep(): void
  onTurnOff(): void
}) {
  const t = useT()
  return (
    <Modal
      opened={props.opened && props.effect.mode !== 'none'}
      onClose={props.onTurnOff}
      title={t('effects.reminder.title')}
      withCloseButton={false}
      data-testid="background-reminder"
    >
      <Text>{t(props.effect.mode === 'image' ? 'effects.reminder.text_image' : 'effects.reminder.text_blur')}</Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={props.onTurnOff}>
          {t('effects.reminder.off')}
        </Button>
        <Button onClick={props.onKeep} data-autofocus>
          {t('effects.reminder.keep')}
        </Button>
      </Group>
    </Modal>
  )
}
