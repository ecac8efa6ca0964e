import { useCallback, useEffect, useRef, useState } from 'react'
import { Alert, Button, Group, Loader, Stack, Table, Text, ThemeIcon, Title } from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck, IconCircleDashed, IconRefresh, IconWifi } from '@tabler/icons-react'
import { useI18n } from '~/lib/i18n'
import { xsrfToken } from '~/lib/xsrf'
import type { MediaServerResult } from './media_server_probe'

export type MediaServerCheck = () => Promise<MediaServerResult>

export type ConnectionCheckProps = {
  /**
   * A probe of the media server (media_server_probe.ts). Without one (the
   * platform domain has no media server of its own) the line reads
   * "not tested"; no result is ever made up.
   */
  mediaServerCheck?: MediaServerCheck
  titleOrder?: 2 | 3
}

type Quality = 'good' | 'fair' | 'poor'
type Measurement = { rttMs: number; downloadMbps: number; uploadMbps: number }
type MediaResult = MediaServerResult | null

/** Where the probes live: the app itself, on whichever host the page came from */
const BASE = '/device-test'
const MAX_BYTES = 2 * 1024 * 1024

/* darker than Mantine's shades 9 so that text keeps a 4.5:1 contrast on white (WCAG AA) */
export const TEXT_GREEN = '#1b5e20'
const TEXT_AMBER = '#7a4100'
const TEXT_RED = '#a61e1e'
const QUALITY_COLOURS: Record<Quality, string> = { good: TEXT_GREEN, fair: TEXT_AMBER, poor: TEXT_RED }

export function rateRoundTrip(ms: number): Quality {
  return ms <= 150 ? 'good' : ms <= 400 ? 'fair' : 'poor'
}
/* a 2-person call needs ~0.5–1.5 Mbit/s each way; a 6-person room needs more down than up */
export function rateDownload(mbps: number): Quality {
  return mbps >= 3 ? 'good' : mbps >= 1 ? 'fair' : 'poor'
}
export function rateUpload(mbps: number): Quality {
  return mbps >= 1.5 ? 'good' : mbps >= 0.5 ? 'fair' : 'poor'
}
function worst(...qualities: Quality[]): Quality {
  return qualities.includes('poor') ? 'poor' : qualities.includes('fair') ? 'fair' : 'good'
}

async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await action()
  return performance.now() - started
}

async function ping() {
  const response = await fetch(`${BASE}/ping?t=${Date.now()}`, { cache: 'no-store', headers: { accept: 'application/json' } })
  if (!response.ok) throw new Error(`ping ${response.status}`)
  await response.json()
}

async function download(bytes: number) {
  const response = await fetch(`${BASE}/download?bytes=${bytes}&t=${Date.now()}`, { cache: 'no-store' })
  if (!response.ok) throw new Error(`download ${response.status}`)
  await response.arrayBuffer()
}

function randomBody(bytes: number): Uint8Array<ArrayBuffer> {
  const body = new Uint8Array(bytes)
  /* getRandomValues fills at most 64 KiB at a time; random so no proxy can compress it */
  for (let offset = 0; offset < bytes; offset += 65536) crypto.getRandomValues(body.subarray(offset, offset + 65536))
  return body
}

async function upload(body: Uint8Array<ArrayBuffer>) {
  const response = await fetch(`${BASE}/upload`, {
    method: 'POST',
    cache: 'no-store',
    headers: { 'content-type': 'application/octet-stream', 'accept': 'application/json', 'x-xsrf-token': xsrfToken() },
    body,
  })
  if (!response.ok) throw new Error(`upload ${response.status}`)
  await response.json()
}

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** Megabits per second of `bytes` moved in `ms`, leaving out one round trip of waiting */
function mbps(bytes: number, ms: number, rttMs: number) {
  return (bytes * 8) / (Math.max(ms - rttMs, 1) / 1000) / 1_000_000
}

/**
 * Round trip, then a small and (on a fast line) a larger transfer each way.
 * A slow line stops after the small one so the test never takes long.
 */
export async function measureConnection(): Promise<Measurement> {
  await ping() /* opens the connection: not counted */
  const rounds: number[] = []
  for (let i = 0; i < 5; i++) rounds.push(await timed(ping))
  const rttMs = median(rounds)

  let bytes = 256 * 1024
  let ms = await timed(() => download(bytes))
  if (ms < 500) {
    bytes = MAX_BYTES
    ms = await timed(() => download(bytes))
  }
  const downloadMbps = mbps(bytes, ms, rttMs)

  bytes = 256 * 1024
  ms = await timed(() => upload(randomBody(256 * 1024)))
  if (ms < 500) {
    bytes = MAX_BYTES
    const body = randomBody(bytes)
    ms = await timed(() => upload(body))
  }
  const uploadMbps = mbps(bytes, ms, rttMs)
  return { rttMs, downloadMbps, uploadMbps }
}

function QualityLabel({ quality }: { quality: Quality }) {
  const { t } = useI18n()
  return (
    <Text span fw={600} c={QUALITY_COLOURS[quality]} data-quality={quality}>
      {t(`devices.connection.quality.${quality}`)}
    </Text>
  )
}

/** The connection part of the network & hardware test, measured against the app itself */
export default function ConnectionCheck({ mediaServerCheck, titleOrder = 2 }: ConnectionCheckProps) {
  const { t, locale } = useI18n()
  const [running, setRunning] = useState(false)
  const [failed, setFailed] = useState(false)
  const [result, setResult] = useState<Measurement | null>(null)
  const [media, setMedia] = useState<MediaResult>(null)
  const mounted = useRef(true)

  const run = useCallback(async () => {
    setRunning(true)
    setFailed(false)
    try {
      setMedia(null)
      const measured = await measureConnection()
      if (!mounted.current) return
      setResult(measured)
      /* after the HTTP probes, so the two do not share the line while measuring */
      const mediaResult: MediaResult = mediaServerCheck
        ? await mediaServerCheck().catch(() => ({ ok: false, reason: 'failed' as const }))
        : null
      if (mounted.current) setMedia(mediaResult)
    } catch {
      if (mounted.current) setFailed(true)
    } finally {
      if (mounted.current) setRunning(false)
    }
  }, [mediaServerCheck])

  useEffect(() => {
    mounted.current = true
    run()
    return () => {
      mounted.current = false
    }
  }, [run])

  const number = (value: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: value >= 100 ? 0 : 1 }).format(value)
  const ms = (value: number) => t('devices.connection.milliseconds', { value: number(Math.round(value)) })
  const rates = result && {
    rtt: rateRoundTrip(result.rttMs),
    download: rateDownload(result.downloadMbps),
    upload: rateUpload(result.uploadMbps),
  }
  const overall = rates && worst(rates.rtt, rates.download, rates.upload)

  const rows: { key: string; label: string; value: string; quality: Quality | null }[] = result && rates
    ? [
        { key: 'rtt', label: t('devices.connection.round_trip'), value: ms(result.rttMs), quality: rates.rtt },
        {
          key: 'download',
          label: t('devices.connection.download'),
          value: t('devices.connection.mbps', { value: number(result.downloadMbps) }),
          quality: rates.download,
        },
        {
          key: 'upload',
          label: t('devices.connection.upload'),
          value: t('devices.connection.mbps', { value: number(result.uploadMbps) }),
          quality: rates.upload,
        },
      ]
    : []

  return (
    <Stack gap="md" w="100%" aria-busy={running}>
      <Group gap="xs">
        <IconWifi aria-hidden />
        <Title order={titleOrder} size="h3">
          {t('devices.connection.title')}
        </Title>
      </Group>
      <Text c="dark.7">{t('devices.connection.intro')}</Text>

      {running && (
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text>{t('devices.connection.running')}</Text>
        </Group>
      )}
      {failed && !running && (
        <Alert color="red" variant="outline" icon={<IconAlertTriangle aria-hidden />} role="alert">
          <Text c="dark.9">{t('devices.connection.failed')}</Text>
        </Alert>
      )}

      <Table verticalSpacing="sm" data-testid="connection-results">
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key} data-testid={`connection-${row.key}`}>
              <Table.Th scope="row" fw={600}>
                {row.label}
              </Table.Th>
              <Table.Td data-testid={`connection-${row.key}-value`} style={{ whiteSpace: 'nowrap' }}>
                {row.value}
              </Table.Td>
              <Table.Td>{row.quality && <QualityLabel quality={row.quality} />}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr data-testid="connection-media-server">
            <Table.Th scope="row" fw={600}>
              {t('devices.connection.media_server')}
            </Table.Th>
            <Table.Td colSpan={media?.ok && media.rttMs !== undefined ? 1 : 2}>
              <Group gap={6} wrap="nowrap">
                <ThemeIcon variant="transparent" c={media ? (media.ok ? TEXT_GREEN : TEXT_RED) : 'dark.7'} size="sm" aria-hidden>
                  {media?.ok ? <IconCircleCheck /> : media ? <IconAlertTriangle /> : <IconCircleDashed />}
                </ThemeIcon>
                <Text span c={media ? (media.ok ? TEXT_GREEN : TEXT_RED) : 'dark.7'} data-testid="connection-media-server-value">
                  {media
                    ? media.ok
                      ? media.kbps !== undefined
                        ? t('devices.connection.media_ok_detail', { kbps: number(media.kbps) })
                        : t('devices.connection.media_ok')
                      : media.reason === 'busy'
                        ? t('devices.connection.media_busy')
                        : t('devices.connection.media_failed')
                    : t('devices.connection.not_tested')}
                </Text>
              </Group>
            </Table.Td>
            {media?.ok && media.rttMs !== undefined && <Table.Td>{ms(media.rttMs)}</Table.Td>}
          </Table.Tr>
          {media && !media.ok && media.reason !== 'busy' && (
            <Table.Tr>
              <Table.Td colSpan={3}>
                <Text size="sm" c="dark.7">
                  {t('devices.connection.media_failed_help')}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>

      {overall && !running && (
        <Text role="status" fw={600} c={QUALITY_COLOURS[overall]} data-testid="connection-summary">
          {t(`devices.connection.summary.${overall}`)}
        </Text>
      )}

      <Button size="lg" variant="default" leftSection={<IconRefresh aria-hidden />} onClick={run} disabled={running} fullWidth>
        {t('devices.connection.run_again')}
      </Button>
    </Stack>
  )
}
