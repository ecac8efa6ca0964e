import { useState } from 'react'
import { Head, router } from '@inertiajs/react'
import { Alert, Badge, Card, Group, Stack, Switch, Text, Title } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { useI18n } from '~/lib/i18n'

type Module = { key: string; name: string; description: string; enabled: boolean; alwaysOn: boolean }

type Props = { modules: Module[] }

/** The org admin switches feature modules on and off (PRODUCT.md 1.9) */
export default function OrganizationModules({ modules }: Props) {
  const { t } = useI18n()
  const [pending, setPending] = useState<string | null>(null)

  function toggle(module: Module, enabled: boolean) {
    router.put(
      `/organization/modules/${module.key}`,
      { enabled },
      {
        preserveScroll: true,
        onStart: () => setPending(module.key),
        onFinish: () => setPending(null),
      }
    )
  }

  return (
    <Stack maw={900} gap="lg">
      <Head title={t('organization.modules.title')} />
      <div>
        <Title order={1}>{t('organization.modules.title')}</Title>
        <Text c="dimmed">{t('organization.modules.intro')}</Text>
      </div>
      <Alert color="blue" variant="light" icon={<IconInfoCircle size={20} aria-hidden />}>
        {t('organization.modules.disabled_explained')}
      </Alert>

      {modules.length === 0 ? (
        <Text c="dimmed">{t('organization.modules.empty')}</Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {modules.map((module) => (
            <Card withBorder component="li" key={module.key} data-module={module.key}>
              <Group justify="space-between" wrap="nowrap" align="flex-start" gap="lg">
                <div style={{ flex: 1 }}>
                  <Group gap="xs">
                    <Text fw={600} id={`module-${module.key}-name`}>
                      {module.name}
                    </Text>
                    {module.alwaysOn ? (
                      <Badge variant="light" color="gray">
                        {t('organization.modules.always_on')}
                      </Badge>
                    ) : (
                      <Badge variant="light" color={module.enabled ? 'green' : 'gray'}>
                        {module.enabled ? t('organization.modules.status_on') : t('organization.modules.status_off')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm" c="dimmed" id={`module-${module.key}-description`}>
                    {module.description}
                  </Text>
                </div>
                <Switch
                  size="md"
                  checked={module.alwaysOn || module.enabled}
                  disabled={module.alwaysOn || pending !== null}
                  onChange={(event) => toggle(module, event.currentTarget.checked)}
                  aria-labelledby={`module-${module.key}-name`}
                  aria-describedby={`module-${module.key}-description`}
                  aria-busy={pending === module.key}
                  data-testid={`module-switch-${module.key}`}
                />
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  )
}
