import { useEffect } from 'react'
import { usePage } from '@inertiajs/react'
import { notifications } from '@mantine/notifications'
import type { SharedProps } from '~/types'

/** Turns the server's flash messages into notifications, once per response */
export default function FlashNotifications() {
  const { flash } = usePage<SharedProps>().props
  useEffect(() => {
    if (flash?.success) notifications.show({ color: 'green', message: flash.success })
    if (flash?.error) notifications.show({ color: 'red', message: flash.error })
    /* keyed on the flash object itself: the same message twice (two failed saves) shows twice */
  }, [flash])
  return null
}
