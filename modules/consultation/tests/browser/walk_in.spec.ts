import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { createOrganization, createUser, urlOf } from '#tests/support/world'
import { accessibilityViolations } from '#tests/support/axe'
import { logIn } from '#tests/support/browser'

/*
 * The walk-in switch in the Today page's waiting list: one practitioner
 * switches it on, a colleague's page shows it within seconds (the staff
 * channel's ping, well before the minute's refresh), and off again.
 */
test.group('Walk-in availability | Today page', (group) => {
  group.each.setup(() => testUtils.db().truncate())

  test('a practitioner switches on; a colleague sees it live; switching off clears it', async ({ visit, browserContext, assert }) => {
    const organization = await createOrganization({ timezone: 'Europe/Amsterdam' })
    const carla = await createUser(organization, 'handler', { fullName: 'Carla Cardio' })
    const otto = await createUser(organization, 'handler', { fullName: 'Otto Other' })

    const page = await visit(urlOf(organization, '/login'))
    await page.routeWebSocket(/:24678/, (ws) => ws.close())
    await logIn(page, organization, carla)
    await page.goto(urlOf(organization, '/agenda/today'))

    const colleagueContext = await browserContext.browser()!.newContext()
    const colleague = await colleagueContext.newPage()
    await colleague.routeWebSocket(/:24678/, (ws) => ws.close())
    await logIn(colleague, organization, otto)
    await colleague.goto(urlOf(organization, '/agenda/today'))
    await colleague.getByTestId('walk-in-header').waitFor()
    /* the colleague's page listens on the staff channel before the switch moves (else only the minute's refresh would tell) */
    await colleague.waitForFunction(() => Number((globalThis as any).document.documentElement.dataset.liveChannels ?? 0) > 0, undefined, { timeout: 10_000 })
    assert.equal(await colleague.getByTestId('walk-in-colleagues').count(), 0)

    const toggle = page.getByRole('switch', { name: 'Available for walk-in visitors' })
    await toggle.waitFor()
    await page.locator('[data-testid=walk-in-toggle]:not([disabled])').waitFor()
    await toggle.check()
    await page.getByText(/^On until \d{2}:\d{2}$/).waitFor()
    assert.deepEqual(await accessibilityViolations(page), [], 'today page with the switch on')

    await colleague.getByTestId('walk-in-colleagues').filter({ hasText: 'Available for walk-ins: Carla Cardio' }).waitFor({ timeout: 8000 })

    await toggle.uncheck()
    await colleague.getByTestId('walk-in-colleagues').waitFor({ state: 'detached', timeout: 8000 })
    assert.isFalse(await toggle.isChecked())
    await colleagueContext.close()
  })
})
