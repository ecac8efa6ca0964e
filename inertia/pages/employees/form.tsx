import { useState, type FormEvent } from 'react'
import { Head, Link, router, useForm, usePage } from '@inertiajs/react'
import {
  Alert,
  Button,
  Group,
  MultiSelect,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { IconAlertCircle, IconInfoCircle, IconMailForward } from '@tabler/icons-react'
import { useI18n, type Translate } from '~/lib/i18n'
import BackLink from '~/components/back_link'
import type { SharedProps } from '~/types'

type DepartmentRef = { id: number; name: string; color: string }

type Employee = {
  id: number
  fullName: string
  email: string
  phone: string | null
  role: string
  isActive: boolean
  initials: string
  locale: string | null
  pending: boolean
  departments: DepartmentRef[]
  lastLoginAt: string | null
}

type Props = {
  employee: Employee | null
  departments: DepartmentRef[]
  roles: string[]
  locales: string[]
}

type EmployeeForm = {
  fullName: string
  email: string
  phone: string
  role: string
  locale: string
  departmentIds: number[]
}

/** Role names live in common.json (common.roles.*); fall back to a roles namespace, then the raw value */
function roleLabel(t: Translate, role: string): string {
  for (const key of [`common.roles.${role}`, `roles.${role}`]) {
    const label = t(key)
    if (label !== key) return label
  }
  return role
}

/** A language's own name ("Nederlands", "Deutsch"): common.languages.*, else the browser's name for it */
function languageName(t: Translate, code: string): string {
  const key = `common.languages.${code}`
  const label = t(key)
  if (label !== key) return label
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code)
    return name ? name.charAt(0).toLocaleUpperCase(code) + name.slice(1) : code
  } catch {
    return code
  }
}

export default function EmployeeFormPage({ employee, departments, roles, locales }: Props) {
  const { t } = useI18n()
  const { flash } = usePage<SharedProps>().props
  const isNew = employee === null
  const [resending, setResending] = useState(false)

  const form = useForm<EmployeeForm>({
    fullName: employee?.fullName ?? '',
    email: employee?.email ?? '',
    phone: employee?.phone ?? '',
    role: employee?.role ?? (roles.includes('handler') ? 'handler' : (roles[roles.length - 1] ?? '')),
    locale: employee?.locale ?? '',
    departmentIds: employee?.departments.map((department) => department.id) ?? [],
  })

  const errors = form.errors as Record<string, string | undefined>
  /* Array validation reports per item ("departmentIds.0"); show the first next to the field */
  const departmentError =
    errors.departmentIds ??
    Object.entries(errors).find(([key, value]) => key.startsWith('departmentIds.') && value)?.[1]
  /* A business rule without a field (e.g. the user cap) only arrives as a flash message */
  const fieldMessages = Object.values(errors).filter(Boolean)
  const generalError = flash?.error && !fieldMessages.includes(flash.error) ? flash.error : null

  function submit(event: FormEvent) {
    event.preventDefault()
    if (isNew) form.post('/employees', { preserveScroll: true })
    else form.put(`/employees/${employee.id}`, { preserveScroll: true })
  }

  function resendInvitation() {
    if (!employee) return
    router.post(
      `/employees/${employee.id}/invitation`,
      {},
      {
        preserveScroll: true,
        preserveState: true,
        onStart: () => setResending(true),
        onFinish: () => setResending(false),
      }
    )
  }

  const title = isNew ? t('employees.form.create_title') : t('employees.form.edit_title', { name: employee.fullName })

  return (
    <Stack gap="lg" maw={760}>
      <Head title={title} />

      <div>
        <BackLink href="/employees">{t('employees.form.back')}</BackLink>
        <Title order={1} mt="xs">
          {title}
        </Title>
      </div>

      {generalError && (
        <Alert color="red" icon={<IconAlertCircle size={18} aria-hidden />} role="alert" data-testid="employee-form-error">
          {generalError}
        </Alert>
      )}

      {isNew ? (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} aria-hidden />}>
          {t('employees.form.invitation_note')}
        </Alert>
      ) : (
        employee.pending && (
          <Alert color="yellow" variant="light" icon={<IconMailForward size={18} aria-hidden />}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('employees.form.pending_note', { email: employee.email })}</Text>
              <Button
                size="xs"
                variant="default"
                onClick={resendInvitation}
                loading={resending}
                data-testid="employee-resend"
              >
                {t('employees.actions.resend')}
              </Button>
            </Stack>
          </Alert>
        )
      )}

      <Paper withBorder p="lg" radius="md">
        <form onSubmit={submit} noValidate data-testid="employee-form">
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                label={t('employees.form.full_name')}
                required
                autoComplete="off"
                maxLength={160}
                value={form.data.fullName}
                onChange={(event) => form.setData('fullName', event.currentTarget.value)}
                error={errors.fullName}
                name="fullName"
                data-testid="employee-full-name"
                autoFocus={isNew}
              />
              <TextInput
                label={t('employees.form.email')}
                description={isNew ? t('employees.form.email_help_new') : t('employees.form.email_help')}
                required
                type="email"
                autoComplete="off"
                maxLength={254}
                value={form.data.email}
                onChange={(event) => form.setData('email', event.currentTarget.value)}
                error={errors.email}
                name="email"
                data-testid="employee-email"
              />
              <TextInput
                label={t('employees.form.phone')}
                description={t('employees.form.phone_help')}
                type="tel"
                autoComplete="off"
                maxLength={40}
                value={form.data.phone}
                onChange={(event) => form.setData('phone', event.currentTarget.value)}
                error={errors.phone}
                name="phone"
                data-testid="employee-phone"
              />
              <Select
                label={t('employees.form.locale')}
                description={t('employees.form.locale_help')}
                placeholder={t('employees.form.locale_default')}
                data={locales.map((code) => ({ value: code, label: languageName(t, code) }))}
                value={form.data.locale || null}
                onChange={(value) => form.setData('locale', value ?? '')}
                clearable
                error={errors.locale}
                name="locale"
                data-testid="employee-locale"
              />
            </SimpleGrid>

            <Radio.Group
              label={t('employees.form.role')}
              required
              value={form.data.role}
              onChange={(value) => form.setData('role', value)}
              error={errors.role}
              name="role"
              data-testid="employee-role"
            >
              <Stack gap="sm" mt="xs">
                {roles.map((role) => {
                  const helpKey = `employees.role_help.${role}`
                  const help = t(helpKey)
                  return (
                    <Radio
                      key={role}
                      value={role}
                      label={roleLabel(t, role)}
                      description={help !== helpKey ? help : undefined}
                      data-testid={`employee-role-${role}`}
                    />
                  )
                })}
              </Stack>
            </Radio.Group>

            <MultiSelect
              label={t('employees.form.departments')}
              description={t('employees.form.departments_help')}
              placeholder={form.data.departmentIds.length === 0 ? t('employees.form.departments_placeholder') : undefined}
              data={departments.map((department) => ({ value: String(department.id), label: department.name }))}
              value={form.data.departmentIds.map(String)}
              onChange={(values) => form.setData('departmentIds', values.map(Number))}
              searchable
              clearable
              hidePickedOptions
              nothingFoundMessage={
                departments.length === 0 ? t('employees.form.no_departments_yet') : t('employees.form.no_department_found')
              }
              error={departmentError}
              name="departmentIds"
              data-testid="employee-departments"
            />

            <Group justify="flex-end" gap="sm" mt="sm">
              <Button component={Link} href="/employees" variant="default" data-testid="employee-cancel">
                {t('employees.actions.cancel')}
              </Button>
              <Button type="submit" loading={form.processing} data-testid="employee-submit">
                {isNew ? t('employees.form.submit_new') : t('employees.form.submit_edit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  )
}
