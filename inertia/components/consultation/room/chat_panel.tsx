import { Text } from '@mantine/core'

/**
 * The consultation's chat (skeleton: the real panel follows).
 * `version` goes up when a 'messages' event arrives; the panel refetches.
 */
export function ChatPanel(props: { base: string; me: { uid: string }; version: number; disabled?: boolean }) {
  void props
  return <Text size="sm">…</Text>
}
