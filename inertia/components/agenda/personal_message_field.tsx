import { Text, Textarea } from '@mantine/core'
import { useT } from '~/lib/i18n'

/** The longest personal message the server accepts */
export const MESSAGE_MAX = 2000

/** The personal message of an appointment's e-mail, with a character count under it */
export default function PersonalMessageField({
  value,
  onChange,
  error,
  minRows,
  maxRows,
}: {
  value: string
  onChange: (value: string) => void
  error: string | undefined
  minRows: number
  maxRows: number
}) {
  const t = useT()
  return (
    <>
      <Textarea
        label={t('appointments_ui.form.message')}
        description={t('appointments_ui.form.message_help')}
        autosize
        minRows={minRows}
        maxRows={maxRows}
        maxLength={MESSAGE_MAX}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error}
        name="personalMessage"
        data-testid="appointment-message"
      />
      <Text size="xs" c="dimmed" ta="right" mt={4} data-testid="appointment-message-count">
        {t('appointments_ui.form.message_count', { count: value.length, max: MESSAGE_MAX })}
      </Text>
    </>
  )
}
