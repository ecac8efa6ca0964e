import { TextInput, Textarea } from '@mantine/core'
import { useT } from '~/lib/i18n'

type Values = { name: string; description: string }

/**
 * The name (focused first) and optional description of something an admin
 * names, e.g. a department or a group. Labels and help come from `keys`
 * (`groups.form` → groups.form.name, .name_help, .description, .description_help).
 */
export default function NameDescriptionFields({
  keys,
  values,
  errors,
  onChange,
}: {
  keys: string
  values: Values
  errors: Partial<Record<keyof Values, string>>
  onChange: (field: keyof Values, value: string) => void
}) {
  const t = useT()
  return (
    <>
      <TextInput
        label={t(`${keys}.name`)}
        description={t(`${keys}.name_help`)}
        required
        maxLength={120}
        data-autofocus
        value={values.name}
        onChange={(event) => onChange('name', event.currentTarget.value)}
        error={errors.name}
        name="name"
      />
      <Textarea
        label={t(`${keys}.description`)}
        description={t(`${keys}.description_help`)}
        autosize
        minRows={2}
        maxRows={6}
        maxLength={500}
        value={values.description}
        onChange={(event) => onChange('description', event.currentTarget.value)}
        error={errors.description}
        name="description"
      />
    </>
  )
}
