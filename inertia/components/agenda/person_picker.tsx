import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import {
  Badge,
  CloseButton,
  Combobox,
  Group,
  Loader,
  Stack,
  Text,
  TextInput,
  VisuallyHidden,
  useCombobox,
} from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'
import { useT } from '~/lib/i18n'
import { useAgendaFormat } from '~/components/agenda/format'
import type { PersonOption } from '~/components/agenda/appointment_types'

type Props = {
  label: string
  description?: ReactNode
  placeholder?: string
  /** JSON search endpoint answering `?q=` with up to 20 people */
  endpoint: string
  value: PersonOption[]
  onChange: (people: PersonOption[]) => void
  error?: ReactNode
  /** at most this many may be chosen (the server accepts 50) */
  max?: number
  searchTestId: string
  optionTestId: string
  chipTestId: string
}

/** The search endpoint answers with a list; a `{ data: [...] }` envelope is accepted too */
function peopleOf(body: unknown): PersonOption[] {
  const list = Array.isArray(body) ? body : body && typeof body === 'object' && Array.isArray((body as any).data) ? (body as any).data : []
  return list.filter((item: any) => item && typeof item.id === 'number' && typeof item.displayName === 'string')
}

/**
 * Searchable multi-picker for clients or external participants: type, pick
 * with the arrow keys and Enter (or the mouse); the chosen ones are listed as
 * chips, each with a labelled remove button.
 */
export default function PersonPicker({
  label,
  description,
  placeholder,
  endpoint,
  value,
  onChange,
  error,
  max = 50,
  searchTestId,
  optionTestId,
  chipTestId,
}: Props) {
  const t = useT()
  const format = useAgendaFormat()
  const listLabelId = useId()
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() })
  const [query, setQuery] = useState('')
  const [results, setResults] = useState<PersonOption[]>([])
  const [loading, setLoading] = useState(false)
  const [failed, setFailed] = useState(false)
  const [searched, setSearched] = useState('')
  const request = useRef<AbortController | null>(null)

  useEffect(() => () => request.current?.abort(), [])

  const search = useDebouncedCallback(async (text: string) => {
    request.current?.abort()
    const q = text.trim()
    if (!q) {
      setResults([])
      setLoading(false)
      setSearched('')
      return
    }
    const controller = new AbortController()
    request.current = controller
    setLoading(true)
    setFailed(false)
    try {
      const response = await fetch(`${endpoint}?q=${encodeURIComponent(q)}`, {
        headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
        credentials: 'same-origin',
        signal: controller.signal,
      })
      if (!response.ok) throw new Error(`search answered ${response.status}`)
      setResults(peopleOf(await response.json()))
      setSearched(q)
    } catch (reason) {
      if (controller.signal.aborted) return
      setResults([])
      setFailed(true)
      setSearched(q)
      console.error(reason)
    } finally {
      if (request.current === controller) setLoading(false)
    }
  }, 250)

  const chosen = new Set(value.map((person) => person.id))
  const options = results.filter((person) => !chosen.has(person.id))
  const full = value.length >= max

  /* the first match is pre-selected, so Enter picks it */
  useEffect(() => {
    if (options.length > 0 && combobox.dropdownOpened) combobox.selectFirstOption()
  }, [results])

  function pick(id: string) {
    const person = results.find((candidate) => String(candidate.id) === id)
    if (!person || chosen.has(person.id) || full) return
    onChange([...value, person])
    setQuery('')
    setResults([])
    setSearched('')
    combobox.closeDropdown()
  }

  function remove(person: PersonOption) {
    onChange(value.filter((candidate) => candidate.id !== person.id))
  }

  function details(person: PersonOption) {
    return [
      person.dateOfBirth ? t('appointments_ui.picker.born', { date: format.date(person.dateOfBirth, 'short') }) : null,
      person.clientNumber ? t('appointments_ui.picker.number', { number: person.clientNumber }) : null,
      person.email,
    ]
      .filter(Boolean)
      .join(' · ')
  }

  const status = loading
    ? t('appointments_ui.picker.searching')
    : failed
      ? t('appointments_ui.picker.failed')
      : searched
        ? t('appointments_ui.picker.results', { count: options.length })
        : ''

  return (
    <Stack gap={6}>
      <Combobox store={combobox} onOptionSubmit={pick} withinPortal>
        <Combobox.Target withExpandedAttribute>
          <TextInput
            label={label}
            description={description}
            placeholder={full ? t('appointments_ui.picker.full', { max }) : (placeholder ?? t('appointments_ui.picker.placeholder'))}
            leftSection={<IconSearch size={16} aria-hidden />}
            rightSection={loading ? <Loader size={14} aria-hidden /> : null}
            value={query}
            disabled={full}
            error={error}
            type="search"
            autoComplete="off"
            maxLength={100}
            onChange={(event) => {
              const text = event.currentTarget.value
              setQuery(text)
              if (text.trim()) combobox.openDropdown()
              else combobox.closeDropdown()
              search(text)
            }}
            onFocus={() => query.trim() && combobox.openDropdown()}
            onBlur={() => combobox.closeDropdown()}
            onKeyDown={(event) => {
              /* Enter picks an option (handled by the combobox) and never submits the form */
              if (event.key === 'Enter') event.preventDefault()
            }}
            data-testid={searchTestId}
          />
        </Combobox.Target>
        <Combobox.Dropdown hidden={!query.trim()}>
          <VisuallyHidden id={listLabelId}>{label}</VisuallyHidden>
          <Combobox.Options labelledBy={listLabelId} mah={320} style={{ overflowY: 'auto' }}>
            {options.map((person) => (
              <Combobox.Option value={String(person.id)} key={person.id} data-testid={optionTestId}>
                <Text size="sm" fw={600}>
                  {person.displayName}
                </Text>
                {details(person) && (
                  /* inherits the option's colour: readable on the highlighted (selected) option too */
                  <Text size="xs">
                    {details(person)}
                  </Text>
                )}
              </Combobox.Option>
            ))}
            {options.length === 0 && !loading && searched && (
              <Combobox.Empty>{failed ? t('appointments_ui.picker.failed') : t('appointments_ui.picker.nothing_found')}</Combobox.Empty>
            )}
            {options.length === 0 && (loading || !searched) && <Combobox.Empty>{t('appointments_ui.picker.searching')}</Combobox.Empty>}
          </Combobox.Options>
        </Combobox.Dropdown>
      </Combobox>

      <VisuallyHidden aria-live="polite">{status}</VisuallyHidden>

      {value.length > 0 && (
        <Group gap={6} role="list" aria-label={t('appointments_ui.picker.chosen', { label })}>
          {value.map((person) => (
            <Badge
              key={person.id}
              role="listitem"
              variant="light"
              size="lg"
              tt="none"
              radius="xl"
              maw="100%"
              data-testid={chipTestId}
              data-person-id={person.id}
              rightSection={
                <CloseButton
                  size="xs"
                  variant="transparent"
                  onClick={() => remove(person)}
                  aria-label={t('appointments_ui.picker.remove', { name: person.displayName })}
                />
              }
            >
              {person.displayName}
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  )
}
