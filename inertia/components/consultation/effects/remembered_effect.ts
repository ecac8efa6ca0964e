import type { BackgroundEffect } from './background_effect'

const STORAGE_KEY = 'consult.background-effect'

/**
 * The background effect this browser used last (nothing personal: a mode and
 * the address of one of the organization's images). With the organization's
 * "warn about background replacement" on, the room asks before it turns a
 * remembered effect on again (BackgroundEffectReminder).
 */
export function rememberedBackgroundEffect(allowedImages: string[] = []): BackgroundEffect {
  try {
    const stored = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}')
    if (stored.mode === 'blur') return { mode: 'blur' }
    /* an image the organization no longer offers is not used */
    if (stored.mode === 'image' && typeof stored.imageUrl === 'string' && allowedImages.includes(stored.imageUrl)) {
      return { mode: 'image', imageUrl: stored.imageUrl }
    }
  } catch {
    /* private mode or a corrupt value */
  }
  return { mode: 'none' }
}

export function rememberBackgroundEffect(effect: BackgroundEffect) {
  try {
    if (effect.mode === 'none') window.localStorage.removeItem(STORAGE_KEY)
    else window.localStorage.setItem(STORAGE_KEY, JSON.stringify(effect.mode === 'image' ? effect : { mode: effect.mode }))
  } catch {
    /* not remembered: the user chooses again next time */
  }
}
