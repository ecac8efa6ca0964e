import { ActionIcon, Menu, Tooltip } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconArrowBackUp } from '@tabler/icons-react'
import { useT } from '~/lib/i18n'
import { postJson } from '~/lib/xsrf'
import type { RoomParticipant } from './room_types'

/**
 * Staff: send an invitee who is in the room back to the waiting room (their
 * page returns there; they come back in with "bring in").
 */
export function SendBackMenu({ base, participants, onSent }: { base: string; participants: RoomParticipant[]; onSent: () => void }) {
  const t = useT()
  const invitees = participants.filter((participant) => participant.role !== 'staff' && participant.present)
  if (invitees.length === 0) return null

  const sendBack = async (participant: RoomParticipant) => {
    const closeButtonProps = { 'aria-label': t('common.close') }
    const response = await postJson(`${base}/send-back`, { uid: participant.uid }).catch(() => null)
    notifications.show(
      response?.ok
        ? { color: 'green', message: t('room.send_back.done', { name: participant.name }), closeButtonProps }
        : { color: 'red', message: t('room.send_back.failed', { name: participant.name }), closeButtonProps }
    )
    onSent()
  }

  return (
    <Menu position="top" withArrow withinPortal={false}>
      <Menu.Target>
        <Tooltip label={t('room.send_back.button')} withArrow openDelay={300}>
          <ActionIcon size={48} radius="xl" variant="filled" color="dark.5" aria-label={t('room.send_back.button')} data-testid="room-send-back">
            <IconArrowBackUp aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        {invitees.map((participant) => (
          <Menu.Item key={participant.uid} onClick={() => sendBack(participant)} data-testid="room-send-back-person">
            {t('room.send_back.person', { name: participant.name })}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  )
}
