import { useState } from 'react'
import { Link } from '@inertiajs/react'
import { Alert, Badge, Button, Group, List, Paper, Stack, Text, VisuallyHidden } from '@mantine/core'
import { IconAlertCircle, IconAlertTriangle, IconCalendarPlus, IconCircleCheck, IconSearch } from '@tabler/icons-react'
import { useI18n } from '~/lib/i18n'
import { formatBirthDate, IDENTIFYING, type PersonValues } from './person_fields'
import { postJson } from '~/lib/xsrf'

/*
 * The search before creating a client or external participant: who may
 * already be the person being entered, asked of the server and shown.
 */

export type DuplicateReason = 'email' | 'client_number' | 'name_and_birth_date'

export type PossibleDuplicate = {
  id: number
  displayName: string
  email: string
  dateOfBirth: string
  clientNumber: string | null
  reasons: DuplicateReason[]
}

/** The identifying fields as one comparable value: a changed one needs a new duplicate check */
export function identityKey(values: PersonValues): string {
  return JSON.stringify(IDENTIFYING.map((field) => values[field].trim().toLowerCase()))
}

export type DuplicateCheckResult =
  | { ok: true; duplicates: PossibleDuplicate[] }
  | { ok: false; errors: Record<string, string>; message: string | null }

/**
 * Asks the server which people may be the same as the one being entered
 * (same e-mail, same client number, or same last name and date of birth).
 * The server also validates the identifying fields and answers with
 * translated field errors.
 */
export async function checkDuplicates(url: string, values: PersonValues, exceptId: number | null): Promise<DuplicateCheckResult> {
  const body: Record<string, unknown> = {}
  for (const field of IDENTIFYING) body[field] = values[field].trim() === '' ? null : values[field]
  if (exceptId !== null) body.exceptId = exceptId
  try {
    const response = await postJson(url, body)
    const data = await response.json().catch(() => null)
    if (response.ok && data) return { ok: true, duplicates: data.duplicates as PossibleDuplicate[] }
    const errors: Record<string, string> = {}
    for (const error of (data?.errors ?? []) as { field?: string; message: string }[]) {
      if (error.field && !errors[error.field]) errors[error.field] = error.message
    }
    const message = Object.keys(errors).length === 0 ? ((data?.errors?.[0]?.message as string | undefined) ?? null) : null
    return { ok: false, errors, message }
  } catch {
    return { ok: false, errors: {}, message: null }
  }
}

/**
 * The search before creating: a new person's identifying fields are first
 * checked against existing people; the rest of the form opens after that
 * check (or after the user confirms it is someone else). When editing, the
 * server's refusal of a possible duplicate runs the same check to show who.
 */
export function useDuplicateCheck(options: {
  url: string
  exceptId: number | null
  isNew: boolean
  values: PersonValues
  confirmed: boolean
  setConfirmed: (value: boolean) => void
  showErrors: (errors: Record<string, string>) => void
}) {
  const { t } = useI18n()
  const [checkedKey, setCheckedKey] = useState<string | null>(options.isNew ? null : identityKey(options.values))
  const [duplicates, setDuplicates] = useState<PossibleDuplicate[]>([])
  const [checking, setChecking] = useState(false)
  const [checkError, setCheckError] = useState<string | null>(null)
  const identityChecked = checkedKey !== null && checkedKey === identityKey(options.values)

  async function runCheck(): Promise<PossibleDuplicate[] | null> {
    setChecking(true)
    setCheckError(null)
    const result = await checkDuplicates(options.url, options.values, options.exceptId)
    setChecking(false)
    if (!result.ok) {
      options.showErrors(result.errors)
      setCheckError(result.message ?? (Object.keys(result.errors).length === 0 ? t('clients.duplicates.check_failed') : null))
      return null
    }
    options.showErrors({})
    setDuplicates(result.duplicates)
    setCheckedKey(identityKey(options.values))
    options.setConfirmed(false)
    return result.duplicates
  }

  /** Whether a submit may save now: a new person's changed identity is checked first */
  async function maySave(): Promise<boolean> {
    if (!options.isNew || identityChecked) return true
    const first = checkedKey === null
    const found = await runCheck()
    return found !== null && found.length === 0 && !first
  }

  return {
    checkedKey,
    duplicates,
    checking,
    checkError,
    identityChecked,
    /* the duplicates the user still has to decide about */
    pending: identityChecked && duplicates.length > 0 && !options.confirmed,
    showDetails: !options.isNew || (checkedKey !== null && (duplicates.length === 0 || options.confirmed)),
    runCheck,
    maySave,
  }
}

/** The check button of a new person's first step, and the outcome of the check */
export function DuplicateCheckSection({
  check,
  isNew,
  basePath,
  withAppointmentLinks,
  confirmError,
  onConfirm,
  noneLabel,
}: {
  check: ReturnType<typeof useDuplicateCheck>
  isNew: boolean
  basePath: string
  withAppointmentLinks: boolean
  confirmError: string | undefined
  onConfirm: () => void
  noneLabel: string
}) {
  const { t } = useI18n()
  return (
    <>
      {check.checkError && (
        <Alert color="red" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
          {check.checkError}
        </Alert>
      )}
      {isNew && !check.identityChecked && (
        <Group justify="flex-end">
          <Button
            type={check.checkedKey === null ? 'submit' : 'button'}
            onClick={check.checkedKey === null ? undefined : () => void check.runCheck()}
            variant={check.checkedKey === null ? 'filled' : 'default'}
            leftSection={<IconSearch size={16} aria-hidden />}
            loading={check.checking}
            data-testid="person-check"
          >
            {check.checkedKey === null ? t('clients.form.check') : t('clients.form.check_again')}
          </Button>
        </Group>
      )}
      {check.pending && (
        <DuplicatePanel
          duplicates={check.duplicates}
          basePath={basePath}
          withAppointmentLinks={withAppointmentLinks}
          title={t('clients.duplicates.title')}
          confirmLabel={isNew ? t('clients.duplicates.create_anyway') : t('clients.duplicates.save_anyway')}
          onConfirm={onConfirm}
        />
      )}
      {confirmError && !check.pending && (
        <Alert color="yellow" icon={<IconAlertTriangle size={18} aria-hidden />} role="alert">
          {confirmError}
        </Alert>
      )}
      {isNew && check.identityChecked && check.duplicates.length === 0 && (
        <Alert color="green" variant="light" icon={<IconCircleCheck size={18} aria-hidden />} role="status" data-testid="no-duplicates">
          {noneLabel}
        </Alert>
      )}
    </>
  )
}

/**
 * The people who may already be the one being entered. Each can be opened
 * (and, for clients, given an appointment); `onConfirm` continues with a new
 * person. A taken client number cannot be confirmed away.
 */
export function DuplicatePanel({
  duplicates,
  basePath,
  withAppointmentLinks,
  title,
  confirmLabel,
  onConfirm,
}: {
  duplicates: PossibleDuplicate[]
  basePath: string
  withAppointmentLinks: boolean
  title: string
  confirmLabel: string
  onConfirm: () => void
}) {
  const { t, locale } = useI18n()
  const numberTaken = duplicates.some((duplicate) => duplicate.reasons.includes('client_number'))
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconAlertTriangle size={18} aria-hidden />}
      title={title}
      role="status"
      data-testid="duplicate-panel"
    >
      <Stack gap="sm">
        <Text size="sm">{t('clients.duplicates.body', { count: duplicates.length })}</Text>
        <List spacing="xs" listStyleType="none" ml={0} pl={0}>
          {duplicates.map((duplicate) => (
            <List.Item key={duplicate.id} data-testid="duplicate-row">
              <Paper withBorder p="sm" radius="sm">
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <div>
                    <Text fw={600} size="sm">
                      {duplicate.displayName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {[
                        formatBirthDate(duplicate.dateOfBirth, locale),
                        duplicate.email,
                        duplicate.clientNumber ? t('clients.table.number_short', { number: duplicate.clientNumber }) : null,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                    <Group gap={4} mt={4}>
                      {duplicate.reasons.map((reason) => (
                        <Badge key={reason} size="xs" variant="outline" color="dark" tt="none">
                          {t(`clients.duplicates.reasons.${reason}`)}
                        </Badge>
                      ))}
                    </Group>
                  </div>
                  <Group gap="xs">
                    <Button
                      component={Link}
                      href={`${basePath}/${duplicate.id}/edit`}
                      size="xs"
                      variant="default"
                    >
                      {t('clients.duplicates.open')}
                      <VisuallyHidden> {duplicate.displayName}</VisuallyHidden>
                    </Button>
                    {withAppointmentLinks && (
                      <Button
                        component={Link}
                        href={`/appointments/new?clientId=${duplicate.id}`}
                        size="xs"
                        leftSection={<IconCalendarPlus size={14} aria-hidden />}
                      >
                        {t('clients.actions.make_appointment')}
                        <VisuallyHidden> {duplicate.displayName}</VisuallyHidden>
                      </Button>
                    )}
                  </Group>
                </Group>
              </Paper>
            </List.Item>
          ))}
        </List>
        {numberTaken ? (
          <Text size="sm" fw={600}>
            {t('clients.duplicates.number_taken')}
          </Text>
        ) : (
          <Group>
            <Button variant="default" onClick={onConfirm} data-testid="duplicate-confirm">
              {confirmLabel}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  )
}
