import { Button, Group, NumberInput, Stack } from '@mantine/core'
import { useT } from '~/lib/i18n'

const QUICK_PICKS = [10, 15, 20, 30, 45, 60]

type Props = {
  value: number | ''
  onChange: (minutes: number | '') => void
  error?: string
}

/** Duration in minutes (5–480) with one-click common lengths */
export default function DurationField({ value, onChange, error }: Props) {
  const t = useT()
  return (
    <Stack gap={6}>
      <NumberInput
        label={t('appointments_ui.form.duration')}
        description={t('appointments_ui.form.duration_help')}
        required
        min={5}
        max={480}
        step={5}
        clampBehavior="blur"
        allowDecimal={false}
        allowNegative={false}
        value={value}
        onChange={(next) => onChange(typeof next === 'number' ? next : next === '' ? '' : Number(next))}
        error={error}
        name="durationMinutes"
        data-testid="appointment-duration"
        w={{ base: '100%', xs: 200 }}
      />
      <Group gap={6} role="group" aria-label={t('appointments_ui.form.duration_quick')}>
        {QUICK_PICKS.map((minutes) => (
          <Button
            key={minutes}
            size="compact-sm"
            variant={value === minutes ? 'filled' : 'default'}
            aria-pressed={value === minutes}
            onClick={() => onChange(minutes)}
            data-testid="appointment-duration-pick"
          >
            {t('appointments_ui.form.minutes', { count: minutes })}
          </Button>
        ))}
      </Group>
    </Stack>
  )
}
