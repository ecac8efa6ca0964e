import { Head, Link, usePage } from '@inertiajs/react'
import { Alert, Anchor, Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useT } from '~/lib/i18n'
import type { SharedProps } from '~/types'

type Props = {
  stats: { departments: number; employees: number; maxUsers: number; modules: number }
  myDepartments: number
}

export default function Dashboard({ stats, myDepartments }: Props) {
  const t = useT()
  const { user, organization } = usePage<SharedProps>().props
  const isAdmin = user?.role === 'org_admin'
  return (
    <Stack maw={960} gap="lg">
      <Head title={t('menu.dashboard')} />
      <div>
        <Title order={1}>{t('dashboard.title', { name: user?.fullName ?? '' })}</Title>
        <Text c="dimmed">{t('dashboard.intro', { organization: organization?.name ?? '' })}</Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Card withBorder>
          <Text size="sm" c="dimmed">{t('dashboard.departments')}</Text>
          <Text size="xl" fw={700} data-testid="stat-departments">{stats.departments}</Text>
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed">{t('dashboard.employees')}</Text>
          <Text size="xl" fw={700}>{t('dashboard.employees_of', { count: stats.employees, max: stats.maxUsers })}</Text>
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed">{t('dashboard.modules')}</Text>
          <Text size="xl" fw={700}>{stats.modules}</Text>
        </Card>
      </SimpleGrid>
      {user?.role !== 'org_admin' && myDepartments === 0 && <Alert color="yellow">{t('dashboard.no_department')}</Alert>}
      {isAdmin && (
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('dashboard.next_steps')}
          </Title>
          <List spacing="xs">
            <List.Item><Anchor component={Link} href="/departments">{t('dashboard.step_departments')}</Anchor></List.Item>
            <List.Item><Anchor component={Link} href="/employees/new">{t('dashboard.step_employees')}</Anchor></List.Item>
            <List.Item><Anchor component={Link} href="/organization/settings">{t('dashboard.step_settings')}</Anchor></List.Item>
            <List.Item><Anchor component={Link} href="/profile">{t('dashboard.step_profile')}</Anchor></List.Item>
          </List>
        </Card>
      )}
    </Stack>
  )
}
