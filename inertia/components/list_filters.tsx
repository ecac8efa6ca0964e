import { useState, type ChangeEvent, type KeyboardEvent, type ReactNode } from 'react'
import { Button, Group, TextInput, type TextInputProps } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'

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
