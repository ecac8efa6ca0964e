import { Head, router } from '@inertiajs/react'
import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import type { Data } from '@generated/data'
import { useT } from '~/lib/i18n'


/** Platform support staff: the organizations on this installation, no personal data */
export default function SupportOverview({ organizations }: { organizations: Data.OrganizationSummary[] }) {
  const t = useT()
  const host = typeof window === 'undefined' ? '' : window.location.host
  return (
    <Paper withBorder p="lg" radius="md" w="100%">
      <Head title={t('platform.support_title')} />
      <Stack>
        <Group justify="space-between">
          <Title order={1} size="h2">
            {t('platform.support_title')}
          </Title>
          <Button variant="default" onClick={() => router.post('/logout')}>
            {t('auth.logout')}
          </Button>
        </Group>
        <Text c="dimmed">{t('platform.support_intro')}</Text>
        {organizations.length === 0 ? (
          <Text>{t('platform.no_organizations')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('platform.organization')}</Table.Th>
                  <Table.Th>{t('platform.address')}</Table.Th>
                  <Table.Th>{t('platform.employees')}</Table.Th>
                  <Table.Th>{t('platform.remote_support')}</Table.Th>
                  <Table.Th>{t('platform.created')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {organizations.map((organization) => (
                  <Table.Tr key={organization.slug} data-testid="organization-row">
                    <Table.Td>{organization.name}</Table.Td>
                    <Table.Td>
                      <Anchor href={`//${organization.slug}.${host}/login`}>{`${organization.slug}.${host}`}</Anchor>
                    </Table.Td>
                    <Table.Td>
                      {organization.employees} / {organization.maxUsers}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={organization.allowsRemoteSupport ? 'green' : 'gray'} variant="light">
                        {organization.allowsRemoteSupport ? t('platform.allowed') : t('platform.not_allowed')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{organization.createdAt}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  )
}
