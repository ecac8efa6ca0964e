import { Head, usePage } from '@inertiajs/react'
import { Alert, Anchor, Card, Stack, Text, Title } from '@mantine/core'
import { useT } from '~/lib/i18n'
import type { SharedProps } from '~/types'

export default function Support() {
  const t = useT()
  const { organization } = usePage<SharedProps>().props
  return (
    <Stack maw={720} gap="lg">
      <Head title={t('support.title')} />
      <div>
        <Title order={1}>{t('support.title')}</Title>
        <Text c="dimmed">{t('support.intro')}</Text>
      </div>
      <Alert color="red" title={t('support.not_for_emergencies')} />
      <Card withBorder>
        <Title order={2} size="h4">{t('support.organization_contact')}</Title>
        <Text>{t('support.organization_contact_body')}</Text>
        {organization?.contactPhone && (
          <Text>
            {t('support.phone')}: <Anchor href={`tel:${organization.contactPhone}`}>{organization.contactPhone}</Anchor>
          </Text>
        )}
        {organization?.contactEmail && (
          <Text>
            {t('support.email')}: <Anchor href={`mailto:${organization.contactEmail}`}>{organization.contactEmail}</Anchor>
          </Text>
        )}
      </Card>
      <Card withBorder>
        <Title order={2} size="h4">{t('support.platform_support')}</Title>
        <Text>{t('support.platform_support_body')}</Text>
      </Card>
    </Stack>
  )
}
