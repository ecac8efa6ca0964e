import { useState, type ChangeEvent, type KeyboardEvent, type ReactNode } from 'react'
import { router } from '@inertiajs/react'
import { Button, Group, Select, TextInput, type SelectProps, type TextInputProps } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'

/**
 * Shows a list at `path` with these filters and page, in place: the history
 * entry is replaced and the scroll position and page state kept. Empty
 * filters and page 1 stay out of the address; texts are trimmed.
 */
export function visitList(path: string, query: Record<string, string | number | undefined>) {
  const data: Record<string, string | number> = {}
  for (const [key, raw] of Object.entries(query)) {
    const value = typeof raw === 'string' ? raw.trim() : raw
    if (value === undefined || value === '' || (key === 'page' && Number(value) <= 1)) continue
    data[key] = value
  }
  router.get(path, data, { preserveState: true, preserveScroll: true, replace: true })
}

/**
 * The search box of a list: what is typed is searched a moment after the
 * last key (`delay` ms), or at once on Enter. `reset()` empties the box and
 * drops a search still waiting (call it before showing the unfiltered list).
 */
export function useListSearch(initial: string, onSearch: (value: string) => void, delay = 350) {
  const [value, setValue] = useState(initial)
  const debounced = useDebouncedCallback(onSearch, delay)

  return {
    value,
    /* props for the search TextInput */
    inputProps: {
      value,
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        const next = event.currentTarget.value
        setValue(next)
        debounced(next)
      },
      onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
        if (event.key === 'Enter') {
          debounced.cancel()
          onSearch(value)
        }
      },
    },
    reset() {
      debounced.cancel()
      setValue('')
    },
  }
}

/** A list's search input: a magnifier in front, `type="search"` unless told otherwise */
export function SearchField(props: TextInputProps & { 'data-testid'?: string }) {
  return <TextInput leftSection={<IconSearch size={16} aria-hidden />} type="search" {...props} />
}

/**
 * The toolbar above a list: a search landmark (named by `label`) holding the
 * filter inputs, and a "clear filters" button while any filter is set.
 */
export function FilterBar({
  label,
  active,
  clearLabel,
  onClear,
  children,
}: {
  label?: string
  active: boolean
  clearLabel: string
  onClear: () => void
  children: ReactNode
}) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label={label}>
      {children}
      {active && (
        <Button variant="subtle" onClick={onClear}>
          {clearLabel}
        </Button>
      )}
    </Group>
  )
}

/**
 * A select in a list's toolbar: '' is "all" (cleared), searchable unless told
 * otherwise, full width on phones and `width` px from the sm breakpoint.
 */
export function FilterSelect({
  value,
  onChange,
  width = 220,
  ...props
}: Omit<SelectProps, 'value' | 'onChange'> & {
  value: string
  onChange: (value: string) => void
  width?: number
  'data-testid'?: string
}) {
  return (
    <Select
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      clearable
      searchable
      w={{ base: '100%', sm: width }}
      {...props}
    />
  )
}
