import type { ReactNode } from 'react'
import { Paper, Table, VisuallyHidden } from '@mantine/core'

/**
 * A column heading: its text, or `{ label, align, hidden }` (a visually hidden
 * heading still names the column for screen readers, e.g. "Actions").
 * `false` leaves a column out (`can.manage && {…}`).
 */
export type ListColumn = string | { label: string; align?: 'right'; hidden?: boolean } | false

/**
 * A list as a table: a caption (the count), a heading row and the rows
 * (`children`, Table.Tr…). By default framed in a bordered paper and
 * scrolling sideways below `minWidth` px; `framed={false}` for a table inside
 * a card of its own, no `minWidth` for one that never scrolls.
 */
export default function ListTable({
  caption,
  columns,
  minWidth,
  framed = true,
  highlightOnHover = true,
  children,
}: {
  caption: ReactNode
  columns: ListColumn[]
  minWidth?: number
  framed?: boolean
  highlightOnHover?: boolean
  children: ReactNode
}) {
  const table = (
    <Table verticalSpacing="xs" highlightOnHover={highlightOnHover}>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column, index) => {
            if (column === false) return null
            const { label, align, hidden } = typeof column === 'string' ? { label: column } : column
            return (
              <Table.Th key={index} scope="col" ta={align}>
                {hidden ? <VisuallyHidden>{label}</VisuallyHidden> : label}
              </Table.Th>
            )
          })}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  )
  const scrolling = minWidth === undefined ? table : <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer>
  return framed ? <Paper withBorder radius="md">{scrolling}</Paper> : scrolling
}
