import { useEffect } from 'react'
import { usePage } from '@inertiajs/react'
import { notifications } from '@mantine/notifications'
import type { SharedProps } from '~/types'
import { useT } from '~/lib/i18n'

/** Turns the server's flash messages into notifications, once per response */
export default function FlashNotifications() {
  const { flash } = usePage<SharedProps>().props
  const t = useT()
  useEffect(() => {
    /* the close button needs a name for screen readers */
    const closeButtonProps = { 'aria-label': t('common.close') }
    if (flash?.success) notifications.show({ color: 'green', message: flash.success, closeButtonProps })
    if (flash?.error) notifications.show({ color: 'red', message: flash.error, closeButtonProps })
    /* keyed on the flash object itself: the same message twice (two failed saves) shows twice */
  }, [flash])
  return null
}
