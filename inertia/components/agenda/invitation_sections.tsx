import { Text, Textarea } from '@mantine/core'
import { useT } from '~/lib/i18n'
import FormSection from '~/components/agenda/form_section'
import InviteesFields, { type InviteesData } from '~/components/agenda/invitees_fields'
import type { GroupChoice } from '~/components/agenda/appointment_types'

type InvitationData = InviteesData & { personalMessage: string }

/**
 * The "who is invited" and "personal message" sections of an appointment
 * form; `idPrefix` names their headings (`appointment` → appointment-invitees,
 * appointment-message).
 */
export default function InvitationSections({
  idPrefix,
  value,
  onChange,
  errors,
  groups,
  messageRows,
}: {
  idPrefix: string
  value: InvitationData
  onChange: (field: keyof InvitationData, value: unknown) => void
  errors: Record<string, string | undefined>
  groups: GroupChoice[]
  messageRows: { min: number; max: number }
}) {
  const t = useT()
  return (
    <>
      <FormSection id={`${idPrefix}-invitees`} title={t('appointments_ui.form.invitees')}>
        <InviteesFields value={value} onChange={onChange} errors={errors} groups={groups} />
      </FormSection>

      <FormSection id={`${idPrefix}-message`} title={t('appointments_ui.form.message_title')}>
        <PersonalMessageField
          value={value.personalMessage}
          onChange={(message) => onChange('personalMessage', message)}
          error={errors.personalMessage}
          minRows={messageRows.min}
          maxRows={messageRows.max}
        />
      </FormSection>
    </>
  )
}

/** The longest personal message the server accepts */
const MESSAGE_MAX = 2000

/** The personal message of an appointment's e-mail, with a character count under it */
function PersonalMessageField({
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
