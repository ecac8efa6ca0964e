import type { ReactNode } from 'react'
import { Paper, Stack, Text, ThemeIcon } from '@mantine/core'
import type { Icon } from '@tabler/icons-react'

/** What a list shows when it has no rows: an icon, a title, a line of help and optional buttons */
export default function ListEmptyState({
  icon: IconComponent,
  title,
  body,
  testId,
  bodyWidth = 480,
  children,
}: {
  icon: Icon
  title: string
  body: string
  testId: string
  bodyWidth?: number
  children?: ReactNode
}) {
  return (
    <Paper withBorder p="xl" radius="md" data-testid={testId}>
      <Stack align="center" gap="sm">
        <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
          <IconComponent size={28} />
        </ThemeIcon>
        <Text fw={600}>{title}</Text>
        <Text c="dimmed" size="sm" ta="center" maw={bodyWidth}>
          {body}
        </Text>
        {children}
      </Stack>
    </Paper>
  )
}
