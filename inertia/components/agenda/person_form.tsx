import type { FormEvent, ReactNode } from 'react'
import { Link, useForm } from '@inertiajs/react'
/* the form-data constraint of useForm (@inertiajs/react's own types import it from there) */
import type { FormDataType } from '@inertiajs/core'
import { Button, Group, Paper, Stack } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useI18n } from '~/lib/i18n'
import { ContactFields, GeneralError, IdentifyingFields, type PersonValues } from './person_fields'
import { DuplicateCheckSection, useDuplicateCheck } from './person_duplicates'

/*
 * The form of a client or an external participant: the identifying fields,
 * the search before creating, then the contact fields, the fields of the kind
 * of person (children) and the buttons.
 */

type PersonFormData = PersonValues & { confirmDuplicates: boolean }

/**
 * The form of a client or external participant (`basePath` `/clients` or
 * `/external-participants`) with its duplicate check: `setField` sets a
 * person field and drops its error, `submit` checks a new person's identity
 * first and then saves, `confirmNewPerson` is "this is someone else". A
 * refused save because of a possible duplicate shows who it may be.
 * `payload` adds to what the server receives (e.g. numbers from selects).
 */
export function usePersonForm<F extends PersonFormData & FormDataType<F>>(options: {
  basePath: string
  person: { id: number } | null
  initial: F
  payload?: (data: F) => object
}) {
  const { basePath, person, payload } = options
  const isNew = person === null
  const form = useForm<F>(options.initial)
  type Field = Parameters<typeof form.clearErrors>[number]
  const errors = form.errors as Record<string, string | undefined>
  const check = useDuplicateCheck({
    url: `${basePath}/duplicates`,
    exceptId: person?.id ?? null,
    isNew,
    values: form.data,
    confirmed: form.data.confirmDuplicates,
    setConfirmed: (value) => form.setData((data) => ({ ...data, confirmDuplicates: value })),
    showErrors: (found) => {
      form.clearErrors()
      for (const [field, message] of Object.entries(found)) form.setError(field as Field, message)
    },
  })

  function setField(field: keyof PersonValues, value: string) {
    form.setData((data) => ({ ...data, [field]: value }))
    form.clearErrors(field as Field)
  }

  function save(confirm: boolean) {
    form.transform((data) => ({ ...data, ...payload?.(data), confirmDuplicates: confirm }))
    const saveOptions = {
      preserveScroll: true,
      onError: (formErrors: Record<string, string>) => {
        /* Someone with the same details exists: show who */
        if (formErrors.confirmDuplicates) void check.runCheck()
      },
    }
    if (person === null) form.post(basePath, saveOptions)
    else form.put(`${basePath}/${person.id}`, saveOptions)
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (await check.maySave()) save(form.data.confirmDuplicates)
  }

  function confirmNewPerson() {
    form.setData((data) => ({ ...data, confirmDuplicates: true }))
    if (!isNew) save(true)
  }

  return { form, errors, check, isNew, basePath, setField, submit, confirmNewPerson }
}

/** What PersonForm shows and does: the value of usePersonForm */
export type PersonFormState = {
  form: { data: PersonValues; processing: boolean }
  errors: Record<string, string | undefined>
  check: ReturnType<typeof useDuplicateCheck>
  isNew: boolean
  basePath: string
  setField: (field: keyof PersonValues, value: string) => void
  submit: (event: FormEvent) => void
  confirmNewPerson: () => void
}

export function PersonForm({
  state,
  testId,
  numberHelp,
  withAppointmentLinks,
  noneLabel,
  locales,
  onDelete,
  deleteTestId,
  submitLabel,
  submitTestId,
  children,
}: {
  state: PersonFormState
  testId: string
  numberHelp: string
  withAppointmentLinks: boolean
  noneLabel: string
  locales: string[]
  onDelete: (() => void) | null
  deleteTestId: string
  submitLabel: string
  submitTestId: string
  children: ReactNode
}) {
  const { form, errors, check, isNew, basePath, setField } = state
  return (
    <>
      <GeneralError errors={errors} />

      <Paper withBorder p="lg" radius="md">
        <form onSubmit={state.submit} noValidate data-testid={testId}>
          <Stack gap="md">
            <IdentifyingFields
              values={form.data}
              setField={setField}
              errors={errors}
              autoFocus={isNew}
              numberHelp={numberHelp}
            />

            <DuplicateCheckSection
              check={check}
              isNew={isNew}
              basePath={basePath}
              withAppointmentLinks={withAppointmentLinks}
              confirmError={errors.confirmDuplicates}
              onConfirm={state.confirmNewPerson}
              noneLabel={noneLabel}
            />

            {check.showDetails && (
              <>
                <ContactFields values={form.data} setField={setField} errors={errors} locales={locales} />
                {children}
                <PersonFormActions
                  onDelete={onDelete}
                  deleteTestId={deleteTestId}
                  cancelHref={basePath}
                  submitLabel={submitLabel}
                  submitTestId={submitTestId}
                  loading={form.processing || check.checking}
                />
              </>
            )}
          </Stack>
        </form>
      </Paper>
    </>
  )
}

/** The buttons under a person's form: delete (an existing person only) on the left, cancel and save on the right */
function PersonFormActions({
  onDelete,
  deleteTestId,
  cancelHref,
  submitLabel,
  submitTestId,
  loading,
}: {
  onDelete: (() => void) | null
  deleteTestId: string
  cancelHref: string
  submitLabel: string
  submitTestId: string
  loading: boolean
}) {
  const { t } = useI18n()
  return (
    <Group justify="space-between" gap="sm" mt="sm" wrap="wrap">
      <div>
        {onDelete && (
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={onDelete}
            data-testid={deleteTestId}
          >
            {t('clients.actions.delete')}
          </Button>
        )}
      </div>
      <Group gap="sm">
        <Button component={Link} href={cancelHref} variant="default">
          {t('clients.actions.cancel')}
        </Button>
        <Button type="submit" loading={loading} data-testid={submitTestId}>
          {submitLabel}
        </Button>
      </Group>
    </Group>
  )
}
