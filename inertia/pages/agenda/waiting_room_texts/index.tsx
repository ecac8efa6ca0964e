import { type FormEvent } from 'react'
import { Head, useForm } from '@inertiajs/react'
import { Badge, Button, Code, Grid, Group, Paper, Stack, Tabs, Text, Textarea, Title } from '@mantine/core'
import { IconRestore } from '@tabler/icons-react'
import { languageName, useT, type Translate } from '~/lib/i18n'
import ConfirmModal, { useConfirmDelete } from '~/components/confirm_modal'

type TextRow = {
  kind: string
  locale: string
  body: string
  defaultBody: string
  isDefault: boolean
}

type Props = {
  texts: TextRow[]
  kinds: string[]
  locales: string[]
  codes: string[]
  maxLength: number
}

const situationName = (t: Translate, kind: string) => t(`waiting_room_content.texts.kinds.${kind}.label`)

export default function WaitingRoomTextsIndex({ texts, kinds, locales, codes, maxLength }: Props) {
  const t = useT()
  /* going back to the built-in text deletes the organization's own */
  const reset = useConfirmDelete((text: TextRow) => `/waiting-room-texts/${text.kind}/${text.locale}`)
  const resetting = reset.target

  return (
    <Stack gap="lg">
      <Head title={t('waiting_room_content.texts.title')} />
      <div>
        <Title order={1}>{t('waiting_room_content.texts.title')}</Title>
        <Text c="dimmed" size="sm" maw={720}>
          {t('waiting_room_content.texts.intro')}
        </Text>
      </div>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Tabs defaultValue={kinds[0]} keepMounted={false}>
            <Tabs.List>
              {kinds.map((kind) => (
                <Tabs.Tab key={kind} value={kind} data-testid={`waiting-room-kind-${kind}`}>
                  {situationName(t, kind)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {kinds.map((kind) => (
              <Tabs.Panel key={kind} value={kind} pt="md">
                <Stack gap="md">
                  <Text size="sm" c="dimmed">
                    {t(`waiting_room_content.texts.kinds.${kind}.help`)}
                  </Text>
                  {locales.map((locale) => {
                    const text = texts.find((row) => row.kind === kind && row.locale === locale)
                    if (!text) return null
                    return (
                      <TextEditor
                        key={`${kind}-${locale}-${text.isDefault}-${text.body}`}
                        text={text}
                        maxLength={maxLength}
                        onReset={() => reset.ask(text)}
                      />
                    )
                  })}
                </Stack>
              </Tabs.Panel>
            ))}
          </Tabs>
        </Grid.Col>

        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder p="md" radius="md" component="aside" aria-labelledby="waiting-room-codes-title">
            <Stack gap="sm">
              <Title order={2} size="h4" id="waiting-room-codes-title">
                {t('waiting_room_content.texts.codes_title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('waiting_room_content.texts.codes_help')}
              </Text>
              <Stack gap="xs" component="dl" m={0} data-testid="waiting-room-codes">
                {codes.map((code) => (
                  <div key={code}>
                    <dt>
                      <Code style={{ overflowWrap: 'anywhere' }}>{`|${code}|`}</Code>
                    </dt>
                    <Text component="dd" size="sm" m={0}>
                      {t(`waiting_room_content.texts.codes.${code}`)}
                    </Text>
                  </div>
                ))}
              </Stack>
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>

      <ConfirmModal
        {...reset.modalProps}
        title={t('waiting_room_content.texts.reset_title')}
        cancelLabel={t('common.cancel')}
        confirmLabel={t('waiting_room_content.texts.reset_confirm')}
        confirmTestId="waiting-room-reset-confirm"
        danger={false}
      >
        <Text size="sm">
          {t('waiting_room_content.texts.reset_body', {
            situation: resetting ? situationName(t, resetting.kind) : '',
            language: resetting ? languageName(t, resetting.locale) : '',
          })}
        </Text>
      </ConfirmModal>
    </Stack>
  )
}

/** One situation in one language: its text, saved on its own */
function TextEditor({ text, maxLength, onReset }: { text: TextRow; maxLength: number; onReset: () => void }) {
  const t = useT()
  const form = useForm({ body: text.body })
  const id = `waiting-room-text-${text.kind}-${text.locale}`

  function submit(event: FormEvent) {
    event.preventDefault()
    form.put(`/waiting-room-texts/${text.kind}/${text.locale}`, { preserveScroll: true })
  }

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit} noValidate data-testid={id}>
        <Stack gap="sm">
          <Group justify="space-between" wrap="nowrap" align="center">
            <Text fw={600} component="label" htmlFor={id} size="sm">
              {t('waiting_room_content.texts.text_label', {
                situation: situationName(t, text.kind),
                language: languageName(t, text.locale),
              })}
            </Text>
            <Badge variant="light" color={text.isDefault ? 'gray' : 'blue'}>
              {text.isDefault ? t('waiting_room_content.texts.default_badge') : t('waiting_room_content.texts.custom_badge')}
            </Badge>
          </Group>
          <Textarea
            id={id}
            autosize
            minRows={3}
            maxRows={10}
            maxLength={maxLength}
            value={form.data.body}
            onChange={(event) => form.setData('body', event.currentTarget.value)}
            error={form.errors.body}
            name="body"
            lang={text.locale}
          />
          <Group justify="flex-end" gap="sm">
            {!text.isDefault && (
              <Button variant="default" leftSection={<IconRestore size={16} aria-hidden />} onClick={onReset}>
                {t('waiting_room_content.texts.reset')}
              </Button>
            )}
            <Button type="submit" loading={form.processing}>
              {t('waiting_room_content.texts.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}
