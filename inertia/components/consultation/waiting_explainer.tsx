import { Stack, Text } from '@mantine/core'
import { useT } from '~/lib/i18n'
import classes from './waiting_explainer.module.css'

const BLUE = 'var(--mantine-color-blue-7)'
const TEAL = 'var(--mantine-color-teal-7)'
const GRAY = 'var(--mantine-color-gray-6)'

/** 1: someone on a chair, a clock ticking */
function WaitArt() {
  return (
    <svg viewBox="0 0 100 80" className={classes.art} aria-hidden focusable="false">
      <circle cx="40" cy="34" r="14" fill="#fff" stroke={BLUE} strokeWidth="3" />
      <line x1="40" y1="34" x2="40" y2="25" stroke={BLUE} strokeWidth="3" strokeLinecap="round" />
      <line className={classes.hand} x1="40" y1="34" x2="47" y2="34" stroke={BLUE} strokeWidth="2.5" strokeLinecap="round" />
      <circle cx="72" cy="38" r="7" fill={TEAL} />
      <path d="M63 66 v-14 a9 9 0 0 1 18 0 v14 z" fill={TEAL} />
      <rect x="58" y="60" width="30" height="5" rx="2" fill={GRAY} />
      <rect x="60" y="64" width="4" height="10" fill={GRAY} />
      <rect x="82" y="64" width="4" height="10" fill={GRAY} />
    </svg>
  )
}

/** 2: the door opens and the patient walks in */
function DoorArt() {
  return (
    <svg viewBox="0 0 100 80" className={classes.art} aria-hidden focusable="false">
      <rect x="28" y="14" width="34" height="58" rx="2" fill="#fff" stroke={BLUE} strokeWidth="3" />
      <g className={classes.door}>
        <rect x="30" y="16" width="30" height="54" fill={BLUE} />
        <circle cx="54" cy="46" r="2.5" fill="#fff" />
      </g>
      <g className={classes.walker}>
        <circle cx="76" cy="36" r="7" fill={TEAL} />
        <path d="M67 72 v-20 a9 9 0 0 1 18 0 v20 z" fill={TEAL} />
      </g>
    </svg>
  )
}

/** 3: a camera with its light on and a microphone */
function CameraArt() {
  return (
    <svg viewBox="0 0 100 80" className={classes.art} aria-hidden focusable="false">
      <rect x="14" y="26" width="46" height="32" rx="6" fill={BLUE} />
      <path d="M60 36 l18 -9 v30 l-18 -9 z" fill={BLUE} />
      <circle cx="37" cy="42" r="9" fill="#fff" />
      <circle cx="37" cy="42" r="4" fill={BLUE} />
      <circle className={classes.light} cx="22" cy="32" r="3" fill="var(--mantine-color-red-6)" />
      <rect x="80" y="46" width="8" height="14" rx="4" fill={TEAL} />
      <path d="M77 56 a7 7 0 0 0 14 0" fill="none" stroke={TEAL} strokeWidth="2" />
      <line x1="84" y1="63" x2="84" y2="68" stroke={TEAL} strokeWidth="2" />
    </svg>
  )
}

/**
 * "How it works" for the waiting patient (PRODUCT 4.1, explainer animation):
 * wait here, the practitioner lets you in, allow the camera and microphone.
 * Drawn with SVG and CSS in the page itself (nothing fetched); the steps are
 * also plain text, so screen readers and reduced-motion users get the same.
 */
export default function WaitingExplainer() {
  const t = useT()
  const steps = [
    { art: <WaitArt />, text: t('waiting_room.explainer.wait') },
    { art: <DoorArt />, text: t('waiting_room.explainer.let_in') },
    { art: <CameraArt />, text: t('waiting_room.explainer.camera') },
  ]
  return (
    <Stack component="section" gap="xs" aria-labelledby="waiting-explainer-title" data-testid="waiting-explainer">
      <Text id="waiting-explainer-title" fw={600}>
        {t('waiting_room.explainer.title')}
      </Text>
      <ol className={classes.scenes}>
        {steps.map((step, index) => (
          <li key={index} className={classes.scene}>
            {step.art}
            <span className={classes.caption}>{step.text}</span>
          </li>
        ))}
      </ol>
    </Stack>
  )
}
