import { useRef, useState, type DragEvent } from 'react'
import { Alert, Box, Button, Checkbox, FileButton, Group, Paper, Progress, Stack, Text, VisuallyHidden } from '@mantine/core'
import { IconAlertCircle, IconCircleCheck, IconDownload, IconFile, IconUpload } from '@tabler/icons-react'
import { useI18n, type Translate } from '~/lib/i18n'
import { xsrfToken } from '~/lib/xsrf'
import { usePolledJson } from '~/lib/use_polled_json'

/** One file as GET <base>/files lists it (RoomFiles.list on the server) */
export type SharedFile = {
  id: number
  name: string
  size: number
  mimeType: string
  sharedBy: string
  mine: boolean
  createdAt: string
}

type FilesAnswer = {
  files: SharedFile[]
  canShare: boolean
  canEmail: boolean
  limits: { maxBytes: number; extensions: string[] }
}

/* the server's limits (room_file_types.ts), until its answer arrives */
const DEFAULT_LIMITS = {
  maxBytes: 20 * 1024 * 1024,
  extensions: ['pdf', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'txt', 'doc', 'docx', 'xls', 'xlsx', 'odt'],
}
/** The fallback when a real-time ping does not arrive */
const POLL_MS = 20_000

type Upload = { name: string; percent: number }
type Outcome = { ok: boolean; message: string }

/** "1.2 MB", "830 kB" in the reader's number format */
function formatSize(bytes: number, locale: string) {
  const units = ['byte', 'kilobyte', 'megabyte'] as const
  let value = bytes
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit++
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value)
}

const extensionOf = (name: string) => {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
}

/** Sends the file with the upload's progress (fetch() cannot report it) */
function uploadFile(url: string, file: File, email: boolean, onProgress: (percent: number) => void) {
  return new Promise<{ status: number; body: any }>((resolve, reject) => {
    const request = new XMLHttpRequest()
    request.open('POST', url)
    request.withCredentials = true
    request.setRequestHeader('Accept', 'application/json')
    request.setRequestHeader('X-XSRF-TOKEN', xsrfToken())
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100))
    }
    request.onload = () => {
      let body: any = null
      try {
        body = JSON.parse(request.responseText)
      } catch {
        /* not JSON: the status says enough */
      }
      resolve({ status: request.status, body })
    }
    request.onerror = () => reject(new Error('upload failed'))
    request.onabort = () => reject(new Error('upload aborted'))
    const form = new FormData()
    if (email) form.append('email', '1')
    form.append('file', file, file.name)
    request.send(form)
  })
}

/** What the server said was wrong, in the reader's language */
function uploadError(t: Translate, status: number, body: any, maxMb: number) {
  if (status === 429) return t('room_files.errors.too_many_requests')
  if (status === 413) return t('room_files.errors.too_large', { max: maxMb })
  return typeof body?.message === 'string' ? body.message : t('room_files.errors.failed')
}

/**
 * Files shared during the consultation: a drop zone and a button to share
 * one (with progress, the limits stated, and for staff "send by e-mail to
 * the invitees instead"), and the list to download. The list is refetched
 * when `version` changes (a 'files' ping) and every 20 s. The files are
 * deleted from the server when the consultation ends.
 */
export function FilesPanel(props: { base: string; canShare: boolean; isStaff: boolean; version: number }) {
  const { base, canShare, isStaff, version } = props
  const { t, locale } = useI18n()
  const { data: answer, failed, refresh } = usePolledJson<FilesAnswer>(`${base}/files`, { intervalMs: POLL_MS, version })
  const [upload, setUpload] = useState<Upload | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [email, setEmail] = useState(false)
  const [dragging, setDragging] = useState(false)
  const resetRef = useRef<() => void>(null)

  const limits = answer?.limits ?? DEFAULT_LIMITS
  const maxMb = Math.round(limits.maxBytes / (1024 * 1024))
  const sharing = canShare && (answer?.canShare ?? true)
  const mayEmail = isStaff && (answer?.canEmail ?? false)
  const timeFormat = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

  const share = async (file: File | null) => {
    resetRef.current?.()
    if (!file || upload) return
    setOutcome(null)
    /* the same checks as the server, to spare a long upload that would be refused */
    if (file.size > limits.maxBytes) {
      setOutcome({ ok: false, message: t('room_files.errors.too_large', { max: maxMb }) })
      return
    }
    if (file.size === 0) {
      setOutcome({ ok: false, message: t('room_files.errors.empty') })
      return
    }
    if (!limits.extensions.includes(extensionOf(file.name))) {
      setOutcome({ ok: false, message: t('room_files.errors.type') })
      return
    }
    const byEmail = mayEmail && email
    setUpload({ name: file.name, percent: 0 })
    try {
      const { status, body } = await uploadFile(`${base}/files`, file, byEmail, (percent) =>
        setUpload({ name: file.name, percent })
      )
      if (status === 201) {
        setOutcome({ ok: true, message: t(byEmail ? 'room_files.emailed' : 'room_files.shared', { name: file.name }) })
        if (!byEmail) refresh()
      } else {
        setOutcome({ ok: false, message: uploadError(t, status, body, maxMb) })
      }
    } catch {
      setOutcome({ ok: false, message: t('room_files.errors.failed') })
    } finally {
      setUpload(null)
    }
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    if (sharing) share(event.dataTransfer.files?.[0] ?? null)
  }

  const accept = limits.extensions.map((extension) => `.${extension}`).join(',')

  return (
    /* the page's text colour, also where the panel sits inside the dark room */
    <Stack gap="md" c="var(--mantine-color-text)" data-testid="files-panel">
      <VisuallyHidden component="h2">{t('room_files.title')}</VisuallyHidden>

      {sharing ? (
        <Paper
          withBorder
          radius="md"
          p="md"
          onDragOver={(event) => {
            event.preventDefault()
            setDragging(true)
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          style={{
            borderStyle: 'dashed',
            borderWidth: 2,
            borderColor: dragging ? 'var(--mantine-color-blue-6)' : undefined,
            background: dragging ? 'var(--mantine-color-blue-0)' : undefined,
          }}
          data-testid="files-dropzone"
        >
          <Stack gap="xs" align="center">
            <Text size="sm" ta="center">
              {t('room_files.drop_here')}
            </Text>
            <FileButton onChange={share} accept={accept} resetRef={resetRef} disabled={Boolean(upload)}>
              {(buttonProps) => (
                <Button {...buttonProps} leftSection={<IconUpload size={16} aria-hidden />} loading={Boolean(upload)} data-testid="files-choose">
                  {t('room_files.choose')}
                </Button>
              )}
            </FileButton>
            <Text size="xs" c="dark.4" ta="center" id="room-files-limits">
              {t('room_files.limits', { max: maxMb })}
            </Text>
            {mayEmail && (
              <Checkbox
                checked={email}
                onChange={(event) => setEmail(event.currentTarget.checked)}
                label={t('room_files.email_instead')}
                description={t('room_files.email_instead_help')}
                data-testid="files-email"
              />
            )}
          </Stack>
        </Paper>
      ) : (
        answer && (
          <Alert variant="light" color="gray">
            {t('room_files.sharing_off')}
          </Alert>
        )
      )}

      <div role="status" aria-live="polite" data-testid="files-status">
        {upload && (
          <Stack gap={4}>
            <Text size="sm">{t('room_files.uploading', { name: upload.name, percent: upload.percent })}</Text>
            <Progress value={upload.percent} aria-hidden animated />
          </Stack>
        )}
        {outcome && (
          <Group gap={6} wrap="nowrap" align="flex-start" data-testid={outcome.ok ? 'files-ok' : 'files-error'}>
            {outcome.ok ? (
              <IconCircleCheck size={18} color="var(--mantine-color-green-8)" aria-hidden style={{ flexShrink: 0 }} />
            ) : (
              <IconAlertCircle size={18} color="var(--mantine-color-red-8)" aria-hidden style={{ flexShrink: 0 }} />
            )}
            <Text size="sm" c={outcome.ok ? 'dark.9' : 'red.9'}>
              {outcome.message}
            </Text>
          </Group>
        )}
        {failed && (
          <Text size="sm" c="red.9">
            {t('room_files.load_failed')}
          </Text>
        )}
      </div>

      {answer && answer.files.length === 0 && (
        <Text size="sm" c="dark.4" data-testid="files-empty">
          {t('room_files.empty')}
        </Text>
      )}
      {answer && answer.files.length > 0 && (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('room_files.list_label')}>
          {answer.files.map((file) => (
            <Box component="li" key={file.id} data-testid="shared-file">
              <Paper withBorder radius="md" p="sm">
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <IconFile size={22} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
                  <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                    <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="shared-file-name">
                      {file.name}
                    </Text>
                    <Text size="xs" c="dark.4">
                      {formatSize(file.size, locale)} ·{' '}
                      {t('room_files.shared_by', {
                        name: file.mine ? t('room_files.you') : file.sharedBy,
                        time: timeFormat.format(new Date(file.createdAt)),
                      })}
                    </Text>
                  </Stack>
                  <Button
                    component="a"
                    href={`${base}/files/${file.id}`}
                    download={file.name}
                    variant="light"
                    size="xs"
                    leftSection={<IconDownload size={14} aria-hidden />}
                    aria-label={t('room_files.download_label', { name: file.name })}
                    data-testid="shared-file-link"
                  >
                    {t('room_files.download')}
                  </Button>
                </Group>
              </Paper>
            </Box>
          ))}
        </Stack>
      )}
    </Stack>
  )
}
