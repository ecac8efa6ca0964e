import { PasswordInput, type PasswordInputProps } from '@mantine/core'
import { useT } from '~/lib/i18n'

/** Mantine's PasswordInput with its show/hide button labelled in the page's language */
export default function PasswordField(props: PasswordInputProps) {
  const t = useT()
  return <PasswordInput visibilityToggleButtonProps={{ 'aria-label': t('common.toggle_password') }} {...props} />
}
