import { useMemo } from 'react'
import { useI18n } from '~/lib/i18n'

/*
 * The server sends local dates (YYYY-MM-DD) and times (HH:mm) already in the
 * organization's time zone. They are formatted as UTC wall-clock values so the
 * browser's own zone never shifts them.
 */

function dateParts(date: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null
}

function timeParts(time: string): Date | null {
  const match = /^(\d{2}):(\d{2})/.exec(time)
  return match ? new Date(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2]))) : null
}

export type DateStyle = 'long' | 'medium' | 'short'

const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  medium: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  /* month as a word: 3/1/1950 reads differently in different countries */
  short: { day: 'numeric', month: 'short', year: 'numeric' },
}

export function formatLocalDate(locale: string, date: string, style: DateStyle = 'medium'): string {
  const value = dateParts(date)
  if (!value) return date
  return new Intl.DateTimeFormat(locale, { ...DATE_OPTIONS[style], timeZone: 'UTC' }).format(value)
}

export function formatLocalTime(locale: string, time: string): string {
  const value = timeParts(time)
  if (!value) return time
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(value)
}

/** Formatting bound to the page language */
export function useAgendaFormat() {
  const { locale } = useI18n()
  return useMemo(
    () => ({
      locale,
      date: (date: string, style: DateStyle = 'medium') => formatLocalDate(locale, date, style),
      time: (time: string) => formatLocalTime(locale, time),
      timeRange: (start: string, end: string) => `${formatLocalTime(locale, start)}–${formatLocalTime(locale, end)}`,
    }),
    [locale]
  )
}

/** A key that makes a double submit create one appointment (crypto.randomUUID needs a secure context) */
export function newSubmissionKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
