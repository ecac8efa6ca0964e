import { Box, Group, Pagination, Text } from '@mantine/core'
import { useT } from '~/lib/i18n'

export type PageMeta = { currentPage: number; lastPage: number; total?: number }

/**
 * The paging row under a paginated list: "Page 2 of 5 …" and the page
 * buttons, each with an accessible name. Nothing is shown for a single page.
 *
 * `keys` is the list's translation prefix (e.g. `employees.pagination`) with
 * `summary`, `page` and the control names (`first`, `previous`, `next`,
 * `last`). `summary` replaces the summary text; `navLabel` puts the buttons
 * in a named navigation landmark.
 */
export default function ListPagination({
  meta,
  keys,
  onChange,
  summary,
  navLabel,
  withEdges,
}: {
  meta: PageMeta
  keys: string
  onChange: (page: number) => void
  summary?: string
  navLabel?: string
  withEdges?: boolean
}) {
  const t = useT()
  if (meta.lastPage <= 1) return null

  const pagination = (
    <Pagination
      total={meta.lastPage}
      value={meta.currentPage}
      onChange={onChange}
      withEdges={withEdges}
      getControlProps={(control) => ({ 'aria-label': t(`${keys}.${control}`) })}
      getItemProps={(page) => ({ 'aria-label': t(`${keys}.page`, { page }) })}
    />
  )

  return (
    <Group justify="space-between" wrap="wrap">
      <Text size="sm" c="dimmed">
        {summary ?? t(`${keys}.summary`, { page: meta.currentPage, pages: meta.lastPage, total: meta.total })}
      </Text>
      {navLabel ? (
        <Box component="nav" aria-label={navLabel}>
          {pagination}
        </Box>
      ) : (
        pagination
      )}
    </Group>
  )
}
