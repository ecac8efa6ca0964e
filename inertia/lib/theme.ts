import { createTheme, darken, defaultVariantColorsResolver, parseThemeColor } from '@mantine/core'

/**
 * Contrast first (WCAG 1.4.3): filled components pick black or white text for
 * any background (departments choose their own colours), and light variants
 * use the darkest shade of their colour for text.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  autoContrast: true,
  /* the luminance where black and white text have equal contrast: always the better of the two */
  luminanceThreshold: 0.179,
  fontFamily: 'Inter, system-ui, -apple-system, Segoe UI, Roboto, sans-serif',
  defaultRadius: 'md',
  variantColorResolver: (input) => {
    const colors = defaultVariantColorsResolver(input)
    if (input.variant !== 'light') return colors
    const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme })
    return {
      ...colors,
      color: darken(parsed.isThemeColor ? input.theme.colors[parsed.color][9] : parsed.value, parsed.isThemeColor ? 0.35 : 0.55),
    }
  },
})
