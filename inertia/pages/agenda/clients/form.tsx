import { useState, type FormEvent, type ReactNode } from 'react'
import { Head, Link, router, useForm, usePage } from '@inertiajs/react'
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Modal,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core'
import {
  IconAlertCircle,
  IconAlertTriangle,
  IconArrowLeft,
  IconCalendarPlus,
  IconCircleCheck,
  IconSearch,
  IconTrash,
  IconVideo,
} from '@tabler/icons-react'
import { useDisclosure } from '@mantine/hooks'
import { useI18n, type Translate } from '~/lib/i18n'
import type { SharedProps } from '~/types'

/* ------------------------------------------------------------------------
 * Pieces shared by the client and external participant forms and lists
 * (external_participants/* imports them from here).
 * ---------------------------------------------------------------------- */

/** The fields every person (client or external participant) has */
export type PersonValues = {
  initials: string
  lastName: string
  dateOfBirth: string
  email: string
  clientNumber: string
  phone: string
  locale: string
}

export type PersonRecord = {
  id: number
  initials: string
  lastName: string
  displayName: string
  dateOfBirth: string
  email: string
  clientNumber: string | null
  phone: string | null
  locale: string | null
}

export type DuplicateReason = 'email' | 'client_number' | 'name_and_birth_date'

export type PossibleDuplicate = {
  id: number
  displayName: string
  email: string
  dateOfBirth: string
  clientNumber: string | null
  reasons: DuplicateReason[]
}

const IDENTIFYING = ['initials', 'lastName', 'dateOfBirth', 'email', 'clientNumber'] as const

export function personValues(person: PersonRecord | null): PersonValues {
  return {
    initials: person?.initials ?? '',
    lastName: person?.lastName ?? '',
    dateOfBirth: person?.dateOfBirth ?? '',
    email: person?.email ?? '',
    clientNumber: person?.clientNumber ?? '',
    phone: person?.phone ?? '',
    locale: person?.locale ?? '',
  }
}

/** The identifying fields as one comparable value: a changed one needs a new duplicate check */
export function identityKey(values: PersonValues): string {
  return JSON.stringify(IDENTIFYING.map((field) => values[field].trim().toLowerCase()))
}

/** A date of birth (YYYY-MM-DD) in the reader's notation, without any time-zone shift */
export function formatBirthDate(iso: string, locale: string): string {
  const [year, month, day] = iso.split('-').map(Number)
  if (!year || !month || !day) return iso
  const tag = locale === 'en' ? 'en-GB' : locale
  return new Intl.DateTimeFormat(tag, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day))
  )
}

/** Today as YYYY-MM-DD in the browser's zone: the latest date of birth the date picker offers */
function todayIso(): string {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}

/** A language's own name ("Nederlands", "Deutsch") */
export function languageName(t: Translate, code: string): string {
  const key = `common.languages.${code}`
  const label = t(key)
  return label !== key ? label : code
}

function xsrfToken(): string {
  const cookie = document.cookie.split('; ').find((entry) => entry.startsWith('XSRF-TOKEN='))
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : ''
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
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Accept': 'application/json',
        'Content-Type': 'application/json',
        'X-XSRF-TOKEN': xsrfToken(),
      },
      body: JSON.stringify(body),
    })
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

type FieldProps = {
  values: PersonValues
  setField: (field: keyof PersonValues, value: string) => void
  errors: Record<string, string | undefined>
  autoFocus?: boolean
}

/** Initials, last name, date of birth, e-mail and client number */
export function IdentifyingFields({ values, setField, errors, autoFocus, numberHelp }: FieldProps & { numberHelp: string }) {
  const { t } = useI18n()
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <TextInput
        label={t('clients.form.initials')}
        description={t('clients.form.initials_help')}
        required
        autoComplete="off"
        maxLength={20}
        value={values.initials}
        onChange={(event) => setField('initials', event.currentTarget.value)}
        error={errors.initials}
        name="initials"
        data-testid="person-initials"
        autoFocus={autoFocus}
      />
      <TextInput
        label={t('clients.form.last_name')}
        required
        autoComplete="off"
        maxLength={120}
        value={values.lastName}
        onChange={(event) => setField('lastName', event.currentTarget.value)}
        error={errors.lastName}
        name="lastName"
        data-testid="person-last-name"
      />
      <TextInput
        label={t('clients.form.date_of_birth')}
        description={t('clients.form.date_of_birth_help')}
        required
        type="date"
        min="1900-01-01"
        max={todayIso()}
        value={values.dateOfBirth}
        onChange={(event) => setField('dateOfBirth', event.currentTarget.value)}
        error={errors.dateOfBirth}
        name="dateOfBirth"
        data-testid="person-date-of-birth"
      />
      <TextInput
        label={t('clients.form.email')}
        description={t('clients.form.email_help')}
        required
        type="email"
        autoComplete="off"
        maxLength={254}
        value={values.email}
        onChange={(event) => setField('email', event.currentTarget.value)}
        error={errors.email}
        name="email"
        data-testid="person-email"
      />
      <TextInput
        label={t('clients.form.client_number')}
        description={numberHelp}
        autoComplete="off"
        maxLength={64}
        value={values.clientNumber}
        onChange={(event) => setField('clientNumber', event.currentTarget.value)}
        error={errors.clientNumber}
        name="clientNumber"
        data-testid="person-client-number"
      />
    </SimpleGrid>
  )
}

/** Phone and preferred language */
export function ContactFields({ values, setField, errors, locales }: FieldProps & { locales: string[] }) {
  const { t } = useI18n()
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <TextInput
        label={t('clients.form.phone')}
        description={t('clients.form.phone_help')}
        type="tel"
        autoComplete="off"
        maxLength={40}
        value={values.phone}
        onChange={(event) => setField('phone', event.currentTarget.value)}
        error={errors.phone}
        name="phone"
        data-testid="person-phone"
      />
      <Select
        label={t('clients.form.locale')}
        description={t('clients.form.locale_help')}
        placeholder={t('clients.form.locale_default')}
        data={locales.map((code) => ({ value: code, label: languageName(t, code) }))}
        value={values.locale || null}
        onChange={(value) => setField('locale', value ?? '')}
        clearable
        error={errors.locale}
        name="locale"
        data-testid="person-locale"
      />
    </SimpleGrid>
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

/** A form's error that belongs to no field (e.g. a refused delete) */
export function GeneralError({ errors }: { errors: Record<string, string | undefined> }) {
  const { flash } = usePage<SharedProps>().props
  const fieldMessages = Object.values(errors).filter(Boolean)
  const message = flash?.error && !fieldMessages.includes(flash.error) ? flash.error : null
  if (!message) return null
  return (
    <Alert color="red" icon={<IconAlertCircle size={18} aria-hidden />} role="alert" data-testid="person-form-error">
      {message}
    </Alert>
  )
}

/** Asks before deleting a person, naming them and what happens to their appointments */
export function ConfirmDeleteModal({
  opened,
  onClose,
  title,
  body,
  note,
  confirmLabel,
  onConfirm,
  processing,
}: {
  opened: boolean
  onClose: () => void
  title: string
  body: string
  note: string
  confirmLabel: string
  onConfirm: () => void
  processing: boolean
}) {
  const { t } = useI18n()
  return (
    <Modal opened={opened} onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="md">
        <Text size="sm">{body}</Text>
        <Text size="sm" c="dimmed">
          {note}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('clients.actions.cancel')}
          </Button>
          <Button color="red" onClick={onConfirm} loading={processing} data-testid="person-delete-confirm">
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}

/** The first error of an array field ("handlerIds.0") next to the field itself */
export function arrayError(errors: Record<string, string | undefined>, field: string): string | undefined {
  return errors[field] ?? Object.entries(errors).find(([key, value]) => key.startsWith(`${field}.`) && value)?.[1]
}

export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Anchor component={Link} href={href} size="sm">
      <Group gap={4} component="span" wrap="nowrap">
        <IconArrowLeft size={14} aria-hidden />
        {children}
      </Group>
    </Anchor>
  )
}

/* ------------------------------------------------------------------------
 * The client form (new and edit)
 * ---------------------------------------------------------------------- */

type DepartmentRef = { id: number; name: string; color: string }

type ClientRecord = PersonRecord & {
  department: DepartmentRef | null
  handlers: { id: number; fullName: string }[]
  /* placeholder until the chat module exists: always null */
  chatStatus: 'active' | 'none' | null
}

type Props = {
  client: ClientRecord | null
  upcomingAppointments: number
  departments: DepartmentRef[]
  defaultDepartmentId: number | null
  handlers: { id: number; fullName: string }[]
  locales: string[]
  rules: { departmentRequired: boolean; strictClients: boolean; canAssignHandlers: boolean }
}

type ClientForm = PersonValues & {
  departmentId: string
  handlerIds: number[]
  confirmDuplicates: boolean
}

export default function ClientFormPage({
  client,
  upcomingAppointments,
  departments,
  defaultDepartmentId,
  handlers,
  locales,
  rules,
}: Props) {
  const { t } = useI18n()
  const isNew = client === null
  const form = useForm<ClientForm>({
    ...personValues(client),
    departmentId: client?.department ? String(client.department.id) : defaultDepartmentId ? String(defaultDepartmentId) : '',
    handlerIds: client?.handlers.map((handler) => handler.id) ?? [],
    confirmDuplicates: false,
  })
  const errors = form.errors as Record<string, string | undefined>
  const check = useDuplicateCheck({
    url: '/clients/duplicates',
    exceptId: client?.id ?? null,
    isNew,
    values: form.data,
    confirmed: form.data.confirmDuplicates,
    setConfirmed: (value) => form.setData('confirmDuplicates', value),
    showErrors: (found) => {
      form.clearErrors()
      for (const [field, message] of Object.entries(found)) form.setError(field as keyof ClientForm, message)
    },
  })
  const [deleteOpened, deleteModal] = useDisclosure(false)
  const [deleting, setDeleting] = useState(false)
  const handlerOptions = [
    ...handlers,
    ...(client?.handlers ?? []).filter((assigned) => !handlers.some((option) => option.id === assigned.id)),
  ]

  function setField(field: keyof PersonValues, value: string) {
    form.setData(field, value)
    form.clearErrors(field)
  }

  function save(confirm: boolean) {
    form.transform((data) => ({
      ...data,
      departmentId: data.departmentId ? Number(data.departmentId) : null,
      confirmDuplicates: confirm,
    }))
    const options = {
      preserveScroll: true,
      onError: (formErrors: Record<string, string>) => {
        /* Someone with the same details exists: show who */
        if (formErrors.confirmDuplicates) void check.runCheck()
      },
    }
    if (isNew) form.post('/clients', options)
    else form.put(`/clients/${client.id}`, options)
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (await check.maySave()) save(form.data.confirmDuplicates)
  }

  function confirmNewPerson() {
    form.setData('confirmDuplicates', true)
    if (!isNew) save(true)
  }

  function confirmDelete() {
    if (!client) return
    router.delete(`/clients/${client.id}`, {
      preserveScroll: true,
      onStart: () => setDeleting(true),
      onFinish: () => {
        setDeleting(false)
        deleteModal.close()
      },
    })
  }

  const title = isNew ? t('clients.form.create_title') : t('clients.form.edit_title', { name: client.displayName })

  return (
    <Stack gap="lg" maw={820}>
      <Head title={title} />
      <div>
        <BackLink href="/clients">{t('clients.form.back')}</BackLink>
        <Title order={1} mt="xs">
          {title}
        </Title>
        {isNew && (
          <Text size="sm" c="dimmed" maw={680}>
            {t('clients.form.search_first')}
          </Text>
        )}
      </div>

      {client && (
        <Group gap="sm" wrap="wrap">
          <Button
            component={Link}
            href={`/appointments/new?clientId=${client.id}`}
            leftSection={<IconCalendarPlus size={16} aria-hidden />}
            data-testid="client-make-appointment"
          >
            {t('clients.actions.make_appointment')}
          </Button>
          <Button
            component={Link}
            href={`/appointments/quick?clientId=${client.id}`}
            variant="default"
            leftSection={<IconVideo size={16} aria-hidden />}
          >
            {t('clients.actions.quick_consultation')}
          </Button>
          {upcomingAppointments > 0 && (
            <Text size="sm" c="dimmed" data-testid="client-upcoming">
              {t('clients.form.upcoming', { count: upcomingAppointments })}
            </Text>
          )}
        </Group>
      )}

      <GeneralError errors={errors} />

      <Paper withBorder p="lg" radius="md">
        <form onSubmit={submit} noValidate data-testid="client-form">
          <Stack gap="md">
            <IdentifyingFields
              values={form.data}
              setField={setField}
              errors={errors}
              autoFocus={isNew}
              numberHelp={t('clients.form.client_number_help')}
            />

            <DuplicateCheckSection
              check={check}
              isNew={isNew}
              basePath="/clients"
              withAppointmentLinks
              confirmError={errors.confirmDuplicates}
              onConfirm={confirmNewPerson}
              noneLabel={t('clients.duplicates.none')}
            />

            {check.showDetails && (
              <>
                <ContactFields values={form.data} setField={setField} errors={errors} locales={locales} />
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                  <Select
                    label={t('clients.form.department')}
                    description={rules.departmentRequired ? t('clients.form.department_help_strict') : t('clients.form.department_help')}
                    placeholder={t('clients.form.department_placeholder')}
                    required={rules.departmentRequired}
                    data={departments.map((department) => ({ value: String(department.id), label: department.name }))}
                    value={form.data.departmentId || null}
                    onChange={(value) => {
                      form.setData('departmentId', value ?? '')
                      form.clearErrors('departmentId')
                    }}
                    clearable={!rules.departmentRequired}
                    searchable
                    nothingFoundMessage={t('clients.form.no_department_found')}
                    error={errors.departmentId}
                    name="departmentId"
                    data-testid="client-department"
                  />
                  {rules.canAssignHandlers ? (
                    <MultiSelect
                      label={t('clients.form.handlers')}
                      description={rules.strictClients ? t('clients.form.handlers_help_strict') : t('clients.form.handlers_help')}
                      data={handlerOptions.map((handler) => ({ value: String(handler.id), label: handler.fullName }))}
                      value={form.data.handlerIds.map(String)}
                      onChange={(values) => {
                        form.setData('handlerIds', values.map(Number))
                        form.clearErrors('handlerIds')
                      }}
                      searchable
                      clearable
                      hidePickedOptions
                      nothingFoundMessage={t('clients.form.no_handler_found')}
                      error={arrayError(errors, 'handlerIds')}
                      name="handlerIds"
                      data-testid="client-handlers"
                    />
                  ) : (
                    <div>
                      <Text size="sm" fw={500}>
                        {t('clients.form.handlers')}
                      </Text>
                      <Text size="sm" c="dimmed">
                        {isNew
                          ? t('clients.form.handlers_self')
                          : client.handlers.map((handler) => handler.fullName).join(', ') || t('clients.form.handlers_none')}
                      </Text>
                    </div>
                  )}
                </SimpleGrid>

                <Group justify="space-between" gap="sm" mt="sm" wrap="wrap">
                  <div>
                    {client && (
                      <Button
                        variant="subtle"
                        color="red"
                        leftSection={<IconTrash size={16} aria-hidden />}
                        onClick={deleteModal.open}
                        data-testid="client-delete"
                      >
                        {t('clients.actions.delete')}
                      </Button>
                    )}
                  </div>
                  <Group gap="sm">
                    <Button component={Link} href="/clients" variant="default">
                      {t('clients.actions.cancel')}
                    </Button>
                    <Button type="submit" loading={form.processing || check.checking} data-testid="client-submit">
                      {isNew ? t('clients.form.submit_new') : t('clients.form.submit_edit')}
                    </Button>
                  </Group>
                </Group>
              </>
            )}
          </Stack>
        </form>
      </Paper>

      {client && (
        <ConfirmDeleteModal
          opened={deleteOpened}
          onClose={deleteModal.close}
          title={t('clients.delete.title', { name: client.displayName })}
          body={t('clients.delete.body', { name: client.displayName })}
          note={
            upcomingAppointments > 0
              ? t('clients.delete.has_upcoming', { count: upcomingAppointments })
              : t('clients.delete.past_kept')
          }
          confirmLabel={t('clients.delete.confirm')}
          onConfirm={confirmDelete}
          processing={deleting}
        />
      )}
    </Stack>
  )
}
