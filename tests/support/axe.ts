import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/**
 * Runs axe-core (WCAG 2.2 A/AA rules) on the page as it is now and returns the
 * serious and critical violations, one readable line each.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  /*
   * A dialog or notification still fading in has blended colours: measure
   * contrast once every running transition and animation has finished.
   */
  await page.waitForFunction(() =>
    (globalThis as any).document
      .getAnimations()
      /* endless ones (a spinner) never finish: only wait for those that end */
      .every((animation: any) => animation.playState !== 'running' || animation.effect?.getComputedTiming().endTime === Infinity)
  )
  await page.addScriptTag({ path: axePath })
  /* runs in the browser: globalThis is the page's window */
  const results = await page.evaluate(async () => {
    const axe = (globalThis as any).axe
    return axe.run((globalThis as any).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    })
  })
  return (results.violations as any[])
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
          .slice(0, 3)
          .map((node: any) => `${node.target.join(' ')} [${node.any?.[0]?.message ?? ''}]`)
          .join(', ')}`
    )
}
