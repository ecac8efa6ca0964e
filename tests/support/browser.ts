import type { Page } from 'playwright-core'
import type Organization from '#models/organization'
import type User from '#models/user'
import { PASSWORD, urlOf } from '#tests/support/world'

/**
 * Logs a test user in through the organization's login page. Waits for the
 * address to leave /login: the login page has a heading of its own, so
 * waiting for a heading would race the redirect.
 */
export async function logIn(page: Page, organization: Organization, user: User) {
  await page.goto(urlOf(organization, '/login'))
  await page.locator('input[name=email]').fill(user.email)
  await page.locator('input[name=password]').fill(PASSWORD)
  await page.getByRole('button', { name: 'Log in' }).click()
  await page.waitForURL((url) => !url.pathname.startsWith('/login'))
}
