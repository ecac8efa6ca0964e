import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import { Head, Link, useForm, usePage } from '@inertiajs/react'
import {
  Alert,
  Badge,
  Box,
  Button,
  Grid,
  Group,
  List,
  Loader,
  MultiSelect,
  Paper,
  SegmentedControl,
  Stack,
  Switch,
  Tabs,
  Text,
  TextInput,
  Textarea,
  Title,
  Tooltip,
  UnstyledButton,
} from '@mantine/core'
import { IconAlertCircle, IconArrowsExchange, IconCircleFilled, IconRestore, IconEraser } from '@tabler/icons-react'
import { languageName, useI18n } from '~/lib/i18n'
import BackLink from '~/components/back_link'
import type { SharedProps } from '~/types'
import { postJson } from '~/lib/xsrf'

type TemplateText = { subject: string; body: string }
type Templates = Record<string, Record<string, TemplateText>>

type DepartmentOption = {
  id: number
  name: string
  color: string
  emailSet: { id: number; name: string } | null
}

type EmailSetDetails = {
  id: number
  name: string
  isDefault: boolean
  departments: { id: number; name: string; color: string }[]
  templates: Templates
}

type Props = {
  set: EmailSetDetails | null
  departments: DepartmentOption[]
  kinds: string[]
  locales: string[]
  codes: string[]
  builtIn: Record<string, Record<string, TemplateText>>
  suggestDefault: boolean
}

type FormData = {
  name: string
  isDefault: boolean
  departmentIds: number[]
  templates: Templates
}

type Preview = { subject: string; html: string; text: string; usesBuiltIn: boolean; unknownCodes: string[] }

const PATH = '/email-sets'

function emptyTemplates(kinds: string[], locales: string[], from?: Templates): Templates {
  return Object.fromEntries(
    kinds.map((kind) => [
      kind,
      Object.fromEntries(
        locales.map((locale) => [locale, { subject: from?.[kind]?.[locale]?.subject ?? '', body: from?.[kind]?.[locale]?.body ?? '' }])
      ),
    ])
  )
}

const isCustom = (text: TemplateText | undefined) => !!text && (text.subject.trim() !== '' || text.body.trim() !== '')

/** The e-mail fragment inside a page that looks like the e-mail layout, for the preview frame */
function previewDocument(html: string, organizationName: string, lang: string) {
  const escape = (value: string) => value.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
  return `<!DOCTYPE html><html lang="${escape(lang)}"><head><meta charset="utf-8"><base target="_blank"></head>
<body style="margin:0;padding:16px 8px;background:#f1f3f5;font-family:Arial,Helvetica,sans-serif;color:#212529;">
<div style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;">
<div style="padding:20px 24px 4px 24px;font-size:14px;color:#495057;font-weight:bold;">${escape(organizationName)}</div>
<div style="padding:8px 24px 24px 24px;font-size:16px;line-height:1.5;">${html}</div>
</div></body></html>`
}

function usePreview(kind: string, locale: string, text: TemplateText) {
  const [preview, setPreview] = useState<Preview | null>(null)
  const [loading, setLoading] = useState(false)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      setLoading(true)
      try {
        const response = await postJson(
          `${PATH}/preview`,
          { kind, locale, subject: text.subject || null, body: text.body || null },
          controller.signal
        )
        if (!response.ok) throw new Error(String(response.status))
        setPreview((await response.json()) as Preview)
        setFailed(false)
      } catch (error) {
        if ((error as Error).name !== 'AbortError') setFailed(true)
      } finally {
        if (!controller.signal.aborted) setLoading(false)
      }
    }, 400)
    return () => {
      controller.abort()
      clearTimeout(timer)
    }
  }, [kind, locale, text.subject, text.body])

  return { preview, loading, failed }
}

function PreviewPanel({ kind, locale, text, organizationName }: { kind: string; locale: string; text: TemplateText; organizationName: string }) {
  const { t } = useI18n()
  const { preview, loading, failed } = usePreview(kind, locale, text)
  const [mode, setMode] = useState<'html' | 'text'>('html')

  return (
    <Paper withBorder radius="md" p="md" bg="gray.0" data-testid="email-preview">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} size="h5">
            {t('email_sets.preview.title')}
          </Title>
          {loading && <Loader size="xs" aria-label={t('email_sets.preview.loading')} />}
        </Group>
        <Text size="xs" c="dimmed">
          {t('email_sets.preview.help')}
        </Text>
        {failed && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={16} aria-hidden />}>
            {t('email_sets.preview.failed')}
          </Alert>
        )}
        {preview && (
          <>
            {preview.usesBuiltIn && (
              <Text size="xs" c="dimmed">
                {t('email_sets.preview.built_in')}
              </Text>
            )}
            {preview.unknownCodes.length > 0 && (
              <Alert color="orange" variant="light" icon={<IconAlertCircle size={16} aria-hidden />}>
                {t('email_sets.preview.unknown_codes', {
                  count: preview.unknownCodes.length,
                  codes: preview.unknownCodes.map((code) => `*|${code}|*`).join(', '),
                })}
              </Alert>
            )}
            <div>
              <Text size="xs" c="dimmed">
                {t('email_sets.preview.subject')}
              </Text>
              <Text fw={600} size="sm" data-testid="email-preview-subject">
                {preview.subject}
              </Text>
            </div>
            <SegmentedControl
              size="xs"
              value={mode}
              onChange={(value) => setMode(value as 'html' | 'text')}
              data={[
                { value: 'html', label: t('email_sets.preview.html') },
                { value: 'text', label: t('email_sets.preview.text') },
              ]}
            />
            {mode === 'html' ? (
              <iframe
                title={t('email_sets.preview.frame_title')}
                sandbox="allow-popups allow-popups-to-escape-sandbox"
                srcDoc={previewDocument(preview.html, organizationName, locale)}
                style={{ width: '100%', height: 520, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 6, background: '#fff' }}
              />
            ) : (
              <Box
                component="pre"
                p="sm"
                style={{
                  whiteSpace: 'pre-wrap',
                  wordBreak: 'break-word',
                  fontFamily: 'inherit',
                  fontSize: 14,
                  background: '#fff',
                  border: '1px solid var(--mantine-color-gray-3)',
                  borderRadius: 6,
                  margin: 0,
                  maxHeight: 520,
                  overflow: 'auto',
                }}
              >
                {preview.text}
              </Box>
            )}
          </>
        )}
      </Stack>
    </Paper>
  )
}

export default function EmailSetForm({ set, departments, kinds, locales, codes, builtIn, suggestDefault }: Props) {
  const { t } = useI18n()
  const isNew = set === null
  const form = useForm<FormData>({
    name: set?.name ?? '',
    isDefault: set?.isDefault ?? suggestDefault,
    departmentIds: set?.departments.map((department) => department.id) ?? [],
    templates: emptyTemplates(kinds, locales, set?.templates),
  })
  const errors = form.errors as Record<string, string | undefined>
  const [kind, setKind] = useState(kinds[0])
  const [locale, setLocale] = useState(locales[0])
  const subjectRef = useRef<HTMLInputElement>(null)
  const bodyRef = useRef<HTMLTextAreaElement>(null)
  const lastField = useRef<'subject' | 'body'>('body')

  const current = form.data.templates[kind]?.[locale] ?? { subject: '', body: '' }
  const fieldKey = (k: string, l: string, part: 'subject' | 'body') => `templates.${k}.${l}.${part}`
  const hasError = (k: string, l?: string) =>
    Object.keys(errors).some((key) => errors[key] && key.startsWith(l ? `templates.${k}.${l}.` : `templates.${k}.`))

  const templateErrors = useMemo(
    () =>
      Object.entries(errors)
        .filter(([key, message]) => key.startsWith('templates.') && message)
        .map(([key, message]) => {
          const [, k, l] = key.split('.')
          return { key, kind: k, locale: l, message: message! }
        }),
    [errors]
  )

  /* Departments chosen here that follow another set now: saving moves them (allowed, and said) */
  const moves = departments.filter(
    (department) =>
      form.data.departmentIds.includes(department.id) && department.emailSet !== null && department.emailSet.id !== set?.id
  )

  function setText(part: 'subject' | 'body', value: string) {
    form.setData('templates', {
      ...form.data.templates,
      [kind]: { ...form.data.templates[kind], [locale]: { ...current, [part]: value } },
    })
  }

  function replaceCurrent(text: TemplateText) {
    form.setData('templates', { ...form.data.templates, [kind]: { ...form.data.templates[kind], [locale]: text } })
  }

  /** Puts a code where the cursor was in the field last used (the text, by default) */
  function insertCode(code: string) {
    const part = lastField.current
    const element = part === 'subject' ? subjectRef.current : bodyRef.current
    const value = current[part]
    const token = `*|${code}|*`
    const start = element?.selectionStart ?? value.length
    const end = element?.selectionEnd ?? value.length
    setText(part, value.slice(0, start) + token + value.slice(end))
    requestAnimationFrame(() => {
      if (!element) return
      element.focus()
      element.setSelectionRange(start + token.length, start + token.length)
    })
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (isNew) form.post(PATH, { preserveScroll: true })
    else form.put(`${PATH}/${set.id}`, { preserveScroll: true })
  }

  const organizationName = usePage<SharedProps>().props.organization?.name ?? ''
  const kindName = (k: string) => t(`email_sets.kinds.${k}`)
  const status = (k: string, l: string) =>
    hasError(k, l) ? 'error' : isCustom(form.data.templates[k]?.[l]) ? 'custom' : 'built_in'
  const statusColor = { error: 'red', custom: 'blue', built_in: 'gray' } as const
  const title = isNew ? t('email_sets.form.create_title') : t('email_sets.form.edit_title', { name: set.name })

  return (
    <Stack gap="lg">
      <Head title={title} />
      <BackLink href={PATH}>{t('email_sets.actions.back')}</BackLink>
      <Title order={1}>{title}</Title>

      <form onSubmit={submit} noValidate data-testid="email-set-form">
        <Stack gap="lg">
          <Paper withBorder radius="md" p="lg">
            <Stack gap="md">
              <Title order={2} size="h4">
                {t('email_sets.form.settings')}
              </Title>
              <TextInput
                label={t('email_sets.form.name')}
                description={t('email_sets.form.name_help')}
                required
                maxLength={120}
                value={form.data.name}
                onChange={(event) => form.setData('name', event.currentTarget.value)}
                error={errors.name}
                name="name"
                maw={480}
              />
              <Switch
                label={t('email_sets.form.is_default')}
                description={t('email_sets.form.is_default_help')}
                checked={form.data.isDefault}
                onChange={(event) => form.setData('isDefault', event.currentTarget.checked)}
                name="isDefault"
              />
              <MultiSelect
                label={t('email_sets.form.departments')}
                description={t('email_sets.form.departments_help')}
                placeholder={form.data.departmentIds.length ? undefined : t('email_sets.form.departments_placeholder')}
                data={departments.map((department) => ({ value: String(department.id), label: department.name }))}
                value={form.data.departmentIds.map(String)}
                onChange={(values) => form.setData('departmentIds', values.map(Number))}
                renderOption={({ option }) => {
                  const department = departments.find((d) => String(d.id) === option.value)
                  const elsewhere = department?.emailSet && department.emailSet.id !== set?.id ? department.emailSet : null
                  return (
                    <Group gap="xs" wrap="nowrap">
                      <IconCircleFilled size={10} color={department?.color} aria-hidden />
                      <span>{option.label}</span>
                      {elsewhere && (
                        <Text size="xs" c="dimmed">
                          {t('email_sets.form.department_in_set', { set: elsewhere.name })}
                        </Text>
                      )}
                    </Group>
                  )
                }}
                error={errors.departmentIds ?? Object.entries(errors).find(([key, value]) => key.startsWith('departmentIds.') && value)?.[1]}
                searchable
                clearable
                maw={640}
              />
              {moves.length > 0 && (
                <Alert
                  color="yellow"
                  variant="light"
                  icon={<IconArrowsExchange size={16} aria-hidden />}
                  title={t('email_sets.form.moves_title')}
                  data-testid="email-set-moves"
                  maw={640}
                >
                  <Text size="sm">{t('email_sets.form.moves_body', { count: moves.length })}</Text>
                  <List size="sm" mt={4}>
                    {moves.map((department) => (
                      <List.Item key={department.id}>
                        {t('email_sets.form.move_item', { department: department.name, set: department.emailSet!.name })}
                      </List.Item>
                    ))}
                  </List>
                </Alert>
              )}
            </Stack>
          </Paper>

          <Paper withBorder radius="md" p="lg">
            <Stack gap="md">
              <div>
                <Title order={2} size="h4">
                  {t('email_sets.form.texts')}
                </Title>
                <Text size="sm" c="dimmed" maw={760}>
                  {t('email_sets.form.texts_help')}
                </Text>
              </div>

              {templateErrors.length > 0 && (
                <Alert color="red" variant="light" icon={<IconAlertCircle size={16} aria-hidden />} title={t('email_sets.form.errors_title')} data-testid="email-set-errors">
                  <List size="sm">
                    {templateErrors.map((error) => (
                      <List.Item key={error.key}>
                        <UnstyledButton
                          onClick={() => {
                            setKind(error.kind)
                            setLocale(error.locale)
                          }}
                          style={{ textDecoration: 'underline' }}
                        >
                          {t('email_sets.form.error_location', { kind: kindName(error.kind), language: languageName(t, error.locale) })}
                        </UnstyledButton>
                        {': '}
                        {error.message}
                      </List.Item>
                    ))}
                  </List>
                </Alert>
              )}

              <Tabs value={kind} onChange={(value) => value && setKind(value)} keepMounted={false}>
                <Tabs.List>
                  {kinds.map((k) => (
                    <Tabs.Tab
                      key={k}
                      value={k}
                      rightSection={hasError(k) ? <IconAlertCircle size={14} color="var(--mantine-color-red-6)" aria-label={t('email_sets.form.status_error')} /> : null}
                    >
                      {kindName(k)}
                    </Tabs.Tab>
                  ))}
                </Tabs.List>
                {kinds.map((k) => (
                  <Tabs.Panel key={k} value={k} pt="md">
                    <Stack gap="md">
                      <Text size="sm" c="dimmed">
                        {t(`email_sets.form.kind_help.${k}`)}
                      </Text>
                      <div>
                        <Text size="sm" fw={500} mb={4} id="language-label">
                          {t('email_sets.form.language_tabs')}
                        </Text>
                        <SegmentedControl
                          aria-labelledby="language-label"
                          value={locale}
                          onChange={setLocale}
                          data={locales.map((l) => ({
                            value: l,
                            label: (
                              <Group gap={6} wrap="nowrap" justify="center">
                                <IconCircleFilled size={8} color={`var(--mantine-color-${statusColor[status(k, l)]}-6)`} aria-hidden />
                                <span>{languageName(t, l)}</span>
                                <Text span size="xs" c="dimmed" visibleFrom="md">
                                  {t(`email_sets.form.status_${status(k, l)}`)}
                                </Text>
                              </Group>
                            ),
                          }))}
                        />
                      </div>

                      <Grid gap="lg">
                        <Grid.Col span={{ base: 12, lg: 7 }}>
                          <Stack gap="sm">
                            {!isCustom(current) && (
                              <Alert color="gray" variant="light">
                                <Group justify="space-between" gap="sm">
                                  <Text size="sm">{t('email_sets.form.built_in_notice')}</Text>
                                  <Button
                                    size="xs"
                                    variant="light"
                                    leftSection={<IconRestore size={14} aria-hidden />}
                                    onClick={() => replaceCurrent({ ...builtIn[locale][kind] })}
                                    data-testid="email-template-use-built-in"
                                  >
                                    {t('email_sets.form.use_built_in')}
                                  </Button>
                                </Group>
                              </Alert>
                            )}
                            <TextInput
                              ref={subjectRef}
                              label={t('email_sets.form.subject')}
                              placeholder={builtIn[locale]?.[kind]?.subject}
                              maxLength={250}
                              value={current.subject}
                              onFocus={() => (lastField.current = 'subject')}
                              onChange={(event) => setText('subject', event.currentTarget.value)}
                              error={errors[fieldKey(kind, locale, 'subject')]}
                              name={fieldKey(kind, locale, 'subject')}
                              lang={locale}
                            />
                            <Textarea
                              ref={bodyRef}
                              label={t('email_sets.form.body')}
                              description={t('email_sets.form.body_help')}
                              placeholder={builtIn[locale]?.[kind]?.body}
                              autosize
                              minRows={12}
                              maxRows={30}
                              maxLength={20000}
                              value={current.body}
                              onFocus={() => (lastField.current = 'body')}
                              onChange={(event) => setText('body', event.currentTarget.value)}
                              error={errors[fieldKey(kind, locale, 'body')]}
                              name={fieldKey(kind, locale, 'body')}
                              lang={locale}
                              styles={{ input: { fontFamily: 'inherit', lineHeight: 1.5 } }}
                            />
                            {isCustom(current) && (
                              <Group>
                                <Button
                                  size="xs"
                                  variant="subtle"
                                  color="gray"
                                  leftSection={<IconEraser size={14} aria-hidden />}
                                  onClick={() => replaceCurrent({ subject: '', body: '' })}
                                >
                                  {t('email_sets.form.clear')}
                                </Button>
                              </Group>
                            )}
                            <div>
                              <Text size="sm" fw={500}>
                                {t('email_sets.form.codes')}
                              </Text>
                              <Text size="xs" c="dimmed" mb={6}>
                                {t('email_sets.form.codes_help')}
                              </Text>
                              <Group gap={6} data-testid="email-template-codes">
                                {codes.map((code) => (
                                  <Tooltip key={code} label={t(`email_sets.codes.${code}`)} withArrow multiline maw={260}>
                                    <Badge
                                      component="button"
                                      type="button"
                                      variant="outline"
                                      color="gray"
                                      tt="none"
                                      style={{ cursor: 'pointer', fontFamily: 'monospace' }}
                                      onMouseDown={(event) => event.preventDefault()}
                                      onClick={() => insertCode(code)}
                                      aria-label={`${t('email_sets.form.insert_code', { code: `*|${code}|*` })}: ${t(`email_sets.codes.${code}`)}`}
                                    >
                                      {`*|${code}|*`}
                                    </Badge>
                                  </Tooltip>
                                ))}
                              </Group>
                            </div>
                          </Stack>
                        </Grid.Col>
                        <Grid.Col span={{ base: 12, lg: 5 }}>
                          <PreviewPanel kind={kind} locale={locale} text={current} organizationName={organizationName} />
                        </Grid.Col>
                      </Grid>
                    </Stack>
                  </Tabs.Panel>
                ))}
              </Tabs>
            </Stack>
          </Paper>

          <Group justify="space-between" gap="sm">
            <Text size="xs" c="dimmed">
              {form.isDirty ? t('email_sets.form.save_hint') : ''}
            </Text>
            <Group gap="sm">
              <Button component={Link} href={PATH} variant="default">
                {t('email_sets.actions.cancel')}
              </Button>
              <Button type="submit" loading={form.processing} data-testid="email-set-save">
                {isNew ? t('email_sets.actions.create') : t('email_sets.actions.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Stack>
  )
}
