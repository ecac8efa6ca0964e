import type { ReactNode } from 'react'
import { Paper, Title } from '@mantine/core'

/** A titled part of an appointment form or page: a bordered section named by its heading (`id`) */
export default function FormSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  )
}
