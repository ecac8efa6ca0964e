import { Head } from '@inertiajs/react'
import { useT } from '~/lib/i18n'
import { ConsultationRoom } from '~/components/consultation/room/consultation_room'

type Props = {
  appointment: { id: number; date: string; time: string; endTime: string; names: string[] }
  base: string
  /** the organization's doorbell_sound: ring when someone enters the waiting room */
  doorbell: boolean
}

/** The practitioner's consultation room (GET /appointments/:id/room), in the dashboard, the room filling the page */
export default function RoomPage({ appointment, base, doorbell }: Props) {
  const t = useT()
  return (
    <>
      <Head title={appointment.names.length ? t('room.page_title_with', { names: appointment.names.join(', ') }) : t('room.page_title')} />
      <ConsultationRoom base={base} mode="staff" doorbell={doorbell} />
    </>
  )
}
