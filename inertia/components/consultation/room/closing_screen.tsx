import { Anchor, Button, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconCircleCheck, IconExternalLink } from '@tabler/icons-react'
import { useT } from '~/lib/i18n'
import type { RoomState } from './room_types'

/**
 * What a patient sees when the practitioner ends the consultation: that it
 * ended, how to reach the practice for what follows, and the evaluation
 * survey when the organization set one.
 */
export function ClosingScreen({ closing, left = false }: { closing: RoomState['closing']; left?: boolean }) {
  const t = useT()
  const ways = [
    closing?.phone && (
      <List.Item key="phone">
        {t('room.closing.phone')}: <Anchor href={`tel:${closing.phone.replace(/[^+0-9]/g, '')}`}>{closing.phone}</Anchor>
      </List.Item>
    ),
    closing?.email && (
      <List.Item key="email">
        {t('room.closing.email')}: <Anchor href={`mailto:${closing.email}`}>{closing.email}</Anchor>
      </List.Item>
    ),
    closing?.website && (
      <List.Item key="website">
        <Anchor href={closing.website} target="_blank" rel="noopener noreferrer">
          {closing.website}
        </Anchor>
      </List.Item>
    ),
  ].filter(Boolean)
  return (
    <Paper withBorder radius="md" p="xl" maw={520} mx="auto" data-testid={left ? 'room-left' : 'room-closing'}>
      <Stack gap="md">
        <ThemeIcon size="xl" radius="xl" variant="light" color="teal" aria-hidden>
          <IconCircleCheck />
        </ThemeIcon>
        <Title order={1} size="h2">
          {left ? t('room.closing.left_title') : t('room.closing.title')}
        </Title>
        <Text>{left ? t('room.closing.left_body') : t('room.closing.body')}</Text>
        {ways.length > 0 && (
          <Stack gap={4} data-testid="room-closing-contact">
            <Text>{t('room.closing.contact')}</Text>
            <List>{ways}</List>
          </Stack>
        )}
        {!left && closing?.surveyUrl && (
          <Stack gap={6}>
            <Text>{t('room.closing.survey_intro')}</Text>
            <Button
              component="a"
              href={closing.surveyUrl}
              target="_blank"
              rel="noopener noreferrer"
              size="lg"
              rightSection={<IconExternalLink aria-hidden size={18} />}
              data-testid="room-closing-survey"
            >
              {t('room.closing.survey')}
            </Button>
          </Stack>
        )}
        {left && (
          <Button size="lg" variant="light" onClick={() => window.location.reload()} data-testid="room-rejoin">
            {t('room.closing.rejoin')}
          </Button>
        )}
        <Text size="sm" c="dark.6">
          {t('room.closing.not_recorded')}
        </Text>
      </Stack>
    </Paper>
  )
}
