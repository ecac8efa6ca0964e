import { Head } from '@inertiajs/react'
import { Accordion, Anchor, Code, Stack, Text, Title } from '@mantine/core'
import { useT } from '~/lib/i18n'

type Message = { id: string; sentAt: string; to: string; subject: string; html: string | null; text: string | null }

/** Development only: e-mails written by the outbox mail transport */
export default function Outbox({ messages }: { messages: Message[] }) {
  const t = useT()
  return (
    <Stack>
      <Head title={t('platform.dev_outbox')} />
      <Title order={1} size="h2">{t('platform.dev_outbox')}</Title>
      {messages.length === 0 && <Text c="dimmed">—</Text>}
      <Accordion variant="separated">
        {messages.map((message) => (
          <Accordion.Item key={message.id} value={message.id}>
            <Accordion.Control>
              <Text fw={600}>{message.subject}</Text>
              <Text size="xs" c="dimmed">{message.sentAt} · {message.to}</Text>
            </Accordion.Control>
            <Accordion.Panel>
              {message.html && (
                <iframe
                  title={message.subject}
                  srcDoc={message.html}
                  sandbox=""
                  style={{ width: '100%', height: 420, border: '1px solid #dee2e6', borderRadius: 8, background: '#fff' }}
                />
              )}
              <Code block data-testid="outbox-text">{message.text}</Code>
              {message.text?.match(/https?:\/\/\S+/g)?.map((link) => (
                <Anchor key={link} href={link} display="block">{link}</Anchor>
              ))}
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  )
}
