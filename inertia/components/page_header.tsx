import type { ReactNode } from 'react'
import { Group, Text, Title } from '@mantine/core'

/**
 * A page's title with its introduction underneath and the page's main
 * buttons (`children`) on the right, wrapping below on narrow screens. A text
 * `intro` is shown dimmed, at most `introWidth` px wide; any other node is
 * shown as it is.
 */
export default function PageHeader({
  title,
  intro,
  introWidth = 720,
  children,
}: {
  title: string
  intro?: ReactNode
  introWidth?: number
  children?: ReactNode
}) {
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap">
      <div>
        <Title order={1}>{title}</Title>
        {typeof intro === 'string' ? (
          <Text c="dimmed" size="sm" maw={introWidth}>
            {intro}
          </Text>
        ) : (
          intro
        )}
      </div>
      {children}
    </Group>
  )
}
