import type { ReactNode } from 'react'
import { Link } from '@inertiajs/react'
import { ActionIcon, Group, Menu, Tooltip, type ActionIconProps } from '@mantine/core'
import { IconDots, type Icon } from '@tabler/icons-react'

/** The buttons at the end of a table row, side by side on the right */
export function RowActions({ children }: { children: ReactNode }) {
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      {children}
    </Group>
  )
}

/**
 * An icon button in a table row: `label` is its tooltip, `name` its accessible
 * name (which says which row it acts on, e.g. "Edit Cardiology"). With `href`
 * it is a link, otherwise a button calling `onClick`.
 */
export function RowAction({
  label,
  name,
  icon: IconComponent,
  href,
  onClick,
  color,
  variant = 'subtle',
  testId,
}: {
  label: string
  name: string
  icon: Icon
  href?: string
  onClick?: () => void
  color?: string
  variant?: ActionIconProps['variant']
  testId?: string
}) {
  const icon = <IconComponent size={18} aria-hidden />
  return (
    <Tooltip label={label} withArrow>
      {href ? (
        <ActionIcon component={Link} href={href} variant={variant} color={color} aria-label={name} data-testid={testId}>
          {icon}
        </ActionIcon>
      ) : (
        <ActionIcon variant={variant} color={color} onClick={onClick} aria-label={name} data-testid={testId}>
          {icon}
        </ActionIcon>
      )}
    </Tooltip>
  )
}

/** A row's "more actions" menu: a ⋯ button named `name` opening `children` (Menu.Item…) */
export function RowMenu({ name, testId, children }: { name: string; testId?: string; children: ReactNode }) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" aria-label={name} data-testid={testId}>
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>{children}</Menu.Dropdown>
    </Menu>
  )
}
