import { useEffect, useState, type FormEvent } from 'react'
import {
  ActionIcon,
  Alert,
  Button,
  CopyButton,
  Group,
  Modal,
  NativeSelect,
  Radio,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core'
import { IconCheck, IconCopy, IconUserPlus } from '@tabler/icons-react'
import { useI18n } from '~/lib/i18n'
import { postJson } from '~/lib/xsrf'
import PersonPicker from '~/components/agenda/person_picker'
import type { PersonOption } from '~/components/agenda/appointment_types'

type Kind = 'client' | 'external' | 'group' | 'new'

/** POST <base>/participants answers with each requested invitee and their link */
type Added = { id: number; name: string; role: string; link: string | null; added: boolean }

type NewPerson = { initials: string; lastName: string; email: string; dateOfBirth: string }
const EMPTY_PERSON: NewPerson = { initials: '', lastName: '', email: '', dateOfBirth: '' }

type Problem = { message: string; field?: string }

/** Today as YYYY-MM-DD in the browser's zone: the latest date of birth the date picker offers */
function localToday() {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}

/** VineJS and business-rule answers (422): the messages, by field where there is one */
async function problemsOf(response: Response): Promise<Problem[]> {
  try {
    const body = (await response.json()) as { errors?: Problem[] }
    return Array.isArray(body.errors) ? body.errors : []
  } catch {
    return []
  }
}

function LinkRow({ person }: { person: Added }) {
  const { t } = useI18n()
  return (
    <Stack gap={4} data-testid="added-participant" data-added={person.added ? 'true' : 'false'}>
      <Text size="sm">{t(person.added ? 'waiting_room.add_participant.added' : 'waiting_room.add_participant.already', { name: person.name })}</Text>
      {person.link && (
        <Group gap={4} wrap="nowrap">
          <TextInput
            readOnly
            value={person.link}
            flex={1}
            aria-label={t('waiting_room.add_participant.link_label', { name: person.name })}
            onFocus={(event) => event.currentTarget.select()}
            data-testid="added-participant-link"
          />
          <CopyButton value={person.link} timeout={2000}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? t('waiting_room.add_participant.copied') : t('waiting_room.add_participant.copy')} withArrow>
                <ActionIcon
                  size="lg"
                  variant={copied ? 'filled' : 'default'}
                  color={copied ? 'teal.8' : undefined}
                  onClick={copy}
                  aria-label={copied ? t('waiting_room.add_participant.copied') : t('waiting_room.add_participant.copy_label', { name: person.name })}
                  data-testid="added-participant-copy"
                >
                  {copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        </Group>
      )}
    </Stack>
  )
}

/**
 * "Add participant" in the room's toolbar (PRODUCT 4.4, 4.5): the
 * practitioner invites an existing client, an external participant, a whole
 * group or a new person by name and e-mail into the running consultation.
 * Each new invitee gets the usual confirmation e-mail; the dialog shows the
 * links at once with a copy button, to pass on by phone or chat. External
 * participants and group members can enter only while the client is in the
 * room (the server enforces it). `base` is the staff room's address prefix
 * (/appointments/:id/room).
 */
export function AddParticipantButton({ base }: { base: string }) {
  const { t } = useI18n()
  const [opened, setOpened] = useState(false)
  const [kind, setKind] = useState<Kind>('external')
  const [people, setPeople] = useState<PersonOption[]>([])
  const [groups, setGroups] = useState<{ id: number; name: string }[] | null>(null)
  const [groupId, setGroupId] = useState('')
  const [person, setPerson] = useState<NewPerson>(EMPTY_PERSON)
  const [busy, setBusy] = useState(false)
  const [problems, setProblems] = useState<Problem[]>([])
  const [added, setAdded] = useState<Added[] | null>(null)

  /* the groups are read when the dialog first offers them */
  useEffect(() => {
    if (!opened || kind !== 'group' || groups) return
    let stopped = false
    fetch(`${base}/groups`, { headers: { accept: 'application/json' }, credentials: 'same-origin' })
      .then((response) => (response.ok ? response.json() : { groups: [] }))
      .then((body: { groups: { id: number; name: string }[] }) => !stopped && setGroups(body.groups))
      .catch(() => !stopped && setGroups([]))
    return () => {
      stopped = true
    }
  }, [opened, kind, groups, base])

  const reset = () => {
    setPeople([])
    setGroupId('')
    setPerson(EMPTY_PERSON)
    setProblems([])
    setAdded(null)
  }

  const close = () => {
    setOpened(false)
    reset()
  }

  const body = (): Record<string, unknown> | null => {
    if (kind === 'client') return people[0] ? { clientId: people[0].id } : {}
    if (kind === 'external') return people[0] ? { externalParticipantId: people[0].id } : {}
    if (kind === 'group') return groupId ? { groupId: Number(groupId) } : {}
    return {
      newPerson: {
        initials: person.initials,
        lastName: person.lastName,
        email: person.email,
        ...(person.dateOfBirth ? { dateOfBirth: person.dateOfBirth } : {}),
      },
    }
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setProblems([])
    try {
      const response = await postJson(`${base}/participants`, body())
      if (response.status === 422) return setProblems(await problemsOf(response))
      if (!response.ok) throw new Error(`add participant: ${response.status}`)
      setAdded(((await response.json()) as { participants: Added[] }).participants)
    } catch {
      setProblems([{ message: t('waiting_room.add_participant.failed') }])
    } finally {
      setBusy(false)
    }
  }

  const fieldError = (field: string) => problems.find((problem) => problem.field === field)?.message
  const general = problems.filter((problem) => !problem.field?.startsWith('newPerson.'))
  const setField = (field: keyof NewPerson) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value
    setPerson((current) => ({ ...current, [field]: value }))
  }

  return (
    <>
      <Tooltip label={t('waiting_room.add_participant.button')} withArrow openDelay={300}>
        <ActionIcon
          size={48}
          radius="xl"
          variant="filled"
          color="dark.5"
          aria-label={t('waiting_room.add_participant.button')}
          aria-haspopup="dialog"
          onClick={() => setOpened(true)}
          data-testid="add-participant"
        >
          <IconUserPlus aria-hidden />
        </ActionIcon>
      </Tooltip>
      <Modal
        opened={opened}
        onClose={close}
        title={t('waiting_room.add_participant.title')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        /* in a fullscreen room the dialog must live inside the fullscreen element to be seen */
        portalProps={{ target: (typeof document !== 'undefined' && (document.fullscreenElement as HTMLElement | null)) || undefined }}
        data-testid="add-participant-dialog"
      >
        {added ? (
          <Stack gap="md">
            <div role="status" aria-live="polite">
              <Stack gap="sm">
                {added.map((entry) => (
                  <LinkRow key={entry.id} person={entry} />
                ))}
              </Stack>
            </div>
            <Group justify="space-between">
              <Button variant="default" onClick={reset}>
                {t('waiting_room.add_participant.another')}
              </Button>
              <Button onClick={close}>{t('common.close')}</Button>
            </Group>
          </Stack>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <Text size="sm">{t('waiting_room.add_participant.rule')}</Text>
              <Radio.Group
                label={t('waiting_room.add_participant.kind_label')}
                value={kind}
                onChange={(value) => {
                  setKind(value as Kind)
                  setPeople([])
                  setProblems([])
                }}
              >
                <Group gap="md" mt={6}>
                  {(['client', 'external', 'group', 'new'] as const).map((option) => (
                    <Radio key={option} value={option} label={t(`waiting_room.add_participant.kinds.${option}`)} data-testid={`add-kind-${option}`} />
                  ))}
                </Group>
              </Radio.Group>

              {(kind === 'client' || kind === 'external') && (
                <PersonPicker
                  key={kind}
                  label={t(kind === 'client' ? 'waiting_room.add_participant.find_client' : 'waiting_room.add_participant.find_external')}
                  endpoint={kind === 'client' ? '/clients/search' : '/external-participants/search'}
                  value={people}
                  onChange={setPeople}
                  max={1}
                  searchTestId="add-search"
                  optionTestId="add-option"
                  chipTestId="add-chosen"
                />
              )}

              {kind === 'group' &&
                (groups && groups.length === 0 ? (
                  <Text size="sm">{t('waiting_room.add_participant.no_groups')}</Text>
                ) : (
                  <NativeSelect
                    label={t('waiting_room.add_participant.group')}
                    value={groupId}
                    onChange={(event) => setGroupId(event.currentTarget.value)}
                    data={[
                      { value: '', label: t('waiting_room.add_participant.group_placeholder') },
                      ...(groups ?? []).map((group) => ({ value: String(group.id), label: group.name })),
                    ]}
                    data-testid="add-group"
                  />
                ))}

              {kind === 'new' && (
                <Stack gap="sm">
                  <Group grow align="flex-start" wrap="wrap">
                    <TextInput
                      label={t('waiting_room.add_participant.initials')}
                      required
                      maxLength={20}
                      value={person.initials}
                      onChange={setField('initials')}
                      error={fieldError('newPerson.initials')}
                      data-testid="add-new-initials"
                    />
                    <TextInput
                      label={t('waiting_room.add_participant.last_name')}
                      required
                      maxLength={120}
                      value={person.lastName}
                      onChange={setField('lastName')}
                      error={fieldError('newPerson.lastName')}
                      data-testid="add-new-last-name"
                    />
                  </Group>
                  <TextInput
                    type="email"
                    label={t('waiting_room.add_participant.email')}
                    required
                    maxLength={254}
                    autoComplete="off"
                    value={person.email}
                    onChange={setField('email')}
                    error={fieldError('newPerson.email')}
                    data-testid="add-new-email"
                  />
                  <TextInput
                    type="date"
                    label={t('waiting_room.add_participant.date_of_birth')}
                    /* as on the person forms: a real date of birth, not in the future, not before 1900 */
                    min="1900-01-01"
                    max={localToday()}
                    value={person.dateOfBirth}
                    onChange={setField('dateOfBirth')}
                    error={fieldError('newPerson.dateOfBirth')}
                    data-testid="add-new-birth"
                  />
                </Stack>
              )}

              <div role="alert">
                {general.length > 0 && (
                  <Alert color="red" variant="outline">
                    <Text c="red.9" size="sm">
                      {general.map((problem) => problem.message).join(' ')}
                    </Text>
                  </Alert>
                )}
              </div>

              <Button type="submit" loading={busy} data-testid="add-submit">
                {t('waiting_room.add_participant.submit')}
              </Button>
            </Stack>
          </form>
        )}
      </Modal>
    </>
  )
}
