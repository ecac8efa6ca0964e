import { Text } from '@mantine/core'

/**
 * Files shared during the consultation (skeleton: the real panel follows).
 * `version` goes up when a 'files' event arrives; the panel refetches.
 */
export function FilesPanel(props: { base: string; canShare: boolean; isStaff: boolean; version: number }) {
  void props
  return <Text size="sm">…</Text>
}
