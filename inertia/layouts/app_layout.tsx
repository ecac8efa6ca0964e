import type { ReactNode } from 'react'
import { Link, router, usePage } from '@inertiajs/react'
import { AppShell, Avatar, Burger, Group, Image, Menu, NavLink, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconLogout, IconUserCircle } from '@tabler/icons-react'
import { I18nProvider, useT } from '~/lib/i18n'
import FlashNotifications from '~/components/flash_notifications'
import MenuIcon from '~/components/menu_icon'
import type { SharedProps } from '~/types'

function Shell({ children }: { children: ReactNode }) {
  const t = useT()
  const { organization, user, menu, url } = { ...usePage<SharedProps>().props, url: usePage().url }
  const [opened, { toggle, close }] = useDisclosure()
  const path = url.split('?')[0]

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a className="skip-link" href="#main">
        {t('common.skip_to_content')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('common.toggle_menu')} />
            <Link href="/" style={{ color: 'inherit', textDecoration: 'none' }}>
              {organization?.logoUrl ? (
                <Image src={organization.logoUrl} alt={organization.name} maw={180} mah={50} fit="contain" />
              ) : (
                <Text fw={600}>{organization?.name}</Text>
              )}
            </Link>
          </Group>
          {user && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <UnstyledButton data-testid="user-menu" title={t('common.account_menu')}>
                  <Group gap="xs" wrap="nowrap">
                    <Avatar src={user.avatarUrl} alt="" radius="xl" color="blue">
                      {user.initials}
                    </Avatar>
                    <Text size="sm" visibleFrom="sm">
                      {user.fullName}
                    </Text>
                  </Group>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item component={Link} href="/profile" leftSection={<IconUserCircle size={16} />}>
                  {t('menu.profile')}
                </Menu.Item>
                <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => router.post('/logout')}>
                  {t('auth.logout')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('common.main_navigation')}>
        <ScrollArea>
          <Stack gap="md" component="nav">
            {(menu as { block: string; label: string; items: { label: string; href: string; icon: string }[] }[]).map((section) => (
              <div key={section.block}>
                <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb={4}>
                  {section.label}
                </Text>
                {section.items.map((item) => (
                  <NavLink
                    key={item.href}
                    component={Link}
                    href={item.href}
                    label={item.label}
                    leftSection={<MenuIcon name={item.icon} />}
                    active={item.href === '/' ? path === '/' : path.startsWith(item.href)}
                    aria-current={(item.href === '/' ? path === '/' : path.startsWith(item.href)) ? 'page' : undefined}
                    onClick={close}
                  />
                ))}
              </div>
            ))}
          </Stack>
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="main">
        <FlashNotifications />
        {children}
      </AppShell.Main>
    </AppShell>
  )
}

/** The staff dashboard: menu blocks on the left, the organization's logo top left */
export default function AppLayout({ children }: { children: ReactNode }) {
  const { locale } = usePage<SharedProps>().props
  return (
    <I18nProvider locale={locale}>
      <Shell>{children}</Shell>
    </I18nProvider>
  )
}
