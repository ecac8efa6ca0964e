import type { ReactNode } from 'react'
import { usePage } from '@inertiajs/react'
import { Alert, Select, SimpleGrid, Text, TextInput } from '@mantine/core'
import { IconAlertCircle } from '@tabler/icons-react'
import ConfirmModal from '~/components/confirm_modal'
import { FilterBar, SearchField, type useListSearch } from '~/components/list_filters'
import { languageName, useI18n } from '~/lib/i18n'
import type { SharedProps } from '~/types'

/*
 * The pieces of a person's form and list that clients and external
 * participants share: their fields, the form's general error, the list's
 * search bar and the "delete this person?" dialog. The form itself is in
 * person_form, the duplicate check in person_duplicates.
 */

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

/** The fields that tell people apart: a change to one of them needs a new duplicate check */
export const IDENTIFYING = ['initials', 'lastName', 'dateOfBirth', 'email', 'clientNumber'] as const

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

/**
 * Asks before deleting a person, naming them and what happens to their
 * appointments: the upcoming ones are cancelled, the past ones kept.
 */
export function PersonDeleteModal({
  modalProps,
  title,
  body,
  confirmLabel,
  upcomingAppointments = 0,
}: {
  modalProps: { opened: boolean; onClose: () => void; onConfirm: () => void; processing: boolean }
  title: string
  body: string
  confirmLabel: string
  upcomingAppointments?: number
}) {
  const { t } = useI18n()
  return (
    <ConfirmModal
      {...modalProps}
      title={title}
      cancelLabel={t('clients.actions.cancel')}
      confirmLabel={confirmLabel}
      confirmTestId="person-delete-confirm"
      closeLabel={t('common.close')}
    >
      <Text size="sm">{body}</Text>
      <Text size="sm" c="dimmed">
        {upcomingAppointments > 0
          ? t('clients.delete.has_upcoming', { count: upcomingAppointments })
          : t('clients.delete.past_kept')}
      </Text>
    </ConfirmModal>
  )
}

/** The toolbar above a list of people: the search box (name, e-mail, date of birth, number) and the list's own filters */
export function PersonSearchBar({
  label,
  search,
  searchTestId,
  active,
  onClear,
  children,
}: {
  label: string
  search: ReturnType<typeof useListSearch>
  searchTestId: string
  active: boolean
  onClear: () => void
  children: ReactNode
}) {
  const { t } = useI18n()
  return (
    <FilterBar label={label} active={active} clearLabel={t('clients.filters.clear')} onClear={onClear}>
      <SearchField
        label={t('clients.filters.search')}
        placeholder={t('clients.filters.search_placeholder')}
        {...search.inputProps}
        w={{ base: '100%', sm: 360 }}
        data-testid={searchTestId}
      />
      {children}
    </FilterBar>
  )
}
